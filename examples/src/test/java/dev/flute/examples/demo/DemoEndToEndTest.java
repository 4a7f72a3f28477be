package dev.flute.examples.demo;

import static dev.flute.examples.demo.DemoServer.read;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.flute.dsl.Json;
import dev.flute.websocket.Hub;
import io.vertx.core.VertxOptions;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.file.Path;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The demo end to end, on a real server at an ephemeral port with its H2 file database: the journeys
 * a newcomer takes, each with users of its own.
 */
class DemoEndToEndTest {
    @TempDir
    static Path data;

    static DemoServer demo;

    @BeforeAll
    static void start() throws Exception {
        demo = DemoServer.start(DemoServer.settings(data, null));
    }

    @AfterAll
    static void stop() throws Exception {
        demo.close();
    }

    @Test
    void a_user_signs_up_logs_in_and_keeps_items() throws Exception {
        String token = demo.newUser("alice");
        JsonNode me = read(demo.get("/users/me", token));
        assertEquals("alice", me.get("username").asText());
        assertFalse(me.get("admin").asBoolean());
        assertFalse(me.has("hashed_password"), me.toString());

        var created = demo.json("POST", "/items/", token, "{\"name\":\"Hammer\",\"price\":12.5}");
        assertEquals(201, created.statusCode(), created.body());
        JsonNode item = read(created);
        long id = item.get("id").asLong();
        assertEquals("alice", item.get("owner").asText());
        assertTrue(item.get("description").isNull());

        assertEquals(item, read(demo.get("/items/" + id, null)), "anyone reads the catalogue");

        // PATCH changes only what is sent: the name and price stay.
        var patched = demo.json("PATCH", "/items/" + id, token, "{\"description\":\"Heavy\"}");
        assertEquals(200, patched.statusCode(), patched.body());
        JsonNode after = read(patched);
        assertEquals("Hammer", after.get("name").asText());
        assertEquals(12.5, after.get("price").asDouble());
        assertEquals("Heavy", after.get("description").asText());
        var cleared = read(demo.json("PATCH", "/items/" + id, token, "{\"description\":null,\"price\":9}"));
        assertTrue(cleared.get("description").isNull());
        assertEquals(9.0, cleared.get("price").asDouble());
        assertEquals("Hammer", cleared.get("name").asText());

        var deleted = demo.delete("/items/" + id, token);
        assertEquals(204, deleted.statusCode(), deleted.body());
        assertEquals("", deleted.body());
        assertEquals(404, demo.get("/items/" + id, null).statusCode());
    }

    @Test
    void the_list_is_filtered_and_paged_by_its_dependencies() throws Exception {
        String token = demo.newUser("bob");
        for (String name : new String[] {"Red pen", "Blue pen", "Pencil", "100%_Eraser"}) {
            var created = demo.json("POST", "/items/", token, "{\"name\":\"" + name + "\",\"price\":2}");
            assertEquals(201, created.statusCode(), created.body());
        }
        JsonNode pens = read(demo.get("/items/?owner=bob&q=PEN&limit=2", null));
        assertEquals(3, pens.get("count").asLong(), "Red pen, Blue pen and Pencil match, in any case");
        assertEquals(2, pens.get("data").size());
        assertEquals("Red pen", pens.get("data").get(0).get("name").asText());
        JsonNode next = read(demo.get("/items/?owner=bob&q=pen&limit=2&offset=2", null));
        assertEquals("Pencil", next.get("data").get(0).get("name").asText());
        // LIKE's wildcards in the query are plain characters.
        JsonNode literal = read(demo.get("/items/?owner=bob&q=%25_", null));
        assertEquals(1, literal.get("count").asLong(), literal.toString());
        assertEquals(
                0,
                read(demo.get("/items/?owner=bob&min_price=3", null))
                        .get("count")
                        .asLong());
        assertEquals(
                4,
                read(demo.get("/items/?owner=bob&max_price=2", null))
                        .get("count")
                        .asLong());
    }

