package dev.flute.dsl.http;

import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Handler;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.streams.ReadStream;

/**
 * A body already in memory (or arriving as one future) as a {@link ReadStream}, in chunks that
 * honour pause and fetch, so a stream consumer treats it like a socket. Chunks are emitted on the
 * context that created the stream, never re-entrantly.
 */
public final class BufferStream implements ReadStream<Buffer> {
    static final int CHUNK = 16 * 1024;

    private final Context context = Vertx.currentContext();
    private Handler<Buffer> handler;
    private Handler<Void> endHandler;
    private Handler<Throwable> exceptionHandler;
    private long demand = Long.MAX_VALUE;
    private Buffer content;
    private Throwable failure;
    private int position;
    private boolean done;
    private boolean scheduled;

    private BufferStream() {}

    /** The body {@code body} completes with, as a stream; its failure is reported to the exception handler. */
    public static ReadStream<Buffer> of(Future<Buffer> body) {
        BufferStream stream = new BufferStream();
        body.onComplete(result -> {
            if (result.succeeded()) stream.content = result.result() == null ? Buffer.buffer() : result.result();
            else stream.failure = result.cause();
            stream.schedule();
        });
        return stream;
    }

    @Override
    public BufferStream handler(Handler<Buffer> handler) {
        this.handler = handler;
        schedule();
        return this;
    }

    @Override
    public BufferStream endHandler(Handler<Void> endHandler) {
        this.endHandler = endHandler;
        schedule();
        return this;
    }

    @Override
    public BufferStream exceptionHandler(Handler<Throwable> handler) {
        this.exceptionHandler = handler;
        schedule();
        return this;
    }

    @Override
    public BufferStream pause() {
        demand = 0;
        return this;
    }

    @Override
    public BufferStream resume() {
        return fetch(Long.MAX_VALUE);
    }

    @Override
    public BufferStream fetch(long amount) {
        demand = amount == Long.MAX_VALUE || demand > Long.MAX_VALUE - amount ? Long.MAX_VALUE : demand + amount;
        schedule();
        return this;
    }

    /** Emission runs later, on the context, so a handler that resumes the stream never recurses into it. */
    private void schedule() {
        if (scheduled || done) return;
        scheduled = true;
        if (context == null) drain();
        else context.runOnContext(v -> drain());
    }

    private void drain() {
        scheduled = false;
        if (done) return;
        if (failure != null) {
            done = true;
            if (exceptionHandler != null) exceptionHandler.handle(failure);
            return;
        }
        if (content == null || handler == null) return;
        while (demand > 0 && position < content.length()) {
            int end = Math.min(position + CHUNK, content.length());
            Buffer chunk = content.slice(position, end);
            position = end;
            if (demand != Long.MAX_VALUE) demand--;
            handler.handle(chunk);
            if (done) return;
        }
        if (position == content.length() && endHandler != null) {
            done = true;
            endHandler.handle(null);
        }
    }
}
