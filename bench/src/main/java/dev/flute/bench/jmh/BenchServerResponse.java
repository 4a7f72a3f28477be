package dev.flute.bench.jmh;

import io.vertx.core.Future;
import io.vertx.core.Handler;
import io.vertx.core.MultiMap;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.Cookie;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.net.HostAndPort;
import java.io.RandomAccessFile;
import java.nio.channels.FileChannel;
import java.util.Set;

/**
 * The response of a {@link BenchServerRequest}: keeps the status, headers and body that a handler
 * writes with {@link #end(Buffer)}, in the order Vert.x's {@code Http1xServerResponse} handles an
 * answer written in one go (headers-end handler, body, body-end handler, end handler), and answers
 * the future of {@code end} completed, since the bytes are "sent" once they are kept. Writing them
 * to a connection (the head, {@code Content-Length}) is left out, as the benchmark leaves it out of
 * Flute's side. Methods the router and the raw server's handlers never call throw.
 */
final class BenchServerResponse implements HttpServerResponse {
    private final MultiMap headers = HttpHeaders.headers();
    private int status = 200;
    private Buffer body;
    private boolean written;
    private Handler<Void> headersEndHandler;
    private Handler<Void> bodyEndHandler;
    private Handler<Void> endHandler;

    /** The body written by {@link #end(Buffer)}, or null while the response is not ended. */
    Buffer body() {
        return body;
    }

    @Override
    public int getStatusCode() {
        return status;
    }

    @Override
    public HttpServerResponse setStatusCode(int statusCode) {
        checkNotWritten();
        status = statusCode;
        return this;
    }

    @Override
    public MultiMap headers() {
        return headers;
    }

    @Override
    public HttpServerResponse putHeader(CharSequence name, CharSequence value) {
        checkNotWritten();
        headers.set(name, value);
        return this;
    }

    @Override
    public Future<Void> end(Buffer chunk) {
        checkNotWritten();
        if (headersEndHandler != null) headersEndHandler.handle(null);
        written = true;
        body = chunk;
        if (bodyEndHandler != null) bodyEndHandler.handle(null);
        if (endHandler != null) endHandler.handle(null);
        return Future.succeededFuture();
    }

    @Override
    public boolean ended() {
        return written;
    }

    @Override
    public boolean closed() {
        return false;
    }

    @Override
    public boolean headWritten() {
        return written;
    }

    @Override
    public HttpServerResponse headersEndHandler(Handler<Void> handler) {
        headersEndHandler = handler;
        return this;
    }

    @Override
    public HttpServerResponse bodyEndHandler(Handler<Void> handler) {
        bodyEndHandler = handler;
        return this;
    }

    @Override
    public HttpServerResponse endHandler(Handler<Void> handler) {
        endHandler = handler;
        return this;
    }

    private void checkNotWritten() {
        if (written) throw new IllegalStateException("Response has already been written");
    }

    // Not used by the router or the raw server's handlers.

    private UnsupportedOperationException unused(String method) {
        return new UnsupportedOperationException(
                "BenchServerResponse." + method + " is not implemented: the benchmarked router did not use it");
    }

    @Override
    public HttpServerResponse exceptionHandler(Handler<Throwable> handler) {
        throw unused("exceptionHandler");
    }

    @Override
    public HttpServerResponse closeHandler(Handler<Void> handler) {
        throw unused("closeHandler");
    }

    @Override
    public HttpServerResponse setWriteQueueMaxSize(int maxSize) {
        throw unused("setWriteQueueMaxSize");
    }

    @Override
    public boolean writeQueueFull() {
        throw unused("writeQueueFull");
    }

    @Override
    public HttpServerResponse drainHandler(Handler<Void> handler) {
        throw unused("drainHandler");
    }

    @Override
    public String getStatusMessage() {
        throw unused("getStatusMessage");
    }

    @Override
    public HttpServerResponse setStatusMessage(String statusMessage) {
        throw unused("setStatusMessage");
    }

    @Override
    public HttpServerResponse setChunked(boolean chunked) {
        throw unused("setChunked");
    }

    @Override
    public boolean isChunked() {
        throw unused("isChunked");
    }

    @Override
    public HttpServerResponse putHeader(String name, String value) {
        throw unused("putHeader(String, String)");
    }

    @Override
    public HttpServerResponse putHeader(String name, Iterable<String> values) {
        throw unused("putHeader(String, Iterable)");
    }

    @Override
    public HttpServerResponse putHeader(CharSequence name, Iterable<CharSequence> values) {
        throw unused("putHeader(CharSequence, Iterable)");
    }

    @Override
    public MultiMap trailers() {
        throw unused("trailers");
    }

    @Override
    public HttpServerResponse putTrailer(String name, String value) {
        throw unused("putTrailer");
    }

    @Override
    public HttpServerResponse putTrailer(CharSequence name, CharSequence value) {
        throw unused("putTrailer");
    }

    @Override
    public HttpServerResponse putTrailer(String name, Iterable<String> values) {
        throw unused("putTrailer");
    }

    @Override
    public HttpServerResponse putTrailer(CharSequence name, Iterable<CharSequence> value) {
        throw unused("putTrailer");
    }

    @Override
    public Future<Void> write(Buffer data) {
        throw unused("write");
    }

    @Override
    public Future<Void> writeHead() {
        throw unused("writeHead");
    }

    @Override
    public Future<Void> write(String chunk, String enc) {
        throw unused("write");
    }

    @Override
    public Future<Void> write(String chunk) {
        throw unused("write");
    }

    @Override
    public Future<Void> writeContinue() {
        throw unused("writeContinue");
    }

    @Override
    public Future<Void> writeEarlyHints(MultiMap headers) {
        throw unused("writeEarlyHints");
    }

    @Override
    public Future<Void> end(String chunk) {
        throw unused("end(String)");
    }

    @Override
    public Future<Void> end(String chunk, String enc) {
        throw unused("end(String, String)");
    }

    @Override
    public Future<Void> end() {
        throw unused("end()");
    }

    @Override
    public Future<Void> sendFile(String filename, long offset, long length) {
        throw unused("sendFile");
    }

    @Override
    public Future<Void> sendFile(FileChannel channel, long offset, long length) {
        throw unused("sendFile");
    }

    @Override
    public Future<Void> sendFile(RandomAccessFile file, long offset, long length) {
        throw unused("sendFile");
    }

    @Override
    public long bytesWritten() {
        throw unused("bytesWritten");
    }

    @Override
    public int streamId() {
        throw unused("streamId");
    }

    @Override
    public Future<HttpServerResponse> push(HttpMethod method, HostAndPort authority, String path, MultiMap headers) {
        throw unused("push");
    }

    @Override
    public Future<Void> reset(long code) {
        throw unused("reset");
    }

    @Override
    public Future<Void> writeCustomFrame(int type, int flags, Buffer payload) {
        throw unused("writeCustomFrame");
    }

    @Override
    public HttpServerResponse addCookie(Cookie cookie) {
        throw unused("addCookie");
    }

    @Override
    public Cookie removeCookie(String name, boolean invalidate) {
        throw unused("removeCookie");
    }

    @Override
    public Set<Cookie> removeCookies(String name, boolean invalidate) {
        throw unused("removeCookies");
    }

    @Override
    public Cookie removeCookie(String name, String domain, String path, boolean invalidate) {
        throw unused("removeCookie");
    }
}
