package dev.flute.bench.jmh;

import io.netty.handler.codec.DecoderResult;
import io.vertx.core.Future;
import io.vertx.core.Handler;
import io.vertx.core.MultiMap;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.Cookie;
import io.vertx.core.http.HttpConnection;
import io.vertx.core.http.HttpFrame;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerFileUpload;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpVersion;
import io.vertx.core.http.ServerWebSocket;
import io.vertx.core.http.StreamPriority;
import io.vertx.core.http.impl.HttpUtils;
import io.vertx.core.internal.ContextInternal;
import io.vertx.core.internal.http.HttpServerRequestInternal;
import io.vertx.core.net.HostAndPort;
import io.vertx.core.net.NetSocket;
import io.vertx.core.net.impl.HostAndPortImpl;
import java.nio.charset.StandardCharsets;
import java.util.Set;

/**
 * An HTTP/1.1 request held in memory, for Vert.x Web's {@code Router}: what {@code RouterImpl},
 * {@code RoutingContextImpl}, {@code RouteState}, {@code BodyHandler} and the raw server's handlers
 * read of a request (Vert.x Web 5.0.7), answered as Vert.x's own {@code Http1xServerRequest} does:
 * path and query as Vert.x hands them over (like {@link BenchRequest}), the parameters decoded
 * lazily from the URI, the authority checked from {@code Host}. The body, when there is one, is
 * handed over in one chunk when a reader resumes the request or, as from a socket, once the
 * request's head has been handled ({@link #bodyArrives()}). Everything else
 * throws, so that a Vert.x change that starts using it shows up instead of being answered wrongly.
 */
final class BenchServerRequest extends HttpServerRequestInternal {
    private final HttpMethod method;
    private final String uri;
    private final String path;
    private final String query;
    private final MultiMap headers;
    private Buffer body;
    private final BenchServerResponse response = new BenchServerResponse();
    private MultiMap params;
    private boolean paramsSemicolonIsNormalChar;
    private Handler<Buffer> dataHandler;
    private Handler<Void> endHandler;
    private boolean ended;

    /**
     * @param uri the request target as sent, {@code path} and {@code query} its two parts
     * @param body the whole body, or null for none
     */
    BenchServerRequest(HttpMethod method, String uri, String path, String query, MultiMap headers, Buffer body) {
        this.method = method;
        this.uri = uri;
        this.path = path;
        this.query = query;
        this.headers = headers;
        this.body = body;
        this.ended = body == null;
    }

    @Override
    public BenchServerResponse response() {
        return response;
    }

    @Override
    public HttpMethod method() {
        return method;
    }

    @Override
    public HttpVersion version() {
        return HttpVersion.HTTP_1_1;
    }

    @Override
    public String uri() {
        return uri;
    }

    @Override
    public String path() {
        return path;
    }

    @Override
    public String query() {
        return query;
    }

    @Override
    public MultiMap headers() {
        return headers;
    }

    @Override
    public boolean isValidAuthority() {
        String host = headers.get(HttpHeaders.HOST);
        return host != null && HostAndPortImpl.isValidAuthority(host);
    }

    /** Decoded once per request, as Vert.x does for the path parameters a route adds. */
    @Override
    public MultiMap params(boolean semicolonIsNormalChar) {
        if (params == null || semicolonIsNormalChar != paramsSemicolonIsNormalChar) {
            params = HttpUtils.params(uri, StandardCharsets.UTF_8, semicolonIsNormalChar);
            paramsSemicolonIsNormalChar = semicolonIsNormalChar;
        }
        return params;
    }

    @Override
    public String getParamsCharset() {
        return StandardCharsets.UTF_8.name();
    }

    /** Vert.x's metrics hook; there are none here, as in the bench servers. */
    @Override
    public HttpServerRequest routed(String route) {
        return this;
    }

    // The body: BodyHandler sets its handlers, then resumes the request.

    @Override
    public HttpServerRequest handler(Handler<Buffer> handler) {
        if (handler != null && ended) throw new IllegalStateException("Request has already been read");
        dataHandler = handler;
        return this;
    }

