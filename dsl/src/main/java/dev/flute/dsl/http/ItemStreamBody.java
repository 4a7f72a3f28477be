package dev.flute.dsl.http;

import dev.flute.dsl.Json;
import io.vertx.core.Context;
import io.vertx.core.Handler;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.streams.ReadStream;
import java.nio.charset.StandardCharsets;
import java.util.function.Function;

/**
 * A stream of values sent as Server-Sent Events or JSON Lines, the way FastAPI 0.135 streams the
 * items of a generator: each plain value as {@code json.dumps(jsonable_encoder(value))} (Python's
 * spacing, ASCII only), each {@link ServerSentEvent} with its fields. While the source is idle an
 * event stream sends a {@code : ping} comment every keep-alive interval, so proxies keep the
 * connection open. Back-pressure goes straight through to the source.
 */
final class ItemStreamBody implements StreamBody {
    static final long KEEP_ALIVE_MILLIS = 15_000;
    private static final Buffer PING = Buffer.buffer(": ping\n\n");

    enum Format {
        EVENT_STREAM,
        JSON_LINES
    }

    /** An item's JSON as FastAPI writes a value nobody declared: {@code json.dumps(jsonable_encoder(value))}. */
    static final Function<Object, String> UNDECLARED = Json::dumps;

    private final Function<Context, ReadStream<?>> source;
    private final Format format;
    private final long keepAliveMillis;
    private final Function<Object, String> itemJson;
    private ItemStream opened;

    ItemStreamBody(
            Function<Context, ReadStream<?>> source,
            Format format,
            long keepAliveMillis,
            Function<Object, String> itemJson) {
        this.source = source;
        this.format = format;
        this.keepAliveMillis = keepAliveMillis;
        this.itemJson = itemJson;
    }

    @Override
    public ReadStream<Buffer> open(Vertx vertx) {
        opened = new ItemStream(vertx, source.apply(vertx.getOrCreateContext()));
        return opened;
    }

    @Override
    public void close() {
        if (opened != null) opened.stop();
    }

    /** One value as the bytes of its event or line. */
    Buffer encode(Object item) {
        if (format == Format.JSON_LINES) return Buffer.buffer(itemJson.apply(item) + "\n");
        if (item instanceof ServerSentEvent<?> event) return SseFormat.event(event, itemJson);
        return SseFormat.data(itemJson.apply(item));
    }

    private final class ItemStream implements ReadStream<Buffer> {
        private final Vertx vertx;
        private final ReadStream<?> items;
        private Handler<Buffer> handler;
        private Handler<Throwable> exceptionHandler;
        private long timer = -1;
        private long lastSent = System.nanoTime();
        private boolean paused;
        private boolean stopped;

        ItemStream(Vertx vertx, ReadStream<?> items) {
            this.vertx = vertx;
            this.items = items;
        }

        @Override
        public ItemStream handler(Handler<Buffer> handler) {
            this.handler = handler;
            if (handler == null) {
                items.handler(null);
                return this;
            }
            items.handler(item -> {
                if (stopped) return;
                Buffer bytes;
                try {
                    bytes = encode(item);
                } catch (RuntimeException unencodable) {
                    fail(unencodable);
                    return;
                }
                lastSent = System.nanoTime();
                handler.handle(bytes);
            });
            if (format == Format.EVENT_STREAM && keepAliveMillis > 0 && timer < 0) {
                timer = vertx.setPeriodic(keepAliveMillis, id -> ping());
            }
            return this;
        }

        /** A comment when nothing was sent for a whole interval, unless the client is the slow one. */
        private void ping() {
            boolean idle = System.nanoTime() - lastSent >= keepAliveMillis * 1_000_000 - 1_000_000;
            if (stopped || paused || handler == null || !idle) return;
            lastSent = System.nanoTime();
            handler.handle(PING.copy());
        }

        @Override
        public ItemStream endHandler(Handler<Void> endHandler) {
            items.endHandler(
                    endHandler == null
                            ? null
                            : v -> {
                                stop();
                                endHandler.handle(null);
                            });
            return this;
        }

        @Override
        public ItemStream exceptionHandler(Handler<Throwable> handler) {
            this.exceptionHandler = handler;
            items.exceptionHandler(handler == null ? null : this::fail);
            return this;
        }

        @Override
        public ItemStream pause() {
            paused = true;
            items.pause();
            return this;
        }

        @Override
        public ItemStream resume() {
            paused = false;
            items.resume();
            return this;
        }

        @Override
        public ItemStream fetch(long amount) {
            paused = false;
            items.fetch(amount);
            return this;
        }

        private void fail(Throwable error) {
            if (stopped) return;
            stop();
            if (exceptionHandler != null) exceptionHandler.handle(error);
        }

        void stop() {
            if (stopped) return;
            stopped = true;
            if (timer >= 0) vertx.cancelTimer(timer);
            // A source that keeps producing (a subscription, a ticker) must stop when nobody listens.
            items.pause();
            items.handler(null);
        }
    }

    /** The wire format of one event, as FastAPI's {@code format_sse_event} writes it. */
    static final class SseFormat {
        private SseFormat() {}

        static Buffer data(String json) {
            return lines(null, null, json, null, null);
        }

        static Buffer event(ServerSentEvent<?> e, Function<Object, String> itemJson) {
            String data;
            if (e.rawData() != null) data = e.rawData();
            // An undeclared model in an event is sent as Pydantic's compact model_dump_json().
            else if (e.data() != null
                    && itemJson == UNDECLARED
                    && e.data().getClass().isRecord()) data = Json.write(e.data());
            else if (e.data() != null) data = itemJson.apply(e.data());
            else data = null;
            return lines(e.comment(), e.event(), data, e.id(), e.retry());
        }

        private static Buffer lines(String comment, String event, String data, String id, Integer retry) {
            var out = new StringBuilder();
            if (comment != null)
                for (String line : splitLines(comment))
                    out.append(": ").append(line).append('\n');
            if (event != null) out.append("event: ").append(event).append('\n');
            if (data != null)
                for (String line : splitLines(data))
                    out.append("data: ").append(line).append('\n');
            if (id != null) out.append("id: ").append(id).append('\n');
            if (retry != null) out.append("retry: ").append(retry).append('\n');
            out.append('\n');
            return Buffer.buffer(out.toString().getBytes(StandardCharsets.UTF_8));
        }

        /** Python's {@code str.splitlines()}: every line boundary Python knows, no trailing empty line. */
        static java.util.List<String> splitLines(String text) {
            var out = new java.util.ArrayList<String>();
            int start = 0;
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if ("\n\r\u000b\u000c\u001c\u001d\u001e\u0085\u2028\u2029".indexOf(c) < 0) continue;
                out.add(text.substring(start, i));
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') i++;
                start = i + 1;
            }
            if (start < text.length()) out.add(text.substring(start));
            return out;
        }
    }
}
