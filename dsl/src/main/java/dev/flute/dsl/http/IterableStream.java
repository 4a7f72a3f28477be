package dev.flute.dsl.http;

import io.vertx.core.Context;
import io.vertx.core.Handler;
import io.vertx.core.streams.ReadStream;
import java.util.Iterator;

/**
 * The items of an iterator as a {@link ReadStream}, emitted on one context as the consumer asks for
 * them (so a paused consumer stops the iteration). The iterator must not block: a value that takes
 * time belongs in a {@link ReadStream} of its own.
 */
final class IterableStream<T> implements ReadStream<T> {
    /** Items emitted before yielding the event loop to other work. */
    private static final int BATCH = 64;

    /** The context items are emitted on; the first reader's, when made without one. */
    private Context context;

    private final Iterator<? extends T> items;
    private Handler<T> handler;
    private Handler<Void> endHandler;
    private Handler<Throwable> exceptionHandler;
    private long demand = Long.MAX_VALUE;
    private boolean scheduled;
    private boolean done;

    IterableStream(Context context, Iterator<? extends T> items) {
        this.context = context;
        this.items = items;
    }

    @Override
    public IterableStream<T> handler(Handler<T> handler) {
        this.handler = handler;
        schedule();
        return this;
    }

    @Override
    public IterableStream<T> endHandler(Handler<Void> endHandler) {
        this.endHandler = endHandler;
        return this;
    }

    @Override
    public IterableStream<T> exceptionHandler(Handler<Throwable> handler) {
        this.exceptionHandler = handler;
        return this;
    }

    @Override
    public IterableStream<T> pause() {
        demand = 0;
        return this;
    }

    @Override
    public IterableStream<T> resume() {
        return fetch(Long.MAX_VALUE);
    }

    @Override
    public IterableStream<T> fetch(long amount) {
        demand = demand + amount < 0 ? Long.MAX_VALUE : demand + amount;
        schedule();
        return this;
    }

    private void schedule() {
        if (scheduled || done || handler == null || demand == 0) return;
        scheduled = true;
        if (context == null) context = io.vertx.core.Vertx.currentContext();
        if (context == null) throw new IllegalStateException("a stream of values is read on a Vert.x context");
        context.runOnContext(v -> drain());
    }

    private void drain() {
        scheduled = false;
        try {
            for (int emitted = 0; emitted < BATCH; emitted++) {
                if (done || handler == null || demand == 0) return;
                if (!items.hasNext()) {
                    done = true;
                    if (endHandler != null) endHandler.handle(null);
                    return;
                }
                T item = items.next();
                if (demand != Long.MAX_VALUE) demand--;
                handler.handle(item);
            }
            schedule();
        } catch (RuntimeException e) {
            done = true;
            if (exceptionHandler != null) exceptionHandler.handle(e);
        }
    }
}
