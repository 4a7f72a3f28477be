package dev.flute.dsl.vertx;

import dev.flute.dsl.http.StreamBody;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.streams.ReadStream;

/**
 * Pipes a streamed body to the client with Vert.x's back-pressure: the source is paused while the
 * connection's write queue is full and resumed when it drains. If the source fails half-way the
 * connection is reset, so the client sees a broken response rather than a short one that looks
 * complete; if the client goes away the source is stopped. Either way the body is closed.
 */
final class StreamWriter {
    private StreamWriter() {}

    static Future<Void> pipe(Vertx vertx, HttpServerResponse out, StreamBody body) {
        ReadStream<Buffer> source;
        try {
            source = body.open(vertx);
        } catch (RuntimeException e) {
            body.close();
            out.reset();
            return Future.failedFuture(e);
        }
        // A known length (a file) is sent as is; anything else is chunked.
        if (out.headers().get("content-length") == null) out.setChunked(true);
        var pipe = source.pipe().endOnFailure(false);
        Future<Void> piped = pipe.to(out);
        // An event stream answers at once, as Starlette's does: a browser's EventSource opens (and a
        // test sees the status) before the first event, which may come much later.
        if (isEventStream(out) && !out.headWritten() && !out.ended()) out.writeHead();
        // A client that leaves while the stream is idle (an event stream between events) is noticed by
        // its connection alone: the pipe would only learn it at the next write, which may never come.
        Promise<Void> finished = Promise.promise();
        piped.onComplete(finished);
        out.closeHandler(v -> finished.tryFail("the client closed the connection"));
        return finished.future().andThen(done -> {
            try {
                if (done.failed()) {
                    pipe.close();
                    if (!out.ended()) out.reset();
                }
            } finally {
                body.close(); // last: closing the pipe resumes the source, closing the body stops it
            }
        });
    }

    private static boolean isEventStream(HttpServerResponse out) {
        String type = out.headers().get("content-type");
        return type != null && type.startsWith("text/event-stream");
    }
}
