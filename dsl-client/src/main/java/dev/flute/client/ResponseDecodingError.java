package dev.flute.client;

import dev.flute.dsl.http.ValidationError;
import io.vertx.core.buffer.Buffer;
import java.util.List;

/**
 * The server's answer does not fit the output the route declares: the client side of FastAPI's
 * {@code ResponseValidationError}, a server and a client that disagree about the route. Each
 * misfit is listed where it is, under {@code ["response", ...]}.
 *
 * <pre>{@code
 * client.call(READ_ITEM, 5).onFailure(e -> {
 *     if (e instanceof ResponseDecodingError bad) log.warn("{} answered off its model: {}", bad.route(), bad.errors());
 * });
 * }</pre>
 */
public final class ResponseDecodingError extends RuntimeException {
    private final String route;
    private final int status;
    private final List<ValidationError> errors;
    private final Buffer body;

    /**
     * @param route the route, {@code GET /items/<id>}
     * @param status the answer's status
     * @param errors every misfit, each with its location
     * @param body the answer's body, or null for a streamed item (its text is in the errors)
     */
    public ResponseDecodingError(String route, int status, List<ValidationError> errors, Buffer body) {
        super(
                route + " answered " + status + " with a body that does not fit its declared output: " + errors,
                null,
                false,
                false);
        this.route = route;
        this.status = status;
        this.errors = List.copyOf(errors);
        this.body = body;
    }

    public String route() {
        return route;
    }

    public int status() {
        return status;
    }

    public List<ValidationError> errors() {
        return errors;
    }

    /** The body as received, or null for a streamed item. */
    public Buffer body() {
        return body;
    }
}
