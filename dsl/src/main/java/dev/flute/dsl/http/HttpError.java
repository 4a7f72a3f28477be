package dev.flute.dsl.http;

import java.util.List;
import java.util.Map;

/**
 * FastAPI's {@code HTTPException}: stops the request with a status and a {@code {"detail": ...}}
 * body. The detail may be any JSON value. It is control flow, so it has no stack trace.
 *
 * <pre>{@code throw new HttpError(404, "Item not found");}</pre>
 */
public class HttpError extends RuntimeException {
    private final int status;
    private final Object detail;
    private final List<Map.Entry<String, String>> headers;

    public HttpError(int status, Object detail, List<Map.Entry<String, String>> headers) {
        super(status + " " + detail, null, false, false);
        for (var h : headers) HeaderValues.check(h.getKey(), h.getValue());
        this.status = status;
        this.detail = detail;
        this.headers = List.copyOf(headers);
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
        return new HttpError(status, detail, next);
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
}
