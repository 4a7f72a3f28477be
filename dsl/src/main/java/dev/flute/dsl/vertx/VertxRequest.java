package dev.flute.dsl.vertx;

import dev.flute.dsl.http.QueryParams;
import dev.flute.dsl.http.QueryString;
import dev.flute.dsl.http.Request;
import io.vertx.core.Future;
import io.vertx.core.MultiMap;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.streams.ReadStream;

/** A Vert.x request seen through Flute's {@link Request}; nothing is copied. */
final class VertxRequest implements Request {
    private final HttpServerRequest request;
    private final String path;
    private final String mountPoint;
    private QueryParams queryParams;

    VertxRequest(HttpServerRequest request, String path, String mountPoint) {
        this.request = request;
        this.path = path;
        this.mountPoint = mountPoint;
    }

    @Override
    public HttpMethod method() {
        return request.method();
    }

    @Override
    public String path() {
        return path;
    }

    @Override
    public String rawQuery() {
        return request.query();
    }

    @Override
    public QueryParams queryParams() {
        if (queryParams == null) queryParams = QueryString.parse(request.query());
        return queryParams;
    }

    @Override
    public MultiMap headers() {
        return request.headers();
    }

    @Override
    public Future<Buffer> body(long maxBytes) {
        return BodyCollector.collect(request, maxBytes);
    }

    /** The socket itself, with its back-pressure; {@code 100 Continue} is sent now that the body is wanted. */
    @Override
    public ReadStream<Buffer> bodyStream(long maxBytes) {
        return StreamedBody.of(request, maxBytes);
    }

    @Override
    public String origin() {
        String scheme = request.scheme() == null ? "http" : request.scheme();
        var authority = request.authority();
        return scheme + "://" + (authority == null ? "localhost" : authority.toString());
    }

    @Override
    public String mountPoint() {
        return mountPoint;
    }
}
