package dev.flute.dsl.vertx;

import dev.flute.dsl.http.HttpError;
import io.vertx.core.Future;
import io.vertx.core.Handler;
import io.vertx.core.Promise;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServerRequest;

/**
 * Reads a request body into memory up to a limit. A declared Content-Length over the limit is
 * refused before a byte is read (and before {@code 100 Continue} is sent); a body that grows past
 * the limit is refused as soon as it does, and the connection closed so the rest is not read.
 */
final class BodyCollector {
    private BodyCollector() {}

    static Future<Buffer> collect(HttpServerRequest request, long maxBytes) {
        String declared = request.getHeader("content-length");
        if (declared != null) {
            long length;
            try {
                length = Long.parseLong(declared.trim());
            } catch (NumberFormatException e) {
                length = -1;
            }
            if (length < 0) return Future.failedFuture(new HttpError(400, "Invalid Content-Length"));
            if (length > maxBytes) return refuse(request);
        }
        if ("100-continue".equalsIgnoreCase(request.getHeader("expect")))
            request.response().writeContinue();
        var body = new Collected(request, maxBytes);
        request.handler(body);
        // A malformed chunk or a dropped connection: the body is unreadable, which is the client's fault.
        request.exceptionHandler(e -> body.fail(new HttpError(400, "There was an error parsing the body")));
        request.endHandler(body::end);
        return body.future();
    }

    /**
     * The chunks received so far. A body that arrives in one chunk (most do) is that chunk, kept as
     * Vert.x handed it over (its own copy of the bytes); only a second chunk starts a buffer.
     */
    private static final class Collected implements Handler<Buffer> {
        private final Promise<Buffer> promise = Promise.promise();
        private final HttpServerRequest request;
        private final long maxBytes;

        private Buffer body;
        private boolean appending;

        Collected(HttpServerRequest request, long maxBytes) {
            this.request = request;
            this.maxBytes = maxBytes;
        }

        @Override
        public void handle(Buffer chunk) {
            long received = body == null ? 0 : body.length();
            if (received + chunk.length() > maxBytes) {
                request.handler(null);
                StreamedBody.closeAfterResponse(request);
                promise.tryFail(new HttpError(413).header("connection", "close"));
            } else if (body == null) {
                body = chunk;
            } else {
                if (!appending) {
                    // Sized by what arrived, never by the declared length: a client could claim any.
                    body = Buffer.buffer((int) received + chunk.length()).appendBuffer(body);
                    appending = true;
                }
                body.appendBuffer(chunk);
            }
        }

        void end(Void ignored) {
            promise.tryComplete(body == null ? Buffer.buffer() : body);
        }

        void fail(Throwable error) {
            promise.tryFail(error);
        }

        Future<Buffer> future() {
            return promise.future();
        }
    }

    private static Future<Buffer> refuse(HttpServerRequest request) {
        StreamedBody.closeAfterResponse(request);
        return Future.failedFuture(new HttpError(413).header("connection", "close"));
    }
}
