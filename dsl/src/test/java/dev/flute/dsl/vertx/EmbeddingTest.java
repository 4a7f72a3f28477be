package dev.flute.dsl.vertx;

import static dev.flute.dsl.Flute.*;
import static dev.flute.dsl.vertx.HostServer.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.flute.dsl.Api;
import dev.flute.dsl.Dep;
import dev.flute.dsl.http.Response;
import dev.flute.dsl.testing.TestClient;
import io.vertx.core.Future;
import io.vertx.core.Handler;
import io.vertx.core.VerticleBase;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.auth.User;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import io.vertx.ext.web.handler.CorsHandler;
import io.vertx.ext.web.handler.LoggerFormat;
import io.vertx.ext.web.handler.LoggerHandler;
import io.vertx.ext.web.handler.ResponseTimeHandler;
import io.vertx.ext.web.handler.SessionHandler;
import io.vertx.ext.web.handler.SimpleAuthenticationHandler;
import io.vertx.ext.web.handler.TimeoutHandler;
import io.vertx.ext.web.sstore.LocalSessionStore;
import io.vertx.junit5.VertxExtension;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Flute inside an existing Vert.x application, each standard host handler before and after the
 * mount: what the host's handlers do to Flute's requests, and what Flute leaves to them.
 */
@ExtendWith(VertxExtension.class)
class EmbeddingTest {
    /** Where a host handler sits relative to the mount. */
    enum Place {
        BEFORE,
        AFTER
    }

    record Item(String name, double price) {}

    static final Dep<User> USER = Host.user();

    private Vertx vertx;
    private HostServer server;
    private final AtomicReference<String> uploadedPath = new AtomicReference<>();

    @BeforeEach
    void start(Vertx vertx) {
        this.vertx = vertx;
    }

    @AfterEach
    void stop() {
        if (server != null) server.close();
    }

    private Api embedded() {
        return api("embedded", "1")
                .routes(
                        route(GET, "/items/<item_id>")
                                .param(path("item_id", int_()))
                                .handle(id -> Map.of("item_id", id)),
                        route(POST, "/items/").param(body(model(Item.class))).handle(item -> item),
                        route(POST, "/login").param(form("username", str())).handle(name -> Map.of("user", name)),
                        route(POST, "/upload").param(upload("file")).handle(file -> {
                            uploadedPath.set(file.path());
                            return file.read()
                                    .map(content -> Map.of("name", file.filename(), "content", content.toString()));
                        }),
                        route(GET, "/slow").handle(() -> vertx.timer(300).map(v -> Map.of("slow", true))),
                        route(GET, "/me").param(USER).handle(user -> Map.of("sub", user.subject())),
                        route(DELETE, "/items/<item_id>")
                                .param(path("item_id", int_()))
                                .dependencies(USER.scopes("items:write"))
                                .handle(id -> Map.of("deleted", id)),
                        route(GET, "/visits").param(Host.session()).handle(session -> {
                            Integer before = session.get("visits");
                            int visits = before == null ? 1 : before + 1;
                            session.put("visits", visits);
                            return Map.of("visits", visits);
                        }),
                        route(GET, "/data")
                                .param(Host.routingContext())
                                .handle(ctx -> Map.of("tenant", (String) ctx.get("tenant"))));
    }

    /** A host with {@code handler} on {@code /api/*} before or after the API, and its own routes around. */
    private HostServer host(Place place, Handler<RoutingContext> handler) {
        Router host = Router.router(vertx);
        if (place == Place.BEFORE) host.route("/api/*").handler(handler);
        host.route("/api/*").subRouter(FluteRouter.of(vertx, embedded()));
        if (place == Place.AFTER) host.route("/api/*").handler(handler);
        host.route("/api/*").handler(ctx -> ctx.response().setStatusCode(418).end("host"));
        server = HostServer.start(vertx, host);
        return server;
    }

    @ParameterizedTest
    @EnumSource(Place.class)
    void body_routes_read_the_body_with_or_without_a_host_BodyHandler(Place place) {
        var host = host(place, BodyHandler.create());
        var created = host.send(
                "POST", "/api/items/", "{\"name\":\"Foo\",\"price\":1.5}", "content-type", "application/json");
        assertEquals(200, created.statusCode(), created.body());
        assertEquals(new JsonObject().put("name", "Foo").put("price", 1.5), new JsonObject(created.body()));

        var invalid = host.send("POST", "/api/items/", "{\"name\":\"Foo\"}", "content-type", "application/json");
        assertEquals(422, invalid.statusCode());
        assertTrue(invalid.body().contains("\"missing\""), invalid.body());

        var form =
                host.send("POST", "/api/login", "username=alice", "content-type", "application/x-www-form-urlencoded");
        assertEquals("{\"user\":\"alice\"}", form.body());
    }

