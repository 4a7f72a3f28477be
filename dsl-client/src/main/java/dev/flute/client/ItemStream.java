package dev.flute.client;

import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Handler;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClientRequest;
import io.vertx.core.streams.ReadStream;

/**
 * A streamed answer as a stream of typed items, decoded record by record (a line of JSON Lines, a
 * line of an event stream, a chunk of bytes) with the answer's back-pressure. It starts paused:
 * items flow once a handler is set (or through {@code pipeTo}), so none is lost between the answer
 * arriving and the caller listening. An item that does not decode is reported to the exception
 * handler and skipped. {@link #cancel()} stops an answer that would not end by itself.
 */
final class ItemStream<T> implements ReadStream<T> {

    /** Turns one record of the source into an item, or null when it completes none. */
    @FunctionalInterface
    interface Decoder<T> {
        T decode(Buffer record);
    }

    private static final System.Logger LOG = System.getLogger("dev.flute.client");

    private final Context context;
    private final HttpClientRequest request;
    private final ReadStream<Buffer> source;
    private final Decoder<T> decoder;
    private volatile Handler<T> handler;
    private volatile Handler<Void> endHandler;
    private volatile Handler<Throwable> exceptionHandler;
    private volatile boolean paused;
    private volatile boolean cancelled;

    /**
     * @param context the context the answer is delivered on, where the source is driven from
     * @param request the request answered, reset to cancel the stream
     * @param source the answer's body, or its records
     */
    ItemStream(Context context, HttpClientRequest request, ReadStream<Buffer> source, Decoder<T> decoder) {
        this.context = context;
        this.request = request;
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
        if (h != null && !cancelled) h.handle(item);
    }

    /** Reported to the exception handler, or logged: the stream goes on either way. */
    private void fail(Throwable error) {
        if (cancelled) return;
        Handler<Throwable> h = exceptionHandler;
        if (h != null) h.handle(error);
        else LOG.log(System.Logger.Level.WARNING, "a streamed answer failed and has no exception handler", error);
    }

    /** Stops the answer: the request is reset (its connection freed, the server's stream closed); nothing more is delivered. */
    Future<Void> cancel() {
        cancelled = true;
        handler = null;
        endHandler = null;
        return request.reset();
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
