package dev.flute.dsl.http;

import static dev.flute.dsl.Flute.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.flute.dsl.Api;
import dev.flute.dsl.testing.TestClient;
import io.vertx.core.Context;
import io.vertx.core.Handler;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.streams.ReadStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/** Streamed bodies, Server-Sent Events and JSON Lines through the in-memory client. */
class EventStreamTest {
    public record Tick(String symbol, double price) {}

    static Map<String, Object> ordered(Object... pairs) {
        var out = new LinkedHashMap<String, Object>();
        for (int i = 0; i < pairs.length; i += 2) out.put((String) pairs[i], pairs[i + 1]);
        return out;
    }

    static final Api API = api("t", "1")
            .routes(
                    route(GET, "/bytes")
                            .handle(() -> Response.stream(
                                    vertx -> new IterableStream<>(
                                            vertx.getOrCreateContext(),
                                            List.of(Buffer.buffer("ab"), Buffer.buffer("cd"))
                                                    .iterator()),
                                    "text/csv")),
                    route(GET, "/events")
                            .handle(() -> Response.sse(List.of(
                                    ordered("name", "ü", "n", 1),
                                    "hello",
                                    new Tick("ACME", 1.5),
                                    ServerSentEvent.of(List.of(1, 2))
                                            .event("tick")
                                            .id("7")
                                            .retry(3000),
                                    ServerSentEvent.of(new Tick("ACME", 2.0)),
                                    ServerSentEvent.raw("line 1\nline 2"),
                                    ServerSentEvent.comment("one\r\ntwo")))),
                    route(GET, "/slow").handle(() -> Response.sse(LateItem::new, 40)),
                    route(GET, "/lines")
                            .handle(() -> Response.jsonLines(List.of(ordered("a", "ü"), 1.5, new Tick("X", 3)))));

    static final TestClient CLIENT = TestClient.of(API);

    @AfterAll
    static void close() {
        CLIENT.close();
    }

    @Test
    void should_stream_bytes_chunked_with_the_media_type() {
        var response = CLIENT.get("/bytes").send().assertStatus(200).assertText("abcd");
        assertEquals("text/csv; charset=utf-8", response.header("content-type"));
        assertEquals("chunked", response.header("transfer-encoding"));
    }

    @Test
    void should_write_events_as_fastapi_does() {
        var response = CLIENT.get("/events").send().assertStatus(200);
        assertEquals("text/event-stream; charset=utf-8", response.header("content-type"));
        assertEquals("no-cache", response.header("cache-control"));
        assertEquals("no", response.header("x-accel-buffering"));
        assertEquals(
                "data: {\"name\": \"\\u00fc\", \"n\": 1}\n\n"
                        + "data: \"hello\"\n\n"
                        + "data: {\"symbol\": \"ACME\", \"price\": 1.5}\n\n"
                        + "event: tick\ndata: [1, 2]\nid: 7\nretry: 3000\n\n"
                        + "data: {\"symbol\":\"ACME\",\"price\":2.0}\n\n"
                        + "data: line 1\ndata: line 2\n\n"
                        + ": one\n: two\n\n",
                response.text());
    }

    @Test
    void should_ping_while_the_source_is_idle() {
        String text = CLIENT.get("/slow").send().assertStatus(200).text();
        assertTrue(text.startsWith(": ping\n\n: ping\n\n"), text);
        assertTrue(text.endsWith("data: \"late\"\n\n"), text);
    }

    @Test
    void should_write_json_lines() {
        var response = CLIENT.get("/lines").send().assertStatus(200);
        assertEquals("application/jsonl", response.header("content-type"));
        assertEquals("{\"a\": \"\\u00fc\"}\n1.5\n{\"symbol\": \"X\", \"price\": 3.0}\n", response.text());
    }

    @Test
    void should_refuse_events_that_would_break_the_protocol() {
        assertThrows(IllegalArgumentException.class, () -> ServerSentEvent.of(1).event("a\nb"));
        assertThrows(IllegalArgumentException.class, () -> ServerSentEvent.of(1).id("a\0b"));
        assertThrows(IllegalArgumentException.class, () -> ServerSentEvent.of(1).retry(-1));
        assertThrows(IllegalArgumentException.class, () -> new ServerSentEvent(1, "raw", null, null, null, null));
    }

    @Test
    void should_split_lines_as_python_does() {
        assertEquals(List.of("a", "b", "", "c"), ItemStreamBody.SseFormat.splitLines("a\r\nb\n\rc\n"));
        assertEquals(List.of(), ItemStreamBody.SseFormat.splitLines(""));
        assertEquals(List.of("a", "b"), ItemStreamBody.SseFormat.splitLines("a\u2028b"));
    }

    /** One value after 150 ms of silence, then the end: long enough for a few 40 ms pings. */
    static final class LateItem implements ReadStream<Object> {
        private final Context context;
        private Handler<Object> handler;
        private Handler<Void> end;

        LateItem(Context context) {
            this.context = context;
        }

        @Override
        public ReadStream<Object> handler(Handler<Object> handler) {
            this.handler = handler;
            if (handler != null) {
                context.owner().setTimer(150, id -> {
                    this.handler.handle("late");
                    if (end != null) end.handle(null);
                });
            }
            return this;
        }

        @Override
        public ReadStream<Object> endHandler(Handler<Void> end) {
            this.end = end;
            return this;
        }

        @Override
        public ReadStream<Object> exceptionHandler(Handler<Throwable> handler) {
            return this;
        }

        @Override
        public ReadStream<Object> pause() {
            return this;
        }

        @Override
        public ReadStream<Object> resume() {
            return this;
        }

        @Override
        public ReadStream<Object> fetch(long amount) {
            return this;
        }
    }
}
