package dev.flute.dsl.http;

import io.vertx.core.Future;
import io.vertx.core.MultiMap;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.streams.ReadStream;

/**
 * The request as Flute's pipeline sees it, whether it came from Vert.x or from the in-memory test
 * client. Values are as received: the path is still percent-encoded, the query is decoded.
 */
public interface Request {

    HttpMethod method();

    /**
     * The path below the API's mount point, percent-encoded ({@code /items/a%20b}): as received, or
     * as the host's router normalized it when the API is mounted in one.
     */
    String path();

    /** The query string as received (without {@code ?}), or null when there is none. */
    String rawQuery();

    /** The query parameters, decoded, in order, repeated keys kept. */
    QueryParams queryParams();

    /** The headers; names are case-insensitive. */
    MultiMap headers();

    /**
     * Reads the whole body, refusing more than {@code maxBytes} with 413 (before reading when the
     * Content-Length says so). Only routes that have a body input call it.
     */
    Future<Buffer> body(long maxBytes);

    /**
     * The body as a stream read with back-pressure: how forms and uploads are read without holding
     * the body in memory. The caller sets its handlers, then resumes it; it counts the bytes and
     * stops at its own limit. This default streams {@link #body(long)}, for requests whose body is
     * in memory anyway; the Vert.x request streams from the socket.
     */
    default ReadStream<Buffer> bodyStream(long maxBytes) {
        return BufferStream.of(body(maxBytes));
    }

    /** {@code scheme://host[:port]} as the client addressed the server, for redirects. */
    String origin();

    /** The path the API is mounted under in its host router ({@code ""} when it is the root). */
    default String mountPoint() {
        return "";
    }

    /**
     * The template of the route serving this request, as OpenAPI writes it ({@code /items/{item_id}}),
     * once routing found one; null before, and for requests no route matches. Access logs and
     * metrics label requests by it.
     */
    default String route() {
        return null;
    }

    /**
     * What the server received this request as, when it is of {@code type}; null otherwise. Served
     * from a host Vert.x {@code Router}, the request unwraps to its {@code RoutingContext} (read it
     * through {@code dev.flute.dsl.vertx.Host}). A request that wraps another delegates this.
     */
    default <T> T unwrap(Class<T> type) {
        return null;
    }

    /** The value of a cookie, or null; parsed from the {@code Cookie} header like Starlette. */
    default String cookie(String name) {
        return Cookies.parse(headers().getAll("cookie")).get(name);
    }
}
