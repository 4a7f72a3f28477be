package dev.flute.examples.readme;

import static dev.flute.dsl.Flute.*;

import dev.flute.dsl.Dep;
import dev.flute.dsl.Endpoint;
import dev.flute.dsl.http.HttpError;
import dev.flute.dsl.testing.TestClient;
import java.sql.Connection;
import java.sql.SQLIntegrityConstraintViolationException;
import java.util.Map;
import org.h2.jdbcx.JdbcConnectionPool;
import org.junit.jupiter.api.Test;

class ResourcesTest {
    static final JdbcConnectionPool POOL = JdbcConnectionPool.create(
            "jdbc:h2:mem:readme-resources;DB_CLOSE_DELAY=-1;INIT=CREATE TABLE IF NOT EXISTS users(username VARCHAR PRIMARY KEY)",
            "sa",
            "");

    // README: resources
    static final Dep<Connection> DB = resource(
                    () -> {
                        Connection connection = POOL.getConnection();
                        connection.setAutoCommit(false);
                        return connection;
                    },
                    (connection, outcome) -> { // after the response, or before the error response
                        try {
                            if (outcome.failed()) connection.rollback();
                            if (outcome.error() instanceof SQLIntegrityConstraintViolationException)
                                throw new HttpError(400, "The user exists");
                        } finally {
                            connection.close();
                        }
                    })
            .blocking();

    static final Endpoint<?> CREATE_USER = route(POST, "/users/")
            .param(body("username", str()))
            .depends(DB)
            .blocking()
            .handle((username, db) -> {
                try (var insert = db.prepareStatement("INSERT INTO users (username) VALUES (?)")) {
                    insert.setString(1, username);
                    insert.executeUpdate();
                }
                db.commit();
                return Map.of("username", username);
            });
    // README: end

    @Test
    void should_commit_then_translate_the_failure_in_the_release() {
        try (var client =
                TestClient.of(api("Resources", "1").routes(CREATE_USER)).checkResponses(false)) {
            client.post("/users/").json("\"alice\"").send().assertStatus(200).assertText("{\"username\":\"alice\"}");
            client.post("/users/")
                    .json("\"alice\"")
                    .send()
                    .assertStatus(400)
                    .assertText("""
                    {"detail":"The user exists"}""");
            org.junit.jupiter.api.Assertions.assertEquals(dev.flute.dsl.Gauges.IDLE, client.gauges());
        }
    }
}
