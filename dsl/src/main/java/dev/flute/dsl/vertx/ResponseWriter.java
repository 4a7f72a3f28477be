package dev.flute.dsl.vertx;

import dev.flute.dsl.http.Response;
import dev.flute.dsl.internal.Encoded;
import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpServerResponse;
import java.util.Map;

/** Writes a Flute {@link Response} to Vert.x. */
final class ResponseWriter {
    private ResponseWriter() {}

    static void write(HttpServerResponse out, Response response) {
        if (out.ended() || out.closed()) return;
        Encoded encoded;
        try {
            encoded = Encoded.of(response);
        } catch (RuntimeException unencodable) {
            System.getLogger("dev.flute")
                    .log(System.Logger.Level.ERROR, "cannot encode the response body", unencodable);
            encoded = Encoded.of(Response.text("Internal Server Error").status(500));
        }
        out.setStatusCode(encoded.status());
        MultiMap headers = out.headers();
        for (Map.Entry<String, String> h : encoded.headers()) headers.add(h.getKey(), h.getValue());
        if (encoded.contentType() != null) headers.set("content-type", encoded.contentType());
        if (encoded.body() == null) {
            out.end();
        } else {
            out.end(encoded.body());
        }
    }
}
