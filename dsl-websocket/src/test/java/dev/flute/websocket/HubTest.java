package dev.flute.websocket;

import static dev.flute.dsl.Flute.api;
import static dev.flute.dsl.Flute.path;
import static dev.flute.dsl.Flute.str;
import static dev.flute.websocket.WebSockets.ws;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.flute.dsl.Dep;
import dev.flute.dsl.Endpoint;
import dev.flute.dsl.vertx.FluteServer;
import dev.flute.dsl.vertx.ServerConfig;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.WebSocketClient;
import java.io.IOException;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The hub in one process: rooms over the event bus, across the verticle instances of a server. */
class HubTest {
    static final Dep<Hub> HUB = Hub.dep("hub-test");

    /** Joins the room of the path; every text is broadcast to it; the first message names the event loop. */
    static final Endpoint ROOM = ws("/room/<name>")
            .param(path("name", str()))
            .depends(HUB)
            .handle((room, hub, socket) -> {
                socket.onText(text -> hub.broadcast(room, text));
                return hub.join(room, socket)
                        .compose(v ->
                                socket.sendText("loop " + Thread.currentThread().getName()));
            });

    static Vertx vertx;
    static WebSocketClient client;
    static int port;

    @BeforeAll
    static void start() throws IOException {
        vertx = Vertx.vertx();
        client = WsClient.client(vertx);
        try (var probe = new ServerSocket(0)) {
            port = probe.getLocalPort();
        }
        // Two verticle instances on two event loops share the port: members of one room live on both.
        FluteServer server = Await.result(FluteServer.start(
                vertx,
                api("t", "1").routes(ROOM, DIRECT, SLOW),
                ServerConfig.port(port).host("127.0.0.1").instances(2)));
        assertEquals(port, server.port());
    }

    @AfterAll
    static void stop() {
        Await.result(vertx.close());
    }

    @Test
    void should_deliver_each_broadcast_once_to_every_member_on_every_event_loop() {
        var members = new ArrayList<WsClient>();
        var loops = new HashSet<String>();
        for (int i = 0; i < 6; i++) {
            WsClient c = WsClient.connect(client, port, "/room/lobby");
            loops.add(c.next());
            members.add(c);
        }
        try (var outsider = WsClient.connect(client, port, "/room/other")) {
            outsider.next();
            assertEquals(2, loops.size(), "members on one event loop only: " + loops);
            for (int i = 0; i < members.size(); i++) members.get(i).send("hello from " + i);
            for (WsClient member : members) {
                Set<String> got = new HashSet<>();
                for (int i = 0; i < members.size(); i++) got.add(member.next());
                assertEquals(6, got.size(), "a broadcast arrived twice: " + got);
                assertNull(member.quietFor(200), "more broadcasts than were sent");
            }
            assertNull(outsider.quietFor(100), "a broadcast left its room");
        } finally {
            members.forEach(WsClient::close);
        }
    }

    @Test
    void should_leave_its_rooms_when_the_socket_ends_before_the_disconnect_receiver_runs() throws Exception {
        var seen = new CopyOnWriteArrayList<Integer>();
        var route = ws("/counted").depends(HUB).handle((hub, socket) -> {
            socket.onDisconnect(d -> hub.localMembers("counted").onSuccess(seen::add));
            return hub.join("counted", socket);
        });
        int own = Servers.start(vertx, api("t", "1").routes(route)).port();
        var first = WsClient.connect(client, own, "/counted");
        var second = WsClient.connect(client, own, "/counted");
        Hub hub = Hub.of(vertx, "hub-test");
        assertEquals(2, Await.result(hub.localMembers("counted")));
        first.close();
        first.awaitClose();
        long deadline = System.currentTimeMillis() + 5000;
        while (seen.isEmpty() && System.currentTimeMillis() < deadline) Thread.sleep(10);
        assertEquals(List.of(1), seen);
        second.close();
        second.awaitClose();
        while (Await.result(hub.localMembers("counted")) != 0 && System.currentTimeMillis() < deadline) {
            Thread.sleep(10);
        }
        assertEquals(0, Await.result(hub.localMembers("counted")));
    }

    /** Connects for direct messages and tells the client its id; "id:text" sends text to that socket. */
    static final Endpoint DIRECT = ws("/direct").depends(HUB).handle((hub, socket) -> {
        socket.onText(line -> {
            String[] parts = line.split(":", 2);
            return hub.send(parts[0], parts[1])
                    .transform(sent -> socket.sendText(sent.succeeded() ? "sent" : "failed"));
        });
        return hub.connect(socket).compose(v -> socket.sendText(socket.id()));
    });

    @Test
    void should_send_to_one_connection_by_id_and_fail_for_an_unknown_one() {
        try (var alice = WsClient.connect(client, port, "/direct");
                var bob = WsClient.connect(client, port, "/direct")) {
            String aliceId = alice.next();
            String bobId = bob.next();
            bob.send(aliceId + ":hello alice");
            assertEquals("hello alice", alice.next());
            assertEquals("sent", bob.next());
            assertNull(bob.quietFor(100), "a direct message reached its sender");
            alice.send("no-such-socket:hi");
            assertEquals("failed", alice.next());
            alice.send(bobId + ":hi bob");
            assertEquals("hi bob", bob.next());
        }
    }

    /** Members of "slow" get floods; "flood" from anyone sends 300 binary broadcasts of 32 KiB. */
    static final Endpoint SLOW = ws("/slow/<role>")
            .param(path("role", str()))
            .depends(HUB)
            .options(SocketOptions.DEFAULT.sendQueueBytes(64 * 1024))
            .handle((role, hub, socket) -> {
                Buffer chunk = Buffer.buffer(new byte[32 * 1024]);
                socket.onText(text -> {
                    for (int i = 0; i < 300; i++) hub.broadcastBytes("slow", chunk);
                    return null;
                });
                return role.equals("reader") ? hub.join("slow", socket) : null;
            });

    @Test
    void should_close_a_member_that_does_not_read_with_1013_instead_of_buffering_for_it() throws Exception {
        try (var reader = WsClient.connect(client, port, "/slow/reader");
                var sender = WsClient.connect(client, port, "/slow/sender")) {
            reader.socket.pause();
            sender.send("flood");
            Thread.sleep(500);
            reader.socket.resume();
            assertEquals(CloseCodes.TRY_AGAIN_LATER, reader.awaitClose());
            assertEquals("send queue full", reader.closeReason);
            assertTrue(reader.binaries.size() < 300, "every broadcast was buffered: " + reader.binaries.size());
        }
    }
}