    @Test
    void an_items_picture_is_uploaded_and_served_back() throws Exception {
        String token = demo.newUser("carol");
        long id = read(demo.json("POST", "/items/", token, "{\"name\":\"Kite\",\"price\":30}"))
                .get("id")
                .asLong();
        assertEquals(404, demo.get("/items/" + id + "/image", null).statusCode());

        byte[] png = DemoServer.png();
        var uploaded = demo.upload("/items/" + id + "/image", token, "image/png", png);
        assertEquals(200, uploaded.statusCode(), uploaded.body());
        assertEquals("/items/" + id + "/image", read(uploaded).get("image_url").asText());

        var image = demo.http.send(
                HttpRequest.newBuilder(demo.uri("/items/" + id + "/image")).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, image.statusCode());
        assertEquals("image/png", image.headers().firstValue("content-type").orElseThrow());
        assertArrayEquals(png, image.body());

        assertEquals(204, demo.delete("/items/" + id, token).statusCode());
        awaitStatus("/items/" + id + "/image", 404); // the file goes in a background task
    }

    @Test
    void the_event_stream_tells_of_a_change() throws Exception {
        String token = demo.newUser("dave");
        var request = HttpRequest.newBuilder(demo.uri("/items/events")).build();
        // The response starts before any event: from then on the stream is subscribed.
        HttpResponse<Stream<String>> events = demo.http
                .sendAsync(request, HttpResponse.BodyHandlers.ofLines())
                .get(10, TimeUnit.SECONDS);
        assertEquals(200, events.statusCode());
        assertEquals(
                "text/event-stream; charset=utf-8",
                events.headers().firstValue("content-type").orElseThrow());
        BlockingQueue<String> lines = new LinkedBlockingQueue<>();
        Thread reader = new Thread(() -> {
            try {
                events.body().forEach(lines::add);
            } catch (java.io.UncheckedIOException closed) {
                // the test closed the stream: reading ends here
            }
        });
        reader.setDaemon(true);
        reader.start();
        try {
            demo.json("POST", "/items/", token, "{\"name\":\"Lamp\",\"price\":40}");
            JsonNode event = nextEvent(lines, "Lamp");
            assertEquals("created", event.get("change").asText());
            assertEquals("dave", event.get("item").get("owner").asText());
        } finally {
            events.body().close();
        }
    }

    @Test
    void the_websocket_channel_tells_of_a_change() throws Exception {
        String token = demo.newUser("erin");
        long id = read(demo.json("POST", "/items/", token, "{\"name\":\"Drum\",\"price\":70}"))
                .get("id")
                .asLong();
        BlockingQueue<String> messages = new LinkedBlockingQueue<>();
        WebSocket socket = demo.http
                .newWebSocketBuilder()
                .buildAsync(
                        java.net.URI.create("ws://127.0.0.1:" + demo.server.port() + "/items/ws"),
                        new WebSocket.Listener() {
                            private final StringBuilder message = new StringBuilder();

                            @Override
                            public CompletionStage<?> onText(WebSocket ws, CharSequence part, boolean last) {
                                message.append(part); // a message may come in several parts
                                if (last) {
                                    messages.add(message.toString());
                                    message.setLength(0);
                                }
                                ws.request(1);
                                return null;
                            }
                        })
                .get(10, TimeUnit.SECONDS);
        try {
            awaitMembers(1);
            demo.json("PATCH", "/items/" + id, token, "{\"price\":75}");
            JsonNode event = nextEvent(messages, "Drum");
            assertEquals("updated", event.get("change").asText());
            assertEquals(75.0, event.get("item").get("price").asDouble());
        } finally {
            socket.sendClose(WebSocket.NORMAL_CLOSURE, "done").get(10, TimeUnit.SECONDS);
        }
    }

    @Test
    void a_background_task_welcomes_a_new_user() throws Exception {
        String token = demo.newUser("frank");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        JsonNode notes = read(demo.get("/users/me/notifications", token));
        while (notes.isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(50);
            notes = read(demo.get("/users/me/notifications", token));
        }
        assertEquals(1, notes.size(), notes.toString());
        assertEquals(
                "Welcome to the Flute demo, frank!", notes.get(0).get("message").asText());
    }