    @Override
    public HttpServerRequest endHandler(Handler<Void> handler) {
        if (handler != null && ended) throw new IllegalStateException("Request has already been read");
        endHandler = handler;
        return this;
    }

    /** Never called: a body already in memory cannot fail to arrive. */
    @Override
    public HttpServerRequest exceptionHandler(Handler<Throwable> handler) {
        return this;
    }

    @Override
    public HttpServerRequest resume() {
        return fetch(Long.MAX_VALUE);
    }

    @Override
    public HttpServerRequest fetch(long amount) {
        if (amount > 0) bodyArrives();
        return this;
    }

    /**
     * The rest of the request reaching the server, as Vert.x hands it over from the socket once the
     * request handler has returned: the body to the data handler set by then, then the end. Nothing
     * when it has arrived already.
     */
    void bodyArrives() {
        if (ended) return;
        Buffer chunk = body;
        body = null;
        ended = true;
        if (dataHandler != null) dataHandler.handle(chunk);
        if (endHandler != null) endHandler.handle(null);
    }

    @Override
    public boolean isEnded() {
        return ended;
    }

    @Override
    public boolean isExpectMultipart() {
        return false;
    }

    // Not used by the router, BodyHandler (without uploads) or the raw server's handlers.

    private UnsupportedOperationException unused(String method) {
        return new UnsupportedOperationException(
                "BenchServerRequest." + method + " is not implemented: the benchmarked router did not use it");
    }

    @Override
    public HttpServerRequest pause() {
        throw unused("pause");
    }

    @Override
    public String scheme() {
        throw unused("scheme");
    }

    @Override
    public HostAndPort authority() {
        throw unused("authority");
    }

    @Override
    public HostAndPort authority(boolean real) {
        throw unused("authority");
    }

    @Override
    public long bytesRead() {
        throw unused("bytesRead");
    }

    @Override
    public HttpServerRequest setParamsCharset(String charset) {
        throw unused("setParamsCharset");
    }

    @Override
    public String absoluteURI() {
        throw unused("absoluteURI");
    }

    @Override
    public Future<Buffer> body() {
        throw unused("body");
    }

    @Override
    public Future<Void> end() {
        throw unused("end");
    }

    @Override
    public Future<NetSocket> toNetSocket() {
        throw unused("toNetSocket");
    }

    @Override
    public HttpServerRequest setExpectMultipart(boolean expect) {
        throw unused("setExpectMultipart");
    }

    @Override
    public HttpServerRequest uploadHandler(Handler<HttpServerFileUpload> uploadHandler) {
        throw unused("uploadHandler");
    }

    @Override
    public MultiMap formAttributes() {
        throw unused("formAttributes");
    }

    @Override
    public String getFormAttribute(String attributeName) {
        throw unused("getFormAttribute");
    }

    @Override
    public Future<ServerWebSocket> toWebSocket() {
        throw unused("toWebSocket");
    }

    @Override
    public HttpServerRequest customFrameHandler(Handler<HttpFrame> handler) {
        throw unused("customFrameHandler");
    }

    @Override
    public HttpConnection connection() {
        throw unused("connection");
    }

    @Override
    public HttpServerRequest streamPriorityHandler(Handler<StreamPriority> handler) {
        throw unused("streamPriorityHandler");
    }

    @Override
    public DecoderResult decoderResult() {
        throw unused("decoderResult");
    }

    @Override
    public Cookie getCookie(String name) {
        throw unused("getCookie");
    }

    @Override
    public Cookie getCookie(String name, String domain, String path) {
        throw unused("getCookie");
    }

    @Override
    public Set<Cookie> cookies(String name) {
        throw unused("cookies");
    }

    @Override
    public Set<Cookie> cookies() {
        throw unused("cookies");
    }

    @Override
    public ContextInternal context() {
        throw unused("context");
    }

    @Override
    public Object metric() {
        throw unused("metric");
    }
}
