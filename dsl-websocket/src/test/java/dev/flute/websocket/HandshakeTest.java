package dev.flute.websocket;

import static dev.flute.dsl.Flute.GET;
import static dev.flute.dsl.Flute.api;
import static dev.flute.dsl.Flute.dep;
import static dev.flute.dsl.Flute.header;
import static dev.flute.dsl.Flute.int_;
import static dev.flute.dsl.Flute.path;
import static dev.flute.dsl.Flute.query;
import static dev.flute.dsl.Flute.resource;
import static dev.flute.dsl.Flute.route;
import static dev.flute.dsl.Flute.str;
import static dev.flute.websocket.WebSockets.ws;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.flute.dsl.Api;
import dev.flute.dsl.Dep;
import dev.flute.dsl.http.HttpError;
import dev.flute.dsl.vertx.FluteRouter;
import dev.flute.dsl.vertx.FluteServer;
import dev.flute.dsl.vertx.ServerConfig;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.UpgradeRejectedException;
import io.vertx.core.http.WebSocketClient;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.client.WebClient;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Inputs and dependencies run before the upgrade; the route's resources live as long as the socket. */
class HandshakeTest {
    static Vertx vertx;
    static WebSocketClient client;

    static final Dep<String> TOKEN = dep(header("x_token", str()), token -> {
        if (!token.equals("secret")) throw new HttpError(401, "Bad token");
        return token;
    });

    @BeforeAll
    static void start() {
        vertx = Vertx.vertx();
        client = WsClient.client(vertx);
    }

    @AfterAll
    static void stop() {
        Await.result(vertx.close());
    }

    private static int status(int port, String uri) {
        Throwable refused = Await.failure(WsClient.attempt(client, port, uri));
        return assertInstanceOf(UpgradeRejectedException.class, refused).getStatus();
    }

    @Test
    void should_refuse_a_handshake_with_invalid_inputs_with_403_before_any_handler_runs() {
        var started = new AtomicInteger();
        var route = ws("/ws/<client_id>")
                .param(path("client_id", int_()))
                .param(query("room", str().minLength(2)))
                .handle((id, room, socket) -> started.incrementAndGet());
        int port = Servers.start(vertx, api("t", "1").routes(route)).port();
        assertEquals(403, status(port, "/ws/abc?room=lobby"));
        assertEquals(403, status(port, "/ws/1"));
        assertEquals(403, status(port, "/ws/1?room=x"));
        assertEquals(0, started.get());
        try (var c = WsClient.connect(client, port, "/ws/7?room=lobby")) {
            assertFalse(c.closeCode.isDone());
        }
    }

    @Test
    void should_answer_a_dependencys_http_error_as_for_any_route() {
        var route = ws("/ws").dependencies(TOKEN).handle(socket -> socket.onText(socket::sendText));
        int port = Servers.start(vertx, api("t", "1").routes(route)).port();
        var options = new io.vertx.core.http.WebSocketConnectOptions()
                .setPort(port)
                .setHost("127.0.0.1")
                .setURI("/ws");
        Throwable refused = Await.failure(client.connect(options.addHeader("x-token", "wrong")));
        assertEquals(
                401, assertInstanceOf(UpgradeRejectedException.class, refused).getStatus());
        var socket = Await.result(client.connect(options.putHeader("x-token", "secret")));
        socket.close();
    }

    @Test
    void should_answer_404_to_a_plain_get_of_a_websocket_path_and_serve_http_routes_beside_it() {
        var page = route(GET, "/").handle(() -> "page");
        var socket = ws("/ws").handle(s -> s.onText(s::sendText));
        int port = Servers.start(vertx, api("t", "1").routes(page, socket)).port();
        var http = WebClient.create(vertx);
        assertEquals(
                404, Await.result(http.get(port, "127.0.0.1", "/ws").send()).statusCode());
        assertEquals(
                "\"page\"",
                Await.result(http.get(port, "127.0.0.1", "/").send()).bodyAsString());
    }

    @Test
    void should_release_resource_dependencies_only_after_the_socket_ended() throws Exception {
        var events = new CopyOnWriteArrayList<String>();
        Dep<String> connection = resource(() -> "db", (db, outcome) -> events.add("released " + db));
        var route = ws("/ws").depends(connection).handle((db, socket) -> socket.onText(text -> socket.sendText(db))
                .onDisconnect(d -> events.add("disconnected " + d.code())));
        int port = Servers.start(vertx, api("t", "1").routes(route)).port();
        try (var c = WsClient.connect(client, port, "/ws")) {
            assertEquals("db", c.send("which?").next());
            Thread.sleep(100);
            assertTrue(events.isEmpty(), "released while the socket was open: " + events);
            c.socket.close((short) 1000);
            c.awaitClose();
        }
        long deadline = System.currentTimeMillis() + 5000;
        while (events.size() < 2 && System.currentTimeMillis() < deadline) Thread.sleep(10);
        assertEquals(java.util.List.of("disconnected 1000", "released db"), events);
    }

    @Test
    void should_use_the_apis_dependency_overrides() {
        Dep<String> greeting = dep(() -> "production");
        var route = ws("/ws").depends(greeting).handle((g, socket) -> socket.sendText(g));
        Api api = api("t", "1").routes(route).override(greeting, dep(() -> "test double"));
        int port = Servers.start(vertx, api).port();
        try (var c = WsClient.connect(client, port, "/ws")) {
            assertEquals("test double", c.next());
        }
    }

    @Test
    void should_keep_an_upgraded_connection_past_the_servers_header_deadline() throws Exception {
        // The server closes connections that are slow to send request headers; a websocket sends none.
        var config = ServerConfig.port(0).host("127.0.0.1").headerTimeoutSeconds(1);
        var route = ws("/ws").handle(socket -> socket.onText(socket::sendText));
        FluteServer server = Await.result(FluteServer.start(vertx, api("t", "1").routes(route), config));
        try (var c = WsClient.connect(client, server.port(), "/ws")) {
            Thread.sleep(2500);
            assertEquals("alive", c.send("alive").next());
        }
    }

    @Test
    void should_serve_websocket_routes_mounted_in_an_existing_vertx_router() {
        var route = ws("/ws/<id>").param(path("id", int_())).handle((id, socket) -> socket.sendText("socket " + id));
        Router host = Router.router(vertx);
        host.get("/health").handler(ctx -> ctx.end("ok"));
        host.route("/api/*").subRouter(FluteRouter.of(vertx, api("t", "1").routes(route)));
        HttpServer server =
                Await.result(vertx.createHttpServer().requestHandler(host).listen(0, "127.0.0.1"));
        try (var c = WsClient.connect(client, server.actualPort(), "/api/ws/5")) {
            assertEquals("socket 5", c.next());
        }
        assertEquals(403, status(server.actualPort(), "/api/ws/five"));
    }
}
