package dev.flute.dsl.http;

import io.vertx.core.Handler;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.file.AsyncFile;
import io.vertx.core.streams.ReadStream;
import java.util.List;

/**
 * Parts of one open file and literal bytes in between (the boundaries of a multipart answer), read
 * one chunk at a time, only when the consumer wants more. One read is in flight at most, so memory
 * stays at one chunk however large the file or however many ranges were asked for.
 */
final class RangeStream implements ReadStream<Buffer> {
    static final int CHUNK = 64 * 1024;

    /** A literal buffer, or a region of the file. */
    record Piece(Buffer literal, long position, long length) {
        static Piece of(String text) {
            return new Piece(Buffer.buffer(text.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1)), 0, 0);
        }

        static Piece region(long position, long length) {
            return new Piece(null, position, length);
        }
    }

    private final AsyncFile file;
    private final List<Piece> pieces;
    private Handler<Buffer> handler;
    private Handler<Void> endHandler;
    private Handler<Throwable> exceptionHandler;
    private long demand = Long.MAX_VALUE;
    private int index;
    private long offset;
    private boolean reading;
    private boolean done;
    /** The end was reached before anyone listened for it. */
    private boolean endPending;

    RangeStream(AsyncFile file, List<Piece> pieces) {
        this.file = file;
        this.pieces = pieces;
    }

    @Override
    public RangeStream handler(Handler<Buffer> handler) {
        this.handler = handler;
        next();
        return this;
    }

    @Override
    public RangeStream endHandler(Handler<Void> endHandler) {
        this.endHandler = endHandler;
        // A read can complete before the consumer sets this handler (collect() sets the data handler first).
        if (endPending && endHandler != null) {
            endPending = false;
            endHandler.handle(null);
        }
        return this;
    }

    @Override
    public RangeStream exceptionHandler(Handler<Throwable> handler) {
        this.exceptionHandler = handler;
        return this;
    }

    @Override
    public RangeStream pause() {
        demand = 0;
        return this;
    }

    @Override
    public RangeStream resume() {
        return fetch(Long.MAX_VALUE);
    }

    @Override
    public RangeStream fetch(long amount) {
        demand = demand + amount < 0 ? Long.MAX_VALUE : demand + amount;
        next();
        return this;
    }

    /** Emits literals at once and starts one file read; the read's completion continues. */
    private void next() {
        while (!reading && !done && handler != null && demand > 0) {
            if (index == pieces.size()) {
                done = true;
                if (endHandler != null) endHandler.handle(null);
                else endPending = true;
                return;
            }
            Piece piece = pieces.get(index);
            if (piece.literal() != null) {
                index++;
                emit(piece.literal());
                continue;
            }
            long left = piece.length() - offset;
            if (left <= 0) {
                index++;
                offset = 0;
                continue;
            }
            int size = (int) Math.min(CHUNK, left);
            reading = true;
            file.read(Buffer.buffer(size), 0, piece.position() + offset, size).onComplete(read -> {
                reading = false;
                if (read.failed() || read.result().length() == 0) {
                    done = true;
                    Throwable why = read.failed() ? read.cause() : new java.io.EOFException("the file got shorter");
                    if (exceptionHandler != null) exceptionHandler.handle(why);
                    return;
                }
                offset += read.result().length();
                emit(read.result());
                next();
            });
        }
    }

    private void emit(Buffer chunk) {
        if (demand != Long.MAX_VALUE) demand--;
        handler.handle(chunk);
    }
}
