package dev.flute.dsl.http;

import io.vertx.core.Future;
import io.vertx.core.MultiMap;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.streams.ReadStream;
import java.util.Map;

/**
 * A request that passes everything on to another: the base for a middleware that replaces the
 * request, overriding only what changes, so the rest (the route, the server's context) still
 * reaches handlers.
 *
 * <pre>{@code
 * Middleware lowercase = (request, next) -> next.handle(new ForwardingRequest(request) {
 *     public String path() { return request.path().toLowerCase(Locale.ROOT); }
 * });
 * }</pre>
 */
public abstract class ForwardingRequest implements Request {
    private final Request request;

    protected ForwardingRequest(Request request) {
        this.request = request;
    }

    @Override
    public HttpMethod method() {
        return request.method();
    }

    @Override
    public String path() {
        return request.path();
    }

    @Override
    public String rawQuery() {
        return request.rawQuery();
    }

    @Override
    public QueryParams queryParams() {
        return request.queryParams();
    }

    @Override
    public MultiMap headers() {
        return request.headers();
    }

    @Override
    public Future<Buffer> body(long maxBytes) {
        return request.body(maxBytes);
    }

    @Override
    public ReadStream<Buffer> bodyStream(long maxBytes) {
        return request.bodyStream(maxBytes);
    }

    @Override
    public String origin() {
        return request.origin();
    }

    @Override
    public String mountPoint() {
        return request.mountPoint();
    }

    @Override
    public String cookie(String name) {
        return request.cookie(name);
    }

    @Override
    public Map<String, String> cookies() {
        return request.cookies();
    }

    @Override
    public String route() {
        return request.route();
    }

    @Override
    public <T> T unwrap(Class<T> type) {
        return request.unwrap(type);
    }
}
