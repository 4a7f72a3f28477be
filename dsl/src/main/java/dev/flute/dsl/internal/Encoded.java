package dev.flute.dsl.internal;

import dev.flute.dsl.Json;
import dev.flute.dsl.http.Response;
import dev.flute.dsl.http.Status;
import dev.flute.dsl.http.StreamBody;
import io.vertx.core.buffer.Buffer;
import java.util.List;
import java.util.Map;

/**
 * A response ready for the wire: the body encoded, the content type settled. The Vert.x writer and
 * the test client both send this, so they cannot disagree.
 *
 * @param body the bytes, or null for none
 * @param stream a body produced while it is sent, or null
 */
public record Encoded(
        int status, List<Map.Entry<String, String>> headers, String contentType, Buffer body, StreamBody stream) {

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
        return new Encoded(response.status(), response.headers(), contentType, body, stream);
    }
}