    @Test
    void flute_limits_still_apply_to_a_body_the_host_read() {
        Router host = Router.router(vertx);
        host.route().handler(BodyHandler.create().setBodyLimit(1 << 20));
        host.route("/api/*")
                .subRouter(FluteRouter.of(vertx, embedded().settings(Api.Settings.DEFAULT.maxBodySize(64))));
        server = HostServer.start(vertx, host);
        String big = "{\"name\":\"" + "x".repeat(100) + "\",\"price\":1}";
        var refused = server.send("POST", "/api/items/", big, "content-type", "application/json");
        assertEquals(413, refused.statusCode());
        assertEquals("{\"detail\":\"Request Entity Too Large\"}", refused.body());
    }

    @ParameterizedTest
    @EnumSource(Place.class)
    void uploads_are_read_whoever_reads_the_body_and_deleted_with_the_request(Place place, @TempDir Path uploads)
            throws Exception {
        var host = host(place, BodyHandler.create(uploads.toString()));
        String boundary = "flute-boundary";
        String body = "--" + boundary + "\r\n"
                + "Content-Disposition: form-data; name=\"file\"; filename=\"a.txt\"\r\n"
                + "Content-Type: text/plain\r\n\r\n"
                + "hello\r\n"
                + "--" + boundary + "--\r\n";
        var answer =
                host.send("POST", "/api/upload", body, "content-type", "multipart/form-data; boundary=" + boundary);
        assertEquals(200, answer.statusCode(), answer.body());
        assertEquals(new JsonObject().put("name", "a.txt").put("content", "hello"), new JsonObject(answer.body()));
        if (place == Place.BEFORE) {
            assertTrue(uploadedPath.get().startsWith(uploads.toString()), "the host's stored file is used in place");
        }
        Path used = Path.of(uploadedPath.get());
        for (int i = 0; i < 100 && Files.exists(used); i++) Thread.sleep(50);
        assertFalse(Files.exists(used), "the uploaded file outlived the request");
        try (var left = Files.list(uploads)) {
            assertEquals(List.of(), left.toList());
        }
    }

    @Test
    void a_host_CorsHandler_before_the_mount_marks_flute_answers_and_answers_preflights() {
        var host = host(Place.BEFORE, cors());
        var item = host.get("/api/items/7", "origin", "http://example.com");
        assertEquals(200, item.statusCode());
        assertEquals(
                "http://example.com",
                item.headers().firstValue("access-control-allow-origin").orElse(null));
        var preflight = preflight(host);
        assertEquals(204, preflight.statusCode());
        assertEquals(
                "http://example.com",
                preflight.headers().firstValue("access-control-allow-origin").orElse(null));
    }

    @Test
    void a_host_CorsHandler_after_the_mount_answers_preflights_flute_passes_on() {
        var host = host(Place.AFTER, cors());
        var preflight = preflight(host);
        assertEquals(204, preflight.statusCode(), "OPTIONS has no Flute route: it goes on to the host");
        var item = host.get("/api/items/7", "origin", "http://example.com");
        assertEquals(200, item.statusCode());
        assertTrue(item.headers().firstValue("access-control-allow-origin").isEmpty(), "Flute answered first");
    }

    private static CorsHandler cors() {
        return CorsHandler.create().addOrigin("http://example.com").allowedMethod(HttpMethod.DELETE);
    }

    private static HttpResponse<String> preflight(HostServer host) {
        return host.send(
                "OPTIONS",
                "/api/items/7",
                "",
                "origin",
                "http://example.com",
                "access-control-request-method",
                "DELETE");
    }

    @ParameterizedTest
    @EnumSource(Place.class)
    void the_session_of_a_host_SessionHandler_is_a_dependency(Place place) {
        var host = host(place, SessionHandler.create(LocalSessionStore.create(vertx)));
        if (place == Place.BEFORE) {
            assertEquals("{\"visits\":1}", host.get("/api/visits").body());
            assertEquals("{\"visits\":2}", host.get("/api/visits").body(), "the session cookie came back");
        } else {
            assertEquals(500, host.get("/api/visits").statusCode(), "no SessionHandler ran before the route");
        }
    }

    @ParameterizedTest
    @EnumSource(Place.class)
    void a_host_LoggerHandler_logs_what_reaches_it(Place place) {
        var lines = new CopyOnWriteArrayList<String>();
        var logger = LoggerHandler.create(LoggerFormat.CUSTOM).customFormatter((ctx, ms) -> {
            lines.add(ctx.request().path() + " " + ctx.response().getStatusCode());
            return "logged";
        });
        var host = host(place, logger);
        assertEquals(200, host.get("/api/items/7").statusCode());
        assertEquals(418, host.get("/api/elsewhere").statusCode());
        List<String> expected = place == Place.BEFORE
                ? List.of("/api/items/7 200", "/api/elsewhere 418")
                : List.of("/api/elsewhere 418");
        assertEquals(expected, lines);
    }

