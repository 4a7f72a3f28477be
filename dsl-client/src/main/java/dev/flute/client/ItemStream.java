package dev.flute.client;

import io.vertx.core.Context;
import io.vertx.core.Handler;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.streams.ReadStream;

/**
 * A streamed answer as a stream of typed items, decoded record by record (a line of JSON Lines, a
 * line of an event stream, a chunk of bytes) with the answer's back-pressure. It starts paused:
 * items flow once a handler is set (or through {@code pipeTo}), so none is lost between the answer
 * arriving and the caller listening. An item that does not decode is reported to the exception
 * handler and skipped.
 */
final class ItemStream<T> implements ReadStream<T> {

    /** Turns one record of the source into an item, or null when it completes none. */
    @FunctionalInterface
    interface Decoder<T> {
        T decode(Buffer record);
    }

    private final Context context;
    private final ReadStream<Buffer> source;
    private final Decoder<T> decoder;
    private volatile Handler<T> handler;
    private volatile Handler<Void> endHandler;
    private volatile Handler<Throwable> exceptionHandler;
    private volatile boolean paused;

    /** @param context the context the answer is delivered on, where the source is driven from */
    ItemStream(Context context, ReadStream<Buffer> source, Decoder<T> decoder) {
        this.context = context;
        this.source = source;
        this.decoder = decoder;
        source.pause();
        source.exceptionHandler(this::fail);
        source.endHandler(v -> {
            Handler<Void> end = endHandler;
            if (end != null) end.handle(null);
        });
        source.handler(this::record);
    }

    private void record(Buffer record) {
        T item;
        try {
            item = decoder.decode(record);
        } catch (RuntimeException undecodable) {
            fail(undecodable);
            item = null;
        }
        if (item == null) {
            // A record that completes no item used a unit of the caller's demand: ask for another.
            if (!paused) source.fetch(1);
            return;
        }
        Handler<T> h = handler;
        if (h != null) h.handle(item);
    }

    private void fail(Throwable error) {
        Handler<Throwable> h = exceptionHandler;
        if (h == null) throw error instanceof RuntimeException e ? e : new IllegalStateException(error);
        h.handle(error);
    }

    @Override
    public ItemStream<T> handler(Handler<T> handler) {
        this.handler = handler;
        if (handler != null && !paused) onContext(source::resume);
        return this;
    }

    @Override
    public ItemStream<T> endHandler(Handler<Void> endHandler) {
        this.endHandler = endHandler;
        return this;
    }

    @Override
    public ItemStream<T> exceptionHandler(Handler<Throwable> handler) {
        this.exceptionHandler = handler;
        return this;
    }

    @Override
    public ItemStream<T> pause() {
        paused = true;
        onContext(source::pause);
        return this;
    }

    @Override
    public ItemStream<T> resume() {
        paused = false;
        onContext(source::resume);
        return this;
    }

    @Override
    public ItemStream<T> fetch(long amount) {
        paused = false;
        onContext(() -> source.fetch(amount));
        return this;
    }

    /** The source is driven from its context: a caller on another thread (a test, a worker) hands over. */
    private void onContext(Runnable action) {
        if (Vertx.currentContext() == context) action.run();
        else context.runOnContext(v -> action.run());
    }
}
