package dev.flute.dsl.vertx;

import static dev.flute.dsl.Flute.*;
import static dev.flute.dsl.vertx.HostServer.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.flute.dsl.Api;
import io.vertx.core.Vertx;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.handler.StaticHandler;
import io.vertx.junit5.VertxExtension;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Vert.x handlers mounted inside an API (FastAPI's {@code app.mount}): static files, standalone and mounted. */
@ExtendWith(VertxExtension.class)
class MountTest {

    private static Api withStatic(Path files) {
        return api("static", "1")
                .routes(route(GET, "/items/<id>").param(path("id", int_())).handle(id -> Map.of("id", id)))
                .mount("/static", StaticHandler.create(files.toString()).setCachingEnabled(false));
    }

    @Test
    void a_standalone_server_serves_static_files_next_to_its_routes(Vertx vertx) throws Exception {
        // StaticHandler serves a directory relative to the working directory, never an absolute one.
        Path files = Files.createDirectory(Path.of("target", "static-" + System.nanoTime()));
        Files.writeString(files.resolve("hello.txt"), "hello");
        var server = await(FluteServer.start(vertx, withStatic(files), ServerConfig.port(0)));
        try (var client = HostServer.start(vertx, r -> r.response().end())) {
            String base = "http://127.0.0.1:" + server.port();
            var file = client.send(HttpRequest.newBuilder(URI.create(base + "/static/hello.txt")));
            assertEquals(200, file.statusCode());
            assertEquals("hello", file.body());
            assertEquals(
                    "{\"id\":3}",
                    client.send(HttpRequest.newBuilder(URI.create(base + "/items/3")))
                            .body());
            var missing = client.send(HttpRequest.newBuilder(URI.create(base + "/static/nope.txt")));
            assertEquals(404, missing.statusCode(), "a file the handler does not have gets the API's 404");
            assertEquals("{\"detail\":\"Not Found\"}", missing.body());
        } finally {
            await(server.close());
        }
    }

    @Test
    void a_path_the_router_cannot_decode_is_refused_in_fastapis_shape(Vertx vertx) throws Exception {
        Path files = Files.createDirectory(Path.of("target", "static-" + System.nanoTime()));
        var server = await(FluteServer.start(vertx, withStatic(files), ServerConfig.port(0)));
        try {
            String answer = RawSocket.exchange(server.port(), "GET /items/%-1 HTTP/1.1\r\nHost: x\r\n\r\n", 5_000);
            assertTrue(answer.startsWith("HTTP/1.1 400 "), answer);
            assertTrue(answer.endsWith("{\"detail\":\"Bad Request\"}"), answer);
        } finally {
            await(server.close());
        }
    }

    @Test
    void a_mounted_api_serves_its_static_files_below_its_mount_point(Vertx vertx) throws Exception {
        Path files = Files.createDirectory(Path.of("target", "static-" + System.nanoTime()));
        Files.writeString(files.resolve("hello.txt"), "hello");
        Router host = Router.router(vertx);
        host.route("/api/*").subRouter(FluteRouter.of(vertx, withStatic(files)));
        try (var server = HostServer.start(vertx, host)) {
            assertEquals("hello", server.get("/api/static/hello.txt").body());
            assertEquals("{\"id\":3}", server.get("/api/items/3").body());
        }
    }

    @Test
    void a_route_hidden_by_a_mount_is_refused_when_served(Vertx vertx) {
        Api hidden = api("x", "1")
                .routes(route(GET, "/static/index").handle(() -> "never"))
                .mount("/static", StaticHandler.create("target"));
        var error = assertThrows(IllegalArgumentException.class, () -> FluteRouter.of(vertx, hidden));
        assertTrue(error.getMessage().contains("GET /static/index is under the mount /static"), error.getMessage());
        assertTrue(await(FluteServer.start(vertx, hidden, ServerConfig.port(0))
                .map(s -> false)
                .otherwise(true)));
    }

    @Test
    void a_mount_prefix_is_a_plain_path() {
        assertThrows(IllegalArgumentException.class, () -> api("x", "1").mount("static", StaticHandler.create()));
        assertThrows(IllegalArgumentException.class, () -> api("x", "1").mount("/static/", StaticHandler.create()));
        assertThrows(IllegalArgumentException.class, () -> api("x", "1").mount("/<name>", StaticHandler.create()));
    }
}
