package dev.flute.dsl.http;

import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.streams.ReadStream;

/**
 * A body produced while it is sent (Starlette's {@code StreamingResponse}). The writer opens it
 * once, on the request's event loop, pipes it to the client with back-pressure (the stream is
 * paused while the client is slow), and closes it when done, whether the body was sent or the
 * client went away.
 */
public interface StreamBody {

    /** Starts the body. Called at most once. */
    ReadStream<Buffer> open(Vertx vertx);

    /** Releases what {@link #open} took (a file, a timer); called once after the body is done. */
    default void close() {}

    /** The bytes of a stream the caller already has; it can be sent once. */
    static StreamBody of(ReadStream<Buffer> stream) {
        return vertx -> stream;
    }
}
