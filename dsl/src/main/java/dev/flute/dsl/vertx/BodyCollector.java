package dev.flute.dsl.vertx;

import dev.flute.dsl.http.HttpError;
import io.vertx.core.Future;
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
        Promise<Buffer> promise = Promise.promise();
        Buffer body = Buffer.buffer();
        request.handler(chunk -> {
            if (body.length() + chunk.length() > maxBytes) {
                request.handler(null);
                StreamedBody.closeAfterResponse(request);
                promise.tryFail(new HttpError(413).header("connection", "close"));
            } else {
                body.appendBuffer(chunk);
            }
        });
        // A malformed chunk or a dropped connection: the body is unreadable, which is the client's fault.
        request.exceptionHandler(e -> promise.tryFail(new HttpError(400, "There was an error parsing the body")));
        request.endHandler(v -> promise.tryComplete(body));
        return promise.future();
    }

    private static Future<Buffer> refuse(HttpServerRequest request) {
        StreamedBody.closeAfterResponse(request);
        return Future.failedFuture(new HttpError(413).header("connection", "close"));
    }
}