    @Test
    void only_an_admin_token_lists_every_user() throws Exception {
        String token = demo.newUser("grace");
        var refused = demo.get("/admin/users", token);
        assertEquals(401, refused.statusCode());
        assertEquals("{\"detail\":\"Not enough permissions\"}", refused.body());
        assertEquals(
                "Bearer scope=\"admin\"",
                refused.headers().firstValue("www-authenticate").orElseThrow());
        // Asking for the admin scope does not grant it to a user who does not hold it.
        String asked = DemoServer.token(demo.login("grace", "secret-grace", "admin"));
        assertEquals(401, demo.get("/admin/users", asked).statusCode());

        String admin = DemoServer.token(demo.login("admin", DemoServer.ADMIN_PASSWORD, null));
        JsonNode users = read(demo.get("/admin/users?limit=100", admin));
        assertTrue(users.get("count").asLong() >= 2, users.toString());
        assertTrue(users.get("data").findValuesAsText("username").contains("grace"), users.toString());
    }

    @Test
    void every_answer_carries_a_request_id_and_its_time() throws Exception {
        var answer = demo.send("GET", "/items/", null, null, HttpRequest.BodyPublishers.noBody());
        assertEquals(200, answer.statusCode());
        assertEquals(
                36, answer.headers().firstValue("x-request-id").orElseThrow().length(), "a UUID");
        double seconds =
                Double.parseDouble(answer.headers().firstValue("x-process-time").orElseThrow());
        assertTrue(seconds >= 0, "seconds: " + seconds);
        var given = demo.http.send(
                HttpRequest.newBuilder(demo.uri("/"))
                        .header("X-Request-ID", "trace-42")
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals("trace-42", given.headers().firstValue("x-request-id").orElseThrow());
    }

    @Test
    void prometheus_scrapes_the_requests_by_route() throws Exception {
        demo.get("/items/424242", null);
        String metrics = demo.get("/metrics", null).body();
        assertTrue(
                metrics.contains(
                        "vertx_http_server_requests_total{code=\"404\",method=\"GET\",route=\"/items/{item_id}\"}"),
                metrics);
    }

    @Test
    void the_documents_and_their_pages_are_served() throws Exception {
        JsonNode openapi = read(demo.get("/openapi.json", null));
        assertEquals("Flute demo", openapi.at("/info/title").asText());
        assertTrue(openapi.at("/paths/~1items~1{item_id}/patch").isObject());
        JsonNode asyncapi = read(demo.get("/asyncapi.json", null));
        assertTrue(asyncapi.toString().contains("/items/ws"), asyncapi.toString());
        assertEquals(200, demo.get("/docs", null).statusCode());
        assertEquals(200, demo.get("/redoc", null).statusCode());
    }

    @Test
    void the_data_outlives_the_server() throws Exception {
        Path own = data.resolve("restart");
        long id;
        try (var first = DemoServer.start(DemoServer.settings(own, null), new VertxOptions())) {
            String token = first.newUser("heidi");
            id = read(first.json("POST", "/items/", token, "{\"name\":\"Globe\",\"price\":15}"))
                    .get("id")
                    .asLong();
        }
        try (var second = DemoServer.start(DemoServer.settings(own, null), new VertxOptions())) {
            assertEquals(
                    "Globe", read(second.get("/items/" + id, null)).get("name").asText());
            assertEquals(200, second.login("heidi", "secret-heidi", null).statusCode());
        }
    }

    /** The first message about the item named {@code name}, as JSON (SSE lines carry a {@code data: } prefix). */
    private static JsonNode nextEvent(BlockingQueue<String> lines, String name) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (System.nanoTime() < deadline) {
            String line = lines.poll(100, TimeUnit.MILLISECONDS);
            if (line == null || line.isBlank()) continue;
            JsonNode event = Json.mapper().readTree(line.startsWith("data: ") ? line.substring(6) : line);
            if (name.equals(event.at("/item/name").asText())) return event;
        }
        throw new AssertionError("no event about " + name + " within 10 s");
    }

    /** Waits until the websocket has joined the hub's room, so a change made now reaches it. */
    private static void awaitMembers(int count) throws Exception {
        Hub hub = Hub.of(demo.vertx, ItemFeed.HUB);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (DemoServer.await(hub.localMembers(ItemFeed.ROOM)) < count) {
            assertTrue(System.nanoTime() < deadline, "the socket never joined the room");
            Thread.sleep(20);
        }
    }

    private static void awaitStatus(String path, int status) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        int last = demo.get(path, null).statusCode();
        while (last != status && System.nanoTime() < deadline) {
            Thread.sleep(20);
            last = demo.get(path, null).statusCode();
        }
        assertEquals(status, last, path);
    }
}
