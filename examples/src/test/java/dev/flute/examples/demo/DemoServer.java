package dev.flute.examples.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import dev.flute.dsl.Json;
import dev.flute.dsl.testing.MultipartBody;
import dev.flute.dsl.vertx.FluteServer;
import dev.flute.dsl.vertx.ServerConfig;
import dev.flute.schema.Docs;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublisher;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;

/**
 * The demo as the launcher serves it (with /docs, /redoc and Prometheus metrics) on a real server at
 * an ephemeral port, over a data directory of its own, and a JDK client to call it; blocking, so the
 * tests read as the journeys they are.
 */
final class DemoServer implements AutoCloseable {
    static final String ADMIN_PASSWORD = "the admin's password";

    final Vertx vertx;
    final FluteServer server;
    final HttpClient http = HttpClient.newHttpClient();

    private DemoServer(Vertx vertx, FluteServer server) {
        this.vertx = vertx;
        this.server = server;
    }

    /** Settings for a test: its own data directory, a cheap bcrypt cost, a known admin password. */
    static DemoSettings settings(Path dataDir, String jdbcUrl) {
        return new DemoSettings(
                0, dataDir.toString(), jdbcUrl, DemoSettings.randomSecret(), Duration.ofMinutes(5), ADMIN_PASSWORD, 4);
    }

    static DemoServer start(DemoSettings settings) throws Exception {
        return start(settings, Demo.vertxOptions());
    }

    /**
     * On Vert.x made with these options. Vert.x instances with metrics share one Prometheus registry
     * per JVM, which the first to close takes down: a second demo beside the first goes without.
     */
    static DemoServer start(DemoSettings settings, VertxOptions options) throws Exception {
        Vertx vertx = Vertx.vertx(options);
        try {
            FluteServer server = await(FluteServer.start(
                    vertx, Docs.with(Demo.app(settings)), ServerConfig.port(0).host("127.0.0.1")));
            return new DemoServer(vertx, server);
        } catch (Exception e) {
            vertx.close();
            throw e;
        }
    }

    static <T> T await(Future<T> future) throws Exception {
        return future.toCompletionStage().toCompletableFuture().get(30, TimeUnit.SECONDS);
    }

    URI uri(String path) {
        return URI.create("http://127.0.0.1:" + server.port() + path);
    }

    HttpResponse<String> send(String method, String path, String token, String contentType, BodyPublisher body)
            throws Exception {
        var request = HttpRequest.newBuilder(uri(path)).method(method, body);
        if (token != null) request.header("Authorization", "Bearer " + token);
        if (contentType != null) request.header("Content-Type", contentType);
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> get(String path, String token) throws Exception {
        return send("GET", path, token, null, BodyPublishers.noBody());
    }

    HttpResponse<String> delete(String path, String token) throws Exception {
        return send("DELETE", path, token, null, BodyPublishers.noBody());
    }

    HttpResponse<String> json(String method, String path, String token, String json) throws Exception {
        return send(method, path, token, "application/json", BodyPublishers.ofString(json));
    }

    HttpResponse<String> upload(String path, String token, String contentType, byte[] content) throws Exception {
        var body = MultipartBody.create().file("file", "picture.png", contentType, content);
        return send(
                "PUT",
                path,
                token,
                body.contentType(),
                BodyPublishers.ofByteArray(body.toBuffer().getBytes()));
    }

    /** The password form of {@code POST /token}. */
    HttpResponse<String> login(String username, String password, String scope) throws Exception {
        String form = "username=" + encode(username) + "&password=" + encode(password)
                + (scope == null ? "" : "&scope=" + encode(scope));
        return send("POST", "/token", null, "application/x-www-form-urlencoded", BodyPublishers.ofString(form));
    }

    /** Signs a user up (201) and logs them in: their access token. */
    String newUser(String username) throws Exception {
        var signUp = json(
                "POST",
                "/users/",
                null,
                "{\"username\":\"" + username + "\",\"email\":\"" + username + "@example.com\",\"password\":\"secret-"
                        + username + "\"}");
        assertEquals(201, signUp.statusCode(), signUp.body());
        return token(login(username, "secret-" + username, null));
    }

    static String token(HttpResponse<String> login) throws IOException {
        assertEquals(200, login.statusCode(), login.body());
        return read(login).get("access_token").asText();
    }

    static JsonNode read(HttpResponse<String> response) throws IOException {
        return Json.mapper().readTree(response.body());
    }

    /** A real PNG image of a few pixels. */
    static byte[] png() throws IOException {
        var image = new BufferedImage(3, 2, BufferedImage.TYPE_INT_RGB);
        image.setRGB(1, 1, 0xff8800);
        var out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    @Override
    public void close() throws Exception {
        try {
            await(server.close());
        } finally {
            await(vertx.close());
        }
    }
}
