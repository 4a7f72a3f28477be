package dev.flute.dsl.testing;

import dev.flute.dsl.http.HttpError;
import dev.flute.dsl.http.QueryParams;
import dev.flute.dsl.http.QueryString;
import dev.flute.dsl.http.Request;
import io.vertx.core.Future;
import io.vertx.core.MultiMap;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;

/** A request built by the test client, parsed the way the server parses one. */
record InMemoryRequest(HttpMethod method, String path, String rawQuery, MultiMap headers, Buffer content)
        implements Request {

    static InMemoryRequest of(HttpMethod method, String uri, MultiMap headers, Buffer body) {
        int q = uri.indexOf('?');
        String path = q < 0 ? uri : uri.substring(0, q);
        String query = q < 0 ? null : uri.substring(q + 1);
        return new InMemoryRequest(method, path, query, headers, body);
    }

    @Override
    public QueryParams queryParams() {
        return QueryString.parse(rawQuery);
    }

    @Override
    public Future<Buffer> body(long maxBytes) {
        if (content != null && content.length() > maxBytes) return Future.failedFuture(new HttpError(413));
        return Future.succeededFuture(content);
    }

    @Override
    public String origin() {
        String host = headers.get("host");
        return "http://" + (host == null ? "testserver" : host);
    }
}
