package dev.flute.dsl.vertx;

import static dev.flute.dsl.Flute.*;
import static dev.flute.dsl.vertx.HostServer.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.flute.dsl.Api;
import dev.flute.dsl.Middleware;
import dev.flute.dsl.http.Response;
import io.vertx.core.Vertx;
import io.vertx.junit5.VertxExtension;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** Middleware sees the status and headers that go out on the wire, not a placeholder. */
@ExtendWith(VertxExtension.class)
class SentStatusTest {

    @Test
    void middleware_sees_the_status_a_file_response_is_sent_with(Vertx vertx, @TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("a.txt"), "0123456789");
        var seen = new CopyOnWriteArrayList<Integer>();
        Middleware watch = (request, next) -> next.handle(request).map(r -> {
            seen.add(r.status());
            return r.header("x-seen", String.valueOf(r.status()));
        });
        Api api = api("files", "1")
                .middleware(watch)
                .routes(
                        route(GET, "/file").param(request()).handle(req -> Response.file(file, req)),
                        route(GET, "/missing").param(request()).handle(req -> Response.file(dir.resolve("no"), req)));
        var server = await(FluteServer.start(vertx, api, ServerConfig.port(0)));
        try (var client = HostServer.start(vertx, r -> r.response().end())) {
            String base = "http://127.0.0.1:" + server.port();
            var whole = client.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(base + "/file")));
            var part = client.send(
                    java.net.http.HttpRequest.newBuilder(java.net.URI.create(base + "/file")), "range", "bytes=0-3");
            var unsatisfiable = client.send(
                    java.net.http.HttpRequest.newBuilder(java.net.URI.create(base + "/file")), "range", "bytes=50-60");
            var missing = client.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(base + "/missing")));
            assertEquals(
                    List.of(200, 206, 416, 500),
                    List.of(whole.statusCode(), part.statusCode(), unsatisfiable.statusCode(), missing.statusCode()));
            assertEquals(List.of(200, 206, 416, 500), seen);
            assertEquals("0123", part.body());
            assertEquals(
                    "500", missing.headers().firstValue("x-seen").orElse(null), "the 500 keeps what middleware added");
        } finally {
            await(server.close());
        }
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"application/json", "multipart/form-data; boundary=b"})
    void a_body_over_the_limit_is_refused_with_one_connection_close(String contentType, Vertx vertx) throws Exception {
        Api api = api("limits", "1")
                .settings(Api.Settings.DEFAULT.maxBodySize(10))
                .routes(
                        route(POST, "/echo").param(body("text", str())).handle(text -> text),
                        route(POST, "/form").param(form("text", str())).handle(text -> text));
        var server = await(FluteServer.start(vertx, api, ServerConfig.port(0)));
        try {
            String path = contentType.startsWith("multipart") ? "/form" : "/echo";
            String answer = RawSocket.exchange(
                    server.port(),
                    "POST " + path + " HTTP/1.1\r\nHost: x\r\nContent-Type: " + contentType
                            + "\r\nContent-Length: 100\r\n\r\n",
                    10_000);
            assertEquals(413, RawSocket.status(answer), answer);
            long closes = answer.lines()
                    .filter(l -> l.toLowerCase().startsWith("connection:"))
                    .count();
            assertEquals(1, closes, answer);
        } finally {
            await(server.close());
        }
    }
}
