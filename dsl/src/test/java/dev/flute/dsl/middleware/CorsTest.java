package dev.flute.dsl.middleware;

import static dev.flute.dsl.Flute.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.flute.dsl.Api;
import dev.flute.dsl.testing.TestClient;
import dev.flute.dsl.testing.TestResponse;
import dev.flute.dsl.vertx.FluteServer;
import dev.flute.dsl.vertx.ServerConfig;
import io.vertx.core.Vertx;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * FastAPI's CORSMiddleware, answer for answer (recorded from Starlette 0.41 with its TestClient).
 * Preflights are answered before routing and no document describes them: their responses are not
 * checked against a route's description.
 */
class CorsTest {

    private static Api served(Cors cors) {
        return api("cors", "1")
                .middleware(cors)
                .routes(route(GET, "/items/<i>").param(path("i", int_())).handle(i -> Map.of("i", i)));
    }

    private static final Cors LISTED = Cors.allowOrigins("https://a.example")
            .allowMethods("GET", "POST")
            .allowHeaders("X-Token")
            .maxAge(60);

    @Test
    void should_answer_an_allowed_preflight_before_routing() {
        try (var client = TestClient.of(served(LISTED))) {
            TestResponse r = client.options("/items/1")
                    .header("Origin", "https://a.example")
                    .header("Access-Control-Request-Method", "POST")
                    .header("Access-Control-Request-Headers", "x-token, content-type")
                    .send()
                    .assertStatus(200)
                    .assertText("OK");
            assertEquals("Origin", r.header("vary"));
            assertEquals("GET, POST", r.header("access-control-allow-methods"));
            assertEquals("60", r.header("access-control-max-age"));
            assertEquals(
                    "Accept, Accept-Language, Content-Language, Content-Type, X-Token",
                    r.header("access-control-allow-headers"));
            assertEquals("https://a.example", r.header("access-control-allow-origin"));
            assertEquals("text/plain; charset=utf-8", r.header("content-type"));
        }
    }

    @Test
    void should_refuse_a_preflight_naming_every_failure() {
        try (var client = TestClient.of(served(LISTED))) {
            TestResponse r = client.options("/items/1")
                    .header("Origin", "https://evil.example")
                    .header("Access-Control-Request-Method", "DELETE")
                    .header("Access-Control-Request-Headers", "x-other")
                    .send()
                    .assertStatus(400)
                    .assertText("Disallowed CORS origin, method, headers");
            assertNull(r.header("access-control-allow-origin"));
            assertEquals("Origin", r.header("vary"));
        }
    }

    @Test
    void should_mark_answers_to_listed_origins_only() {
        try (var client = TestClient.of(served(LISTED))) {
            client.get("/items/1")
                    .header("Origin", "https://a.example")
                    .send()
                    .assertJson("{\"i\":1}")
                    .assertHeader("access-control-allow-origin", "https://a.example")
                    .assertHeader("vary", "Origin");
            var other = client.get("/items/1")
                    .header("Origin", "https://evil.example")
                    .send();
            assertNull(other.header("access-control-allow-origin"));
            client.options("/items/1").send().assertStatus(405);
        }
    }

    @Test
    void should_allow_any_origin_method_and_header_with_a_star() {
        Cors any = Cors.allowOrigins("*").allowMethods("*").allowHeaders("*").exposeHeaders("X-Id");
        try (var client = TestClient.of(served(any))) {
            var pre = client.options("/items/1")
                    .header("Origin", "https://b.example")
                    .header("Access-Control-Request-Method", "PATCH")
                    .header("Access-Control-Request-Headers", "x-any")
                    .send()
                    .assertStatus(200);
            assertEquals("*", pre.header("access-control-allow-origin"));
            assertEquals("DELETE, GET, HEAD, OPTIONS, PATCH, POST, PUT", pre.header("access-control-allow-methods"));
            assertEquals("x-any", pre.header("access-control-allow-headers"));
            assertNull(pre.header("vary"));
            client.get("/items/1")
                    .header("Origin", "https://b.example")
                    .send()
                    .assertHeader("access-control-allow-origin", "*")
                    .assertHeader("access-control-expose-headers", "X-Id");
            var withCookie = client.get("/items/1")
                    .header("Origin", "https://b.example")
                    .header("Cookie", "a=b")
                    .send();
            assertEquals(List.of("https://b.example"), withCookie.headers("access-control-allow-origin"));
            assertEquals("Origin", withCookie.header("vary"));
        }
    }

    @Test
    void should_match_an_origin_regex_and_name_the_origin_with_credentials() {
        Cors regex =
                Cors.allowOrigins().allowOriginRegex("https://.*\\.example").allowCredentials(true);
        try (var client = TestClient.of(served(regex))) {
            var pre = client.options("/items/1")
                    .header("Origin", "https://c.example")
                    .header("Access-Control-Request-Method", "GET")
                    .send()
                    .assertStatus(200);
            assertEquals("https://c.example", pre.header("access-control-allow-origin"));
            assertEquals("true", pre.header("access-control-allow-credentials"));
            client.get("/items/1")
                    .header("Origin", "https://c.example")
                    .send()
                    .assertHeader("access-control-allow-origin", "https://c.example")
                    .assertHeader("access-control-allow-credentials", "true");
        }
    }

    @Test
    void should_answer_a_preflight_on_a_standalone_server() throws Exception {
        Vertx vertx = Vertx.vertx();
        try {
            FluteServer server = vertx.executeBlocking(() -> null)
                    .compose(v -> FluteServer.start(vertx, served(LISTED), ServerConfig.port(0)))
                    .toCompletionStage()
                    .toCompletableFuture()
                    .get();
            HttpResponse<String> r = HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/items/1"))
                                    .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                                    .header("Origin", "https://a.example")
                                    .header("Access-Control-Request-Method", "GET")
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());
            assertEquals(200, r.statusCode(), "not 405: the middleware answers before routing");
            assertEquals(
                    "https://a.example",
                    r.headers().firstValue("access-control-allow-origin").orElse(null));
            server.close().toCompletionStage().toCompletableFuture().get();
        } finally {
            vertx.close().toCompletionStage().toCompletableFuture().get();
        }
    }
}
