package dev.flute.dsl.internal;

import dev.flute.dsl.ResponseChecks;
import dev.flute.dsl.http.Request;
import dev.flute.dsl.http.Response;
import dev.flute.dsl.spi.ResponseContract;
import java.util.List;

/**
 * The server side of {@code Settings.responseChecks}: each response checked against its route's
 * description before it is sent, logged when it differs, and replaced by a 500 under
 * {@link ResponseChecks#FAIL}. A streamed body is checked by its status and content type only:
 * reading it here would take it from the client.
 */
final class ServedChecks {
    private static final System.Logger LOG = System.getLogger("dev.flute.checks");

    private final ResponseChecks mode;
    private final Contracts contracts = new Contracts();

    ServedChecks(ResponseChecks mode) {
        this.mode = mode;
    }

    boolean on() {
        return mode != ResponseChecks.OFF;
    }

    Response<?> apply(Request request, RequestScope scope, Response<?> response) {
        if (response.kind() == Response.Kind.UPGRADE || response.kind() == Response.Kind.DEFERRED) return response;
        Encoded encoded;
        try {
            encoded = Encoded.of(response);
        } catch (RuntimeException unencodable) {
            return response; // the writer answers 500 for it and logs why
        }
        String contentType = encoded.contentType() != null ? encoded.contentType() : response.header("content-type");
        byte[] body = encoded.body() == null ? new byte[0] : encoded.body().getBytes();
        ResponseContract contract = contracts.of(scope, request.method(), request.path());
        List<ResponseContract.Mismatch> wrong = contract.check(request.method(), encoded.status(), contentType, body);
        if (wrong.isEmpty()) return response;
        LOG.log(
                mode == ResponseChecks.FAIL ? System.Logger.Level.ERROR : System.Logger.Level.WARNING,
                request.method() + " " + request.path() + " answered " + encoded.status()
                        + ", which the description of " + contract.route() + " does not allow: " + wrong);
        return mode == ResponseChecks.FAIL
                ? Response.text("Internal Server Error").status(500)
                : response;
    }
}
