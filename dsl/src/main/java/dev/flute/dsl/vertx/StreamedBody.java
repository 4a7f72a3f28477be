package dev.flute.dsl.vertx;

import dev.flute.dsl.http.HttpError;
import io.vertx.core.Handler;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.streams.ReadStream;

/**
 * A request body read as a stream from the socket. A declared length over the limit (or one that
 * is not a length) is refused before a byte is read and before {@code 100 Continue} is sent.
 *
 * <p>When the reader gives up before the body's end (a limit, a malformed part), the connection is
 * closed once the response has been sent: Vert.x would otherwise keep it open and wait for the
 * unread rest, leaving the client hanging, or read it as the next request.
 */
final class StreamedBody implements ReadStream<Buffer> {
    private final HttpServerRequest request;
    private final HttpError refused;
    private Handler<Throwable> exceptionHandler;

    private StreamedBody(HttpServerRequest request, HttpError refused) {
        this.request = request;
        this.refused = refused;
    }

    static ReadStream<Buffer> of(HttpServerRequest request, long maxBytes) {
        String declared = request.getHeader("content-length");
        if (declared != null) {
            long length;
            try {
                length = Long.parseLong(declared.trim());
            } catch (NumberFormatException e) {
                length = -1;
            }
            if (length < 0) return refuse(request, new HttpError(400, "Invalid Content-Length"));
            if (length > maxBytes) return refuse(request, new HttpError(413));
        }
        if ("100-continue".equalsIgnoreCase(request.getHeader("expect")))
            request.response().writeContinue();
        return new StreamedBody(request, null);
    }

    private static ReadStream<Buffer> refuse(HttpServerRequest request, HttpError error) {
        closeAfterResponse(request);
        return new StreamedBody(request, error.header("connection", "close"));
    }

    /** Closes the connection once the response is sent, unless the whole body has been read. */
    static void closeAfterResponse(HttpServerRequest request) {
        if (request.isEnded()) return;
        if (request.response().ended()) request.connection().close();
        else request.response().bodyEndHandler(v -> request.connection().close());
    }

    @Override
    public StreamedBody handler(Handler<Buffer> handler) {
        if (refused != null) return this;
        if (handler == null) closeAfterResponse(request);
        request.handler(handler);
        return this;
    }

    @Override
    public StreamedBody exceptionHandler(Handler<Throwable> handler) {
        exceptionHandler = handler;
        if (refused == null) request.exceptionHandler(handler);
        return this;
    }

    @Override
    public StreamedBody endHandler(Handler<Void> handler) {
        if (refused == null) request.endHandler(handler);
        return this;
    }

    @Override
    public StreamedBody pause() {
        if (refused == null) request.pause();
        return this;
    }

    /** Starts the flow; a refused body reports its refusal instead. */
    @Override
    public StreamedBody resume() {
        if (refused == null) request.resume();
        else if (exceptionHandler != null) exceptionHandler.handle(refused);
        return this;
    }

    @Override
    public StreamedBody fetch(long amount) {
        if (refused == null) request.fetch(amount);
        else resume();
        return this;
    }
}
