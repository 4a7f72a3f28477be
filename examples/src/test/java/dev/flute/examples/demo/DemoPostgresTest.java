package dev.flute.examples.demo;

import static dev.flute.examples.demo.DemoServer.read;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import io.vertx.core.VertxOptions;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The demo on PostgreSQL when one setting names it ({@code DEMO_JDBC_URL}): the same tables, the
 * same answers, a taken username still a 409 (PostgreSQL's own integrity error). Skipped, with the
 * reason, where PostgreSQL's server is not installed.
 */
class DemoPostgresTest {
    @TempDir
    static Path data;

    static PostgresServer postgres;

    @BeforeAll
    static void start() throws Exception {
        postgres = PostgresServer.start();
    }

    @AfterAll
    static void stop() throws Exception {
        if (postgres != null) postgres.close();
    }

    @Test
    void the_demo_keeps_its_users_and_items_in_postgresql() throws Exception {
        DemoSettings settings = DemoServer.settings(data, postgres.jdbcUrl());
        long id;
        try (var demo = DemoServer.start(settings, new VertxOptions())) {
            String token = demo.newUser("alice");
            var taken = demo.json(
                    "POST",
                    "/users/",
                    null,
                    "{\"username\":\"alice\",\"email\":\"a@example.com\",\"password\":\"12345678\"}");
            assertEquals(409, taken.statusCode(), taken.body());

            var created = demo.json("POST", "/items/", token, "{\"name\":\"50% Hammer\",\"price\":12.5}");
            assertEquals(201, created.statusCode(), created.body());
            id = read(created).get("id").asLong();
            demo.json("POST", "/items/", token, "{\"name\":\"Saw\",\"price\":20}");
            JsonNode found = read(demo.get("/items/?q=0%25&max_price=15", null));
            assertEquals(1, found.get("count").asLong(), found.toString());

            JsonNode patched = read(demo.json("PATCH", "/items/" + id, token, "{\"description\":\"Heavy\"}"));
            assertEquals("Heavy", patched.get("description").asText());
            assertEquals(12.5, patched.get("price").asDouble());

            var uploaded = demo.upload("/items/" + id + "/image", token, "image/png", DemoServer.png());
            assertEquals(200, uploaded.statusCode(), uploaded.body());

            String admin = DemoServer.token(demo.login("admin", DemoServer.ADMIN_PASSWORD, null));
            assertEquals(2, read(demo.get("/admin/users", admin)).get("count").asLong());
        }
        // Started again on the same database: the tables are there, and so is the data.
        try (var demo = DemoServer.start(settings, new VertxOptions())) {
            JsonNode item = read(demo.get("/items/" + id, null));
            assertEquals("Heavy", item.get("description").asText());
            assertEquals("/items/" + id + "/image", item.get("image_url").asText());
        }
    }
}