    @ParameterizedTest
    @EnumSource(Place.class)
    void a_host_ResponseTimeHandler_times_what_reaches_it(Place place) {
        var host = host(place, ResponseTimeHandler.create());
        var item = host.get("/api/items/7");
        assertEquals(
                place == Place.BEFORE,
                item.headers().firstValue("x-response-time").isPresent());
    }

    @ParameterizedTest
    @EnumSource(Place.class)
    void a_host_TimeoutHandler_bounds_what_reaches_it(Place place) {
        var host = host(place, TimeoutHandler.create(50));
        var slow = host.get("/api/slow");
        assertEquals(place == Place.BEFORE ? 503 : 200, slow.statusCode(), slow.body());
        assertEquals(200, host.get("/api/items/7").statusCode(), "the connection still serves");
    }

    @Test
    void the_user_of_a_host_authentication_handler_is_a_dependency_with_scopes() {
        var auth = SimpleAuthenticationHandler.create().authenticate(ctx -> {
            String name = ctx.request().getHeader("x-user");
            if (name == null) return Future.failedFuture("no user");
            return Future.succeededFuture(User.create(
                    new JsonObject().put("sub", name).put("scope", ctx.request().getHeader("x-scope"))));
        });
        var host = host(Place.BEFORE, auth);
        assertEquals(
                "{\"sub\":\"alice\"}", host.get("/api/me", "x-user", "alice").body());
        assertEquals(401, host.get("/api/me").statusCode(), "the host's handler refuses");

        var refused = host.send("DELETE", "/api/items/3", "", "x-user", "alice", "x-scope", "items:read");
        assertEquals(401, refused.statusCode());
        assertEquals("{\"detail\":\"Not enough permissions\"}", refused.body());
        assertEquals(
                "Bearer scope=\"items:write\"",
                refused.headers().firstValue("www-authenticate").orElse(null));
        var deleted = host.send("DELETE", "/api/items/3", "", "x-user", "alice", "x-scope", "items:read items:write");
        assertEquals("{\"deleted\":3}", deleted.body());
    }

    @Test
    void without_a_host_authentication_handler_the_user_dependency_refuses() {
        var host =
                host(Place.AFTER, SimpleAuthenticationHandler.create().authenticate(ctx -> Future.failedFuture("x")));
        var me = host.get("/api/me");
        assertEquals(401, me.statusCode());
        assertEquals("{\"detail\":\"Not authenticated\"}", me.body());
        assertEquals("Bearer", me.headers().firstValue("www-authenticate").orElse(null));
    }

    @Test
    void the_routing_context_carries_what_host_handlers_put_there() {
        var host = host(Place.BEFORE, ctx -> ctx.put("tenant", "acme").next());
        assertEquals("{\"tenant\":\"acme\"}", host.get("/api/data").body());
    }

    @Test
    void a_sub_router_two_levels_deep_keeps_both_mount_points() {
        Router host = Router.router(vertx);
        Router v1 = Router.router(vertx);
        v1.route("/api/*").subRouter(FluteRouter.of(vertx, embedded()));
        host.route("/v1/*").subRouter(v1);
        server = HostServer.start(vertx, host);
        assertEquals("{\"item_id\":7}", server.get("/v1/api/items/7").body());
        var redirect = server.send("POST", "/v1/api/items", "{}", "content-type", "application/json");
        assertEquals(307, redirect.statusCode());
        assertEquals(
                "http://127.0.0.1:" + server.port() + "/v1/api/items/",
                redirect.headers().firstValue("location").orElse(null));
    }

    @Test
    void requests_flute_has_no_route_for_reach_host_routes_declared_after_the_mount() {
        Router host = Router.router(vertx);
        host.route("/api/*").subRouter(FluteRouter.of(vertx, embedded()));
        host.get("/api/health").handler(ctx -> ctx.end("up"));
        host.put("/api/items/<id>".replace("<id>", ":id")).handler(ctx -> ctx.end("host put " + ctx.pathParam("id")));
        server = HostServer.start(vertx, host);
        assertEquals("up", server.get("/api/health").body(), "an unknown path goes on");
        assertEquals("host put 7", server.send("PUT", "/api/items/7", "").body(), "another method goes on");
        assertEquals("{\"item_id\":7}", server.get("/api/items/7").body());
        var nowhere = server.get("/api/nowhere");
        assertEquals(404, nowhere.statusCode(), "and what nobody serves gets the host's own 404");
        assertTrue(nowhere.headers().firstValue("content-type").orElse("").startsWith("text/html"));
    }

