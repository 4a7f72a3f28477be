package dev.flute.dsl.http;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.streams.ReadStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * An HTTP response as an immutable value. A handler returns one when it needs more than its value
 * with the route's status: another status, headers, cookies.
 *
 * <pre>{@code
 * route(PUT, "/items/<id>").param(path("id", str())).param(body(ITEM)).returns(ITEM)
 *     .respond((id, item) -> Response.ok(item).status(created ? 201 : 200).header("X-Created", "1"));
 * }</pre>
 *
 * <p>{@code B} is the type of the value the response carries before it is encoded: in a route that
 * declares its output ({@code .returns(...)}), the value is encoded by that output, so javac checks
 * that it is the declared type. Responses made of bytes already ({@link #text}, {@link #of(Object,
 * String)}, {@link #stream}, {@link #file}...) are for routes without a declared output,
 * middleware and exception handlers; their {@code B} is {@code Object}.
 *
 * <p>Text media types get {@code ; charset=utf-8}, as Starlette adds it.
 *
 * @param <B> the value carried, before encoding
 */
public final class Response<B> {
    /** How the body is held until it is written. */
    public enum Kind {
        /** No body. */
        EMPTY,
        /** A value not encoded yet: by the route's declared output, else as JSON. */
        VALUE,
        /** Bytes, written as they are. */
        RAW,
        /** A websocket handshake to accept; the body is the {@link WebSocketSession}. */
        UPGRADE,
        /** Bytes produced while they are sent; the body is a {@link StreamBody}. */
        STREAM,
        /** Decided when it is written (a file: its size, the range asked for); see {@link #resolve}. */
        DEFERRED
    }

    /** The status of {@link #ok}: the route's success status, decided where the response is encoded. */
    private static final int UNSET = 0;

    private final int status;
    private final List<Map.Entry<String, String>> headers;
    private final Kind kind;
    private final Object body;
    private final String mediaType;

    private Response(int status, List<Map.Entry<String, String>> headers, Kind kind, Object body, String mediaType) {
        this.status = status;
        this.headers = headers;
        this.kind = kind;
        this.body = body;
        this.mediaType = mediaType;
    }

    /**
     * A response carrying {@code value} with the route's success status unless {@link #status}
     * changes it, encoded by the route's declared output: in a route that {@code .returns(ITEM)},
     * javac checks that the value is an item.
     */
    public static <B> Response<B> ok(B value) {
        return new Response<>(UNSET, List.of(), Kind.VALUE, value, "application/json");
    }

    /**
     * A JSON response of any value, status 200 unless changed (as FastAPI's {@code JSONResponse},
     * it does not take the route's status), for routes without a declared output.
     */
    public static Response<Object> json(Object value) {
        return new Response<>(200, List.of(), Kind.VALUE, value, "application/json");
    }

    /** A body of text or bytes with its media type ({@code "application/xml"}, {@code "text/csv"}). */
    public static Response<Object> of(Object content, String mediaType) {
        return new Response<>(200, List.of(), Kind.RAW, toBuffer(content), withCharset(mediaType));
    }

    /** Plain text, {@code text/plain; charset=utf-8}. */
    public static Response<Object> text(String text) {
        return of(text, "text/plain");
    }

    /** An HTML page, {@code text/html; charset=utf-8}. */
    public static Response<Object> html(String html) {
        return of(html, "text/html");
    }

    /** Accepts a websocket handshake and runs the session (used by websocket routes). */
    public static Response<Object> upgrade(WebSocketSession session) {
        return new Response<>(101, List.of(), Kind.UPGRADE, session, null);
    }

    /**
     * Bytes sent as they come (Starlette's {@code StreamingResponse}), chunked, with back-pressure:
     * the stream is paused while the client is slow.
     *
     * <pre>{@code return Response.stream(vertx.fileSystem().openBlocking(...), "text/csv");}</pre>
     */
    public static Response<Object> stream(ReadStream<Buffer> body, String mediaType) {
        return stream(StreamBody.of(body), mediaType);
    }

    /** Bytes produced by {@code body} once the response is written. */
    public static Response<Object> stream(StreamBody body, String mediaType) {
        return new Response<>(200, List.of(), Kind.STREAM, body, withCharset(mediaType));
    }

    /**
     * Server-Sent Events, FastAPI's {@code EventSourceResponse}: {@code text/event-stream} with
     * {@code Cache-Control: no-cache}; each value is sent as {@code data:} JSON, a
     * {@link ServerSentEvent} with its fields; a {@code : ping} comment goes out every 15 seconds
     * the stream is idle.
     */
    public static Response<Object> sse(ReadStream<?> events) {
        return sse(events, ItemStreamBody.UNDECLARED);
    }

    /** Server-Sent Events from values at hand (the iterator must not block). */
    public static Response<Object> sse(Iterable<?> events) {
        return sse(context -> new IterableStream<>(context, events.iterator()), ItemStreamBody.KEEP_ALIVE_MILLIS);
    }

    /** Server-Sent Events whose items' JSON {@code itemJson} writes (a route's declared item type does). */
    public static Response<Object> sse(ReadStream<?> events, java.util.function.Function<Object, String> itemJson) {
        return sse(context -> events, ItemStreamBody.KEEP_ALIVE_MILLIS, itemJson);
    }

    static Response<Object> sse(
            java.util.function.Function<io.vertx.core.Context, ReadStream<?>> events, long keepAliveMillis) {
        return sse(events, keepAliveMillis, ItemStreamBody.UNDECLARED);
    }

    private static Response<Object> sse(
            java.util.function.Function<io.vertx.core.Context, ReadStream<?>> events,
            long keepAliveMillis,
            java.util.function.Function<Object, String> itemJson) {
        var body = new ItemStreamBody(events, ItemStreamBody.Format.EVENT_STREAM, keepAliveMillis, itemJson);
        return stream(body, "text/event-stream")
                .header("cache-control", "no-cache")
                .header("x-accel-buffering", "no");
    }

    /** JSON Lines, {@code application/jsonl}: one JSON document per value, each on its own line. */
    public static Response<Object> jsonLines(ReadStream<?> items) {
        return jsonLines(items, ItemStreamBody.UNDECLARED);
    }

    /** JSON Lines whose items' JSON {@code itemJson} writes (a route's declared item type does). */
    public static Response<Object> jsonLines(
            ReadStream<?> items, java.util.function.Function<Object, String> itemJson) {
        return stream(
                new ItemStreamBody(context -> items, ItemStreamBody.Format.JSON_LINES, 0, itemJson),
                "application/jsonl");
    }

    /** JSON Lines from values at hand (the iterator must not block). */
    public static Response<Object> jsonLines(Iterable<?> items) {
        return stream(
                new ItemStreamBody(
                        context -> new IterableStream<>(context, items.iterator()),
                        ItemStreamBody.Format.JSON_LINES,
                        0,
                        ItemStreamBody.UNDECLARED),
                "application/jsonl");
    }

    /**
     * A file (Starlette's {@code FileResponse}), read without blocking the event loop, its media type
     * guessed from its name. Ranges are not honoured: see {@link #file(Path, Request)}.
     */
    public static Response<Object> file(Path path) {
        return new Response<>(
                200,
                List.of(),
                Kind.DEFERRED,
                new FileBody(path, null, null, false),
                withCharset(FileBody.guessType(path)));
    }

    /**
     * A file answering this request's {@code Range} and {@code If-Range} headers (206, multipart
     * ranges, 416), and only its headers to a HEAD request.
     *
     * <pre>{@code route(GET, "/video").param(request()).handle(req -> Response.file(VIDEO, req))}</pre>
     */
    public static Response<Object> file(Path path, Request request) {
        var body = new FileBody(
                path,
                request.headers().get("range"),
                request.headers().get("if-range"),
                request.method() == io.vertx.core.http.HttpMethod.HEAD);
        return new Response<>(200, List.of(), Kind.DEFERRED, body, withCharset(FileBody.guessType(path)));
    }

    /**
     * The response to write: this one, or for a {@link Kind#DEFERRED} one the response it turns into
     * (with this one's headers added). The Vert.x writer and the test client call it.
     */
    public Future<Response<?>> resolve(Vertx vertx) {
        if (kind != Kind.DEFERRED) return Future.succeededFuture(this);
        return ((FileBody) body).resolve(vertx, this);
    }

    /** A response without a body. */
    public static Response<Object> empty(int status) {
        return new Response<>(status, List.of(), Kind.EMPTY, null, null);
    }

    /** A redirect, 307 by default like Starlette's {@code RedirectResponse}. */
    public static Response<Object> redirect(String location) {
        return empty(307).header("location", location);
    }

    public Response<B> status(int status) {
        return new Response<>(status, headers, kind, body, mediaType);
    }

    /**
     * A copy with one more header; headers may repeat ({@code set-cookie}). A name that is not a
     * token or a value holding a control character (CR, LF, NUL) is refused here.
     */
    public Response<B> header(String name, String value) {
        HeaderValues.check(name, value);
        var next = new ArrayList<Map.Entry<String, String>>(headers.size() + 1);
        next.addAll(headers);
        next.add(Map.entry(name, value));
        return new Response<>(status, List.copyOf(next), kind, body, mediaType);
    }

    /** A copy with these headers added. */
    public Response<B> headers(List<Map.Entry<String, String>> more) {
        if (more.isEmpty()) return this;
        for (var h : more) HeaderValues.check(h.getKey(), h.getValue());
        var next = new ArrayList<Map.Entry<String, String>>(headers.size() + more.size());
        next.addAll(headers);
        next.addAll(more);
        return new Response<>(status, List.copyOf(next), kind, body, mediaType);
    }

    /** A copy that sets a cookie. */
    public Response<B> cookie(Cookie cookie) {
        return header("set-cookie", cookie.encode());
    }

    /** A copy with another media type (the body is unchanged). */
    public Response<B> mediaType(String mediaType) {
        return new Response<>(status, headers, kind, body, withCharset(mediaType));
    }

    /** The status sent: as set, else 200. */
    public int status() {
        return status == UNSET ? 200 : status;
    }

    /** False for {@link #ok} without {@link #status}: the route's success status applies. */
    public boolean hasStatus() {
        return status != UNSET;
    }

    public List<Map.Entry<String, String>> headers() {
        return headers;
    }

    /** The first value of a header, ignoring case, or null. */
    public String header(String name) {
        for (var h : headers) if (h.getKey().equalsIgnoreCase(name)) return h.getValue();
        return null;
    }

    public Kind kind() {
        return kind;
    }

    /**
     * The value of a {@link Kind#VALUE} response, the {@link Buffer} of a raw one, the
     * {@link StreamBody} of a streamed one, or null.
     */
    public Object body() {
        return body;
    }

    /** The {@code content-type} to send, or null for none. */
    public String mediaType() {
        return mediaType;
    }

    private static Buffer toBuffer(Object content) {
        if (content instanceof Buffer b) return b;
        if (content instanceof byte[] bytes) return Buffer.buffer(bytes);
        if (content instanceof CharSequence text)
            return Buffer.buffer(text.toString().getBytes(StandardCharsets.UTF_8));
        if (content == null) return Buffer.buffer();
        throw new IllegalArgumentException("a raw body is text, byte[] or Buffer, not "
                + content.getClass().getName());
    }

    private static String withCharset(String mediaType) {
        if (mediaType == null) return null;
        boolean text = mediaType.startsWith("text/");
        return text && !mediaType.contains("charset") ? mediaType + "; charset=utf-8" : mediaType;
    }

    @Override
    public String toString() {
        return "Response[" + status + " " + mediaType + " " + headers + "]";
    }
}
