package dev.flute.dsl.http;

import io.vertx.core.buffer.Buffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * An HTTP response as an immutable value. A handler returns one when it needs more than a JSON body
 * with the route's status: another status, headers, cookies, a media type, raw bytes.
 *
 * <pre>{@code
 * return Response.json(item).status(201).header("X-Created", "1");
 * return Response.of(xml, "application/xml");
 * }</pre>
 *
 * <p>Text media types get {@code ; charset=utf-8}, as Starlette adds it.
 */
public final class Response {
    /** How the body is held until it is written. */
    public enum Kind {
        /** No body. */
        EMPTY,
        /** A Java value, encoded as JSON when written. */
        JSON,
        /** Bytes, written as they are. */
        RAW
    }

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

    /** A JSON response (status 200 unless changed) of any value Jackson can write. */
    public static Response json(Object value) {
        return new Response(200, List.of(), Kind.JSON, value, "application/json");
    }

    /** A body of text or bytes with its media type ({@code "application/xml"}, {@code "text/csv"}). */
    public static Response of(Object content, String mediaType) {
        return new Response(200, List.of(), Kind.RAW, toBuffer(content), withCharset(mediaType));
    }

    /** Plain text, {@code text/plain; charset=utf-8}. */
    public static Response text(String text) {
        return of(text, "text/plain");
    }

    /** An HTML page, {@code text/html; charset=utf-8}. */
    public static Response html(String html) {
        return of(html, "text/html");
    }

    /** A response without a body. */
    public static Response empty(int status) {
        return new Response(status, List.of(), Kind.EMPTY, null, null);
    }

    /** A redirect, 307 by default like Starlette's {@code RedirectResponse}. */
    public static Response redirect(String location) {
        return empty(307).header("location", location);
    }

    public Response status(int status) {
        return new Response(status, headers, kind, body, mediaType);
    }

    /** A copy with one more header; headers may repeat ({@code set-cookie}). */
    public Response header(String name, String value) {
        var next = new ArrayList<Map.Entry<String, String>>(headers.size() + 1);
        next.addAll(headers);
        next.add(Map.entry(name, value));
        return new Response(status, List.copyOf(next), kind, body, mediaType);
    }

    /** A copy with these headers added. */
    public Response headers(List<Map.Entry<String, String>> more) {
        if (more.isEmpty()) return this;
        var next = new ArrayList<Map.Entry<String, String>>(headers.size() + more.size());
        next.addAll(headers);
        next.addAll(more);
        return new Response(status, List.copyOf(next), kind, body, mediaType);
    }

    /** A copy that sets a cookie. */
    public Response cookie(Cookie cookie) {
        return header("set-cookie", cookie.encode());
    }

    /** A copy with another media type (the body is unchanged). */
    public Response mediaType(String mediaType) {
        return new Response(status, headers, kind, body, withCharset(mediaType));
    }

    public int status() {
        return status;
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

    /** The Java value of a JSON response, the {@link Buffer} of a raw one, or null. */
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