    @Test
    void a_websocket_route_is_served_under_a_mount() {
        Api api = api("ws", "1")
                .routes(route(WEBSOCKET, "/echo")
                        .handle(() -> Response.upgrade(socket -> {
                            var closed = io.vertx.core.Promise.<Void>promise();
                            socket.textMessageHandler(text -> socket.writeTextMessage("echo " + text));
                            socket.closeHandler(v -> closed.tryComplete());
                            return closed.future();
                        })));
        Router host = Router.router(vertx);
        host.route("/api/*").subRouter(FluteRouter.of(vertx, api));
        server = HostServer.start(vertx, host);
        var reply = new java.util.concurrent.CompletableFuture<String>();
        var socket = java.net.http.HttpClient.newHttpClient()
                .newWebSocketBuilder()
                .buildAsync(
                        java.net.URI.create("ws://127.0.0.1:" + server.port() + "/api/echo"),
                        new java.net.http.WebSocket.Listener() {
                            @Override
                            public java.util.concurrent.CompletionStage<?> onText(
                                    java.net.http.WebSocket ws, CharSequence data, boolean last) {
                                reply.complete(data.toString());
                                return null;
                            }
                        })
                .join();
        socket.sendText("hi", true).join();
        assertEquals("echo hi", await(Future.fromCompletionStage(reply)));
        socket.abort();
    }

    @Test
    void lifespan_hooks_run_once_with_the_verticle_that_mounted_the_api() {
        var started = new AtomicInteger();
        var stopped = new AtomicInteger();
        Api api = embedded()
                .onStartup(v -> Future.succeededFuture(started.incrementAndGet()))
                .onShutdown(v -> Future.succeededFuture(stopped.incrementAndGet()));
        var mounted = new AtomicReference<FluteRouter>();
        String id = await(vertx.deployVerticle(new VerticleBase() {
            @Override
            public Future<?> start() {
                return FluteRouter.start(vertx, api).map(flute -> {
                    mounted.set(flute);
                    return flute;
                });
            }
        }));
        assertEquals(1, started.get());
        assertEquals(0, stopped.get(), "nothing stops while the verticle runs");
        await(mounted.get().close());
        await(vertx.undeploy(id));
        assertEquals(1, started.get());
        assertEquals(1, stopped.get(), "an explicit close and the undeploy run the hooks once");

        String again = await(vertx.deployVerticle(new VerticleBase() {
            @Override
            public Future<?> start() {
                return FluteRouter.start(vertx, api);
            }
        }));
        await(vertx.undeploy(again));
        assertEquals(2, stopped.get(), "undeploying the verticle runs the shutdown hooks");
    }

    @Test
    void of_refuses_an_api_whose_hooks_it_would_not_run() {
        var error = assertThrows(
                IllegalArgumentException.class,
                () -> FluteRouter.of(vertx, embedded().onStartup(v -> Future.succeededFuture())));
        assertTrue(error.getMessage().contains("FluteRouter.start"), error.getMessage());
    }

    @Test
    void host_dependencies_fail_clearly_without_a_host_and_can_be_replaced_in_tests() {
        try (var client = TestClient.of(vertx, embedded())) {
            client.get("/me").checkResponse(false).send().assertStatus(500); // no host: a 500 on purpose
        }
        Api replaced = embedded().override(USER, dep(() -> User.fromName("alice")));
        try (var client = TestClient.of(vertx, replaced)) {
            client.get("/me").send().assertStatus(200).assertJson("{\"sub\":\"alice\"}");
        }
    }

    @Test
    void a_standalone_server_keeps_fastapi_answers_for_what_it_has_no_route_for() {
        var standalone = await(FluteServer.start(vertx, embedded(), ServerConfig.port(0)));
        try {
            server = null;
            var client = HostServer.start(vertx, req -> req.response().end()); // only for its HTTP client
            try {
                var get = client.send(java.net.http.HttpRequest.newBuilder(
                                java.net.URI.create("http://127.0.0.1:" + standalone.port() + "/nowhere"))
                        .GET());
                assertEquals(404, get.statusCode());
                assertEquals("{\"detail\":\"Not Found\"}", get.body());
                var put = client.send(java.net.http.HttpRequest.newBuilder(
                                java.net.URI.create("http://127.0.0.1:" + standalone.port() + "/items/7"))
                        .PUT(java.net.http.HttpRequest.BodyPublishers.noBody()));
                assertEquals(405, put.statusCode());
                assertNull(put.headers().firstValue("x-response-time").orElse(null));
            } finally {
                client.close();
            }
        } finally {
            await(standalone.close());
        }
    }
}
