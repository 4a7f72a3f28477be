package dev.flute.dsl.internal;

import dev.flute.dsl.http.Response;
import dev.flute.dsl.http.Status;
import dev.flute.dsl.http.StreamBody;
import io.vertx.core.MultiMap;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A response ready for the wire: the body encoded, the content type settled, the headers every
 * response carries added. The Vert.x writer and the test client both send this, so they cannot
 * disagree.
 *
 * @param own the response's own headers, in order
 * @param nosniff whether {@code X-Content-Type-Options: nosniff} is added after them
 * @param body the bytes, or null for none
 * @param stream a body produced while it is sent, or null
 */
public record Encoded(
        int status,
        List<Map.Entry<String, String>> own,
        boolean nosniff,
        String contentType,
        Buffer body,
        StreamBody stream) {

    private static final Map.Entry<String, String> NOSNIFF = Map.entry("x-content-type-options", "nosniff");
    private static final CharSequence NOSNIFF_NAME = HttpHeaders.createOptimized(NOSNIFF.getKey());
    private static final CharSequence NOSNIFF_VALUE = HttpHeaders.createOptimized(NOSNIFF.getValue());

    public static Encoded of(Response<?> response) {
        Buffer body = null;
        StreamBody stream = null;
        String contentType = response.mediaType();
        if (Status.allowsBody(response.status())) {
            body = switch (response.kind()) {
                case VALUE -> JsonBuffers.write(response.body());
                case RAW -> (Buffer) response.body();
                case STREAM -> {
                    stream = (StreamBody) response.body();
                    yield null;
                }
                case DEFERRED -> throw new IllegalStateException("resolve() a deferred response before encoding it");
                case EMPTY, UPGRADE -> null;
            };
        } else {
            contentType = null;
        }
        if (response.header("content-type") != null) contentType = null;
        // A browser then never runs a body as another type than the one declared (JSON read as HTML).
        boolean nosniff = response.header(NOSNIFF.getKey()) == null;
        return new Encoded(response.status(), response.headers(), nosniff, contentType, body, stream);
    }

    /** Every header sent, in order, the content type aside. */
    public List<Map.Entry<String, String>> headers() {
        if (!nosniff) return own;
        var headers = new ArrayList<Map.Entry<String, String>>(own.size() + 1);
        headers.addAll(own);
        headers.add(NOSNIFF);
        return headers;
    }

    /** Adds {@link #headers()} and the content type to a Vert.x response's headers, copying no list. */
    public void addTo(MultiMap headers) {
        for (Map.Entry<String, String> h : own) headers.add(h.getKey(), h.getValue());
        if (nosniff) headers.add(NOSNIFF_NAME, NOSNIFF_VALUE);
        if (contentType != null) headers.set(HttpHeaders.CONTENT_TYPE, contentType);
    }
}
