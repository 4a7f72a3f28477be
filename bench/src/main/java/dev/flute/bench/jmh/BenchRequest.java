package dev.flute.bench.jmh;

import dev.flute.dsl.http.QueryParams;
import dev.flute.dsl.http.QueryString;
import dev.flute.dsl.http.Request;
import io.vertx.core.Future;
import io.vertx.core.MultiMap;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;

/**
 * A request held in memory, shaped like Flute's Vert.x adapter: the path, query and headers as
 * Vert.x hands them over (already parsed off the wire), the query parameters parsed lazily once,
 * the body already collected. One is created per benchmarked request, as the adapter is.
 */
final class BenchRequest implements Request {
    private final HttpMethod method;
    private final String path;
    private final String query;
    private final MultiMap headers;
    private final Buffer body;
    private QueryParams queryParams;

    BenchRequest(HttpMethod method, String path, String query, MultiMap headers, Buffer body) {
        this.method = method;
        this.path = path;
        this.query = query;
        this.headers = headers;
        this.body = body;
    }

    @Override
    public HttpMethod method() {
        return method;
    }

    @Override
    public String path() {
        return path;
    }

    @Override
    public String rawQuery() {
        return query;
    }

    @Override
    public QueryParams queryParams() {
        if (queryParams == null) queryParams = QueryString.parse(query);
        return queryParams;
    }

    @Override
    public MultiMap headers() {
        return headers;
    }

    @Override
    public Future<Buffer> body(long maxBytes) {
        return Future.succeededFuture(body);
    }

    @Override
    public String origin() {
        return "http://127.0.0.1";
    }
}
