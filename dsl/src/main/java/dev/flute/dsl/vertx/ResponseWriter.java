package dev.flute.dsl.vertx;

import dev.flute.dsl.http.Response;
import dev.flute.dsl.internal.Encoded;
import io.vertx.core.Future;
import io.vertx.core.MultiMap;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServerResponse;
import java.util.Map;

/** Writes a Flute {@link Response} to Vert.x. */
final class ResponseWriter {
    private ResponseWriter() {}

    /** Completes when the response is written, or failed when the connection is gone. */
    static Future<Void> write(HttpServerResponse out, Response<?> response) {
        if (out.ended() || out.closed()) return Future.failedFuture("the connection closed before the response");
        if (response.kind() == Response.Kind.DEFERRED) {
            // Decided only now (a file's size, the ranges asked for); a failure to do so is a 500.
            return response.resolve(Vertx.currentContext().owner())
                    .recover(failed -> {
                        System.getLogger("dev.flute")
                                .log(System.Logger.Level.ERROR, "cannot prepare the response", failed);
                        return Future.succeededFuture(
                                Response.text("Internal Server Error").status(500));
                    })
                    .compose(resolved -> write(out, resolved));
        }
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
        if (encoded.stream() != null)
            return StreamWriter.pipe(Vertx.currentContext().owner(), out, encoded.stream());
        return encoded.body() == null ? out.end() : out.end(encoded.body());
    }
}
