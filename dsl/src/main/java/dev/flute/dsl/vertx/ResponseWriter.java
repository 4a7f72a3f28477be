package dev.flute.dsl.vertx;

import dev.flute.dsl.http.Response;
import dev.flute.dsl.internal.Encoded;
import io.vertx.core.Future;
import io.vertx.core.MultiMap;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServerResponse;
import java.util.Map;

/**
 * Writes a Flute {@link Response} to Vert.x. It always ends the exchange: a response Vert.x refuses
 * to write (a header it will not send) becomes a logged 500, never a client left waiting.
 */
final class ResponseWriter {
    private static final System.Logger LOG = System.getLogger("dev.flute");
    private static final Response SERVER_ERROR =
            Response.text("Internal Server Error").status(500);

    private ResponseWriter() {}

    /** Completes when the response is written, or failed when the connection is gone. */
    static Future<Void> write(HttpServerResponse out, Response<?> response) {
        if (out.ended() || out.closed()) return Future.failedFuture("the connection closed before the response");
        if (response.kind() == Response.Kind.DEFERRED) {
            // Decided only now (a file's size, the ranges asked for); a failure to do so is a 500.
            return response.resolve(Vertx.currentContext().owner())
                    .recover(failed -> {
                        LOG.log(System.Logger.Level.ERROR, "cannot prepare the response", failed);
                        return Future.succeededFuture(SERVER_ERROR);
                    })
                    .compose(resolved -> write(out, resolved));
        }
        Encoded encoded;
        try {
            encoded = Encoded.of(response);
        } catch (RuntimeException unencodable) {
            LOG.log(System.Logger.Level.ERROR, "cannot encode the response body", unencodable);
            encoded = Encoded.of(SERVER_ERROR);
        }
        try {
            return send(out, encoded);
        } catch (RuntimeException unwritable) {
            LOG.log(System.Logger.Level.ERROR, "cannot write the response " + response, unwritable);
            return serverError(out);
        }
    }

    private static Future<Void> send(HttpServerResponse out, Encoded encoded) {
        out.setStatusCode(encoded.status());
        MultiMap headers = out.headers();
        for (Map.Entry<String, String> h : encoded.headers()) headers.add(h.getKey(), h.getValue());
        if (encoded.contentType() != null) headers.set("content-type", encoded.contentType());
        if (encoded.stream() != null)
            return StreamWriter.pipe(Vertx.currentContext().owner(), out, encoded.stream());
        return encoded.body() == null ? out.end() : out.end(encoded.body());
    }

    /** Answers 500 in place of what could not be written; when even that fails, drops the connection. */
    private static Future<Void> serverError(HttpServerResponse out) {
        if (out.headWritten()) {
            out.reset();
            return Future.failedFuture("the response failed after its head was sent");
        }
        try {
            out.headers().clear();
            return send(out, Encoded.of(SERVER_ERROR));
        } catch (RuntimeException stillUnwritable) {
            out.reset();
            return Future.failedFuture(stillUnwritable);
        }
    }
}
