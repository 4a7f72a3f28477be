package dev.flute.dsl.internal;

import dev.flute.dsl.http.HttpError;
import dev.flute.dsl.http.Request;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClosedException;
import io.vertx.core.streams.ReadStream;

/**
 * Reads a request body from its stream as the bytes arrive, so a receiver can refuse it at the
 * first byte over a limit instead of after the whole body. Confined to the request's event loop.
 */
abstract class BodyReceiver<T> {
    final Promise<T> promise = Promise.promise();
    /** The most the body may hold: over it the answer is 413. */
    final long maxBody;

    private ReadStream<Buffer> stream;

    BodyReceiver(long maxBody) {
        this.maxBody = maxBody;
    }

    /** Starts reading; the future completes with what {@link #end()} makes of the body, or its refusal. */
    final Future<T> receive(Request request) {
        stream = request.bodyStream(maxBody);
        stream.handler(this::chunk);
        stream.exceptionHandler(error -> failed(clientFault(error)));
        stream.endHandler(v -> end());
        stream.resume();
        return promise.future();
    }

    abstract void chunk(Buffer chunk);

    abstract void end();

    /** The stream failed; {@code error} is already the client's 4xx. */
    abstract void failed(HttpError error);

    final void pause() {
        stream.pause();
    }

    final void resume() {
        stream.resume();
    }

    /** Stops reading: the rest of the body is never read, so the connection closes after the answer. */
    final void stopReading() {
        stream.handler(null);
        stream.endHandler(null);
        stream.exceptionHandler(null);
    }

    /** A refused length, a broken chunk, a client gone mid-body: the client's doing, never a 500. */
    private static HttpError clientFault(Throwable error) {
        if (error instanceof HttpError refused) return refused;
        if (error instanceof HttpClosedException)
            return new HttpError(400, "The client closed the connection before the body ended.");
        return new HttpError(400, "There was an error parsing the body");
    }
}
