package dev.flute.client;

import dev.flute.dsl.ErrorOutput;
import dev.flute.dsl.Json;
import dev.flute.dsl.Output;
import dev.flute.dsl.http.Status;
import dev.flute.dsl.http.ValidationError;
import io.vertx.core.MultiMap;
import io.vertx.core.buffer.Buffer;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The server answered a call with an error status: the status, the headers and the body, read the
 * way FastAPI writes errors. {@link #detail()} is the {@code {"detail": ...}} value (a string, or the
 * 422 list, also as {@link #validationErrors()}); a status the route documents with a typed output
 * ({@code .error(NOT_FOUND)}) is read by that output ({@link #error(ErrorOutput)}). An undocumented
 * status keeps its raw body.
 *
 * <pre>{@code
 * client.call(READ_ITEM, 42).onFailure(e -> {
 *     if (e instanceof HttpFailure f && f.status() == 404) show(f.detail());              // "Item not found"
 *     if (e instanceof HttpFailure f) f.error(NOT_FOUND).ifPresent(m -> show(m.message())); // a typed error body
 *     if (e instanceof HttpFailure f) f.validationErrors().forEach(v -> mark(v.loc(), v.msg()));
 * });
 * }</pre>
 *
 * <p>It is a value describing an answer, so it has no stack trace.
 */
public final class HttpFailure extends RuntimeException {
    private static final int SHOWN = 300;

    private final String route;
    private final int status;
    private final MultiMap headers;
    private final Buffer body;
    private final Output<?> documented;
    private final Object detail;

    /**
     * @param route the route, {@code GET /items/<id>}
     * @param documented the output the route documents for this status, or null
     */
    HttpFailure(String route, int status, MultiMap headers, Buffer body, Output<?> documented) {
        super(route + " answered " + status + " " + Status.phrase(status) + shown(body), null, false, false);
        this.route = route;
        this.status = status;
        this.headers = headers;
        this.body = body;
        this.documented = documented;
        this.detail = detail(headers, body);
    }

    /** The route called, {@code GET /items/<id>}. */
    public String route() {
        return route;
    }

    public int status() {
        return status;
    }

    /** The answer's headers ({@code WWW-Authenticate}, {@code Retry-After}...); names ignore case. */
    public MultiMap headers() {
        return headers;
    }

    /** The body as received. */
    public Buffer body() {
        return body;
    }

    /** The body as text, in its charset. */
    public String text() {
        return Decoding.text(headers, body);
    }

    /**
     * FastAPI's {@code detail}: the string of an {@code HTTPException}, the 422 list as plain Java,
     * any JSON value an error carries; null when the body has none.
     */
    public Object detail() {
        return detail;
    }

    /** The 422 list of every input error, with Pydantic's {@code type}, {@code loc}, {@code msg}, {@code input}, {@code ctx}; empty otherwise. */
    public List<ValidationError> validationErrors() {
        if (!(detail instanceof List<?> entries)) return List.of();
        var out = new ArrayList<ValidationError>(entries.size());
        for (Object entry : entries) {
            if (!(entry instanceof Map<?, ?> e) || !(e.get("loc") instanceof List<?> loc) || loc.contains(null)) {
                return List.of(); // not FastAPI's list: the detail keeps it as it is
            }
            @SuppressWarnings("unchecked")
            var ctx = e.get("ctx") instanceof Map<?, ?> m ? (Map<String, Object>) m : null;
            out.add(new ValidationError(
                    String.valueOf(e.get("type")),
                    List.copyOf(loc),
                    String.valueOf(e.get("msg")),
                    e.get("input"),
                    ctx));
        }
        return out;
    }

    /**
     * The body read by the output the route documents for this status (a typed error), or null
     * when it documents none.
     *
     * @throws ResponseDecodingError when the body does not fit the documented output
     */
    public Object error() {
        return documented == null ? null : Decoding.body(documented, route, status, headers, body);
    }

    /**
     * The body read as {@code declared} when this answer has its status: the typed body a handler
     * threw with {@code declared.of(body)}.
     *
     * @throws ResponseDecodingError when the status matches but the body does not fit
     */
    @SuppressWarnings("unchecked")
    public <E> Optional<E> error(ErrorOutput<E> declared) {
        if (declared.status() != status) return Optional.empty();
        return Optional.ofNullable((E) Decoding.body(declared.output(), route, status, headers, body));
    }

    private static Object detail(MultiMap headers, Buffer body) {
        if (body.length() == 0 || !Decoding.contentType(headers).contains("json")) return null;
        try {
            Object json = Json.mapper().readValue(body.getBytes(), Object.class);
            return json instanceof Map<?, ?> map ? map.get("detail") : null;
        } catch (IOException notJson) {
            return null;
        }
    }

    private static String shown(Buffer body) {
        if (body.length() == 0) return "";
        String text = body.toString();
        return ": " + (text.length() <= SHOWN ? text : text.substring(0, SHOWN) + "...");
    }
}
