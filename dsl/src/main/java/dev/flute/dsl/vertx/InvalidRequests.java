package dev.flute.dsl.vertx;

import dev.flute.dsl.http.Status;
import dev.flute.dsl.internal.JsonBuffers;
import io.netty.handler.codec.http.TooLongHttpHeaderException;
import io.netty.handler.codec.http.TooLongHttpLineException;
import io.vertx.core.http.HttpConnection;
import io.vertx.core.http.HttpServerRequest;

/**
 * Answers a request the HTTP decoder refused, in FastAPI's shape: a request line over the limit is
 * 414, headers over the limit 431, an ambiguous framing or any other malformed request 400, each
 * with a {@code {"detail": ...}} body. The connection is closed after the answer: the decoder has
 * stopped reading it, and nothing after a malformed request can be trusted to be a request.
 */
final class InvalidRequests {
    private InvalidRequests() {}

    static void answer(HttpServerRequest request) {
        Throwable cause = request.decoderResult().cause();
        int status = cause instanceof TooLongHttpLineException
                ? 414
                : cause instanceof TooLongHttpHeaderException ? 431 : 400;
        String detail = cause instanceof FramingGuard.AmbiguousFraming ? cause.getMessage() : Status.phrase(status);
        refuse(request, status, detail);
    }

    /** Answers {@code status} with {@code detail}, then closes the connection. */
    static void refuse(HttpServerRequest request, int status, String detail) {
        HttpConnection connection = request.connection();
        request.response()
                .setStatusCode(status)
                .putHeader("connection", "close")
                .putHeader("content-type", "application/json")
                .putHeader("x-content-type-options", "nosniff")
                .end(JsonBuffers.detail(detail))
                .onComplete(sent -> connection.close());
    }
}
