package dev.flute.dsl.internal;

import dev.flute.dsl.Json;
import dev.flute.dsl.http.Response;
import dev.flute.dsl.http.Status;
import dev.flute.dsl.http.StreamBody;
import io.vertx.core.buffer.Buffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A response ready for the wire: the body encoded, the content type settled, the headers every
 * response carries added. The Vert.x writer and the test client both send this, so they cannot
 * disagree.
 *
 * @param body the bytes, or null for none
 * @param stream a body produced while it is sent, or null
 */
public record Encoded(
        int status, List<Map.Entry<String, String>> headers, String contentType, Buffer body, StreamBody stream) {

    private static final Map.Entry<String, String> NOSNIFF = Map.entry("x-content-type-options", "nosniff");

    public static Encoded of(Response<?> response) {
        Buffer body = null;
        StreamBody stream = null;
        String contentType = response.mediaType();
        if (Status.allowsBody(response.status())) {
            body = switch (response.kind()) {
                case VALUE -> Json.encode(response.body());
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
        return new Encoded(response.status(), withNosniff(response), contentType, body, stream);
    }

    /**
     * The response's headers with {@code X-Content-Type-Options: nosniff} unless it sets its own: a
     * browser then never runs a body as another type than the one declared (JSON read as HTML).
     */
    private static List<Map.Entry<String, String>> withNosniff(Response<?> response) {
        if (response.header(NOSNIFF.getKey()) != null) return response.headers();
        var headers =
                new ArrayList<Map.Entry<String, String>>(response.headers().size() + 1);
        headers.addAll(response.headers());
        headers.add(NOSNIFF);
        return headers;
    }
}
