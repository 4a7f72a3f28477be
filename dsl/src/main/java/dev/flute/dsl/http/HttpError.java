package dev.flute.dsl.http;

import java.util.List;
import java.util.Map;

/**
 * FastAPI's {@code HTTPException}: stops the request with a status and a {@code {"detail": ...}}
 * body. The detail may be any JSON value. It is control flow, so it has no stack trace.
 *
 * <pre>{@code throw new HttpError(404, "Item not found");}</pre>
 *
 * <p>An error may carry a whole body instead of a detail ({@link #body(Object)}, or typed through
 * a route's declared {@code ErrorOutput}): the route's output for that status encodes it.
 */
public class HttpError extends RuntimeException {
    private final int status;
    private final Object detail;
    private final List<Map.Entry<String, String>> headers;
    private final Object body;

    public HttpError(int status, Object detail, List<Map.Entry<String, String>> headers) {
        this(status, detail, headers, null);
    }

    private HttpError(int status, Object detail, List<Map.Entry<String, String>> headers, Object body) {
        super(status + " " + detail, null, false, false);
        for (var h : headers) HeaderValues.check(h.getKey(), h.getValue());
        this.status = status;
        this.detail = detail;
        this.headers = List.copyOf(headers);
        this.body = body;
    }

    public HttpError(int status, Object detail) {
        this(status, detail, List.of());
    }

    /** An error whose detail is the status' standard phrase ({@code "Not Found"}). */
    public HttpError(int status) {
        this(status, Status.phrase(status));
    }

    /** A copy with one more response header ({@code WWW-Authenticate}, {@code X-Error}). */
    public HttpError header(String name, String value) {
        var next = new java.util.ArrayList<>(headers);
        next.add(Map.entry(name, value));
        return new HttpError(status, detail, next, body);
    }

    /**
     * A copy whose response body is {@code body} in place of {@code {"detail": ...}}, encoded by the
     * route's declared output for this status (as JSON when it declares none).
     */
    public HttpError body(Object body) {
        if (body == null) throw new IllegalArgumentException("an error body cannot be null; use the detail");
        return new HttpError(status, detail, headers, body);
    }

    public int status() {
        return status;
    }

    public Object detail() {
        return detail;
    }

    public List<Map.Entry<String, String>> headers() {
        return headers;
    }

    /** The body sent in place of {@code {"detail": ...}}, or null. */
    public Object body() {
        return body;
    }
}
