package dev.flute.dsl;

import com.google.errorprone.annotations.CheckReturnValue;
import dev.flute.dsl.http.HttpError;

/**
 * A documented error answer with a typed body: FastAPI's {@code responses={404: {"model": Message}}},
 * as a value that also makes the error, so javac checks the body's type where it is thrown.
 *
 * <pre>{@code
 * record Message(String message) {}
 * static final ErrorOutput<Message> NOT_FOUND = error(404, model(Message.class));
 *
 * route(GET, "/items/<id>").param(path("id", str())).returns(ITEM).error(NOT_FOUND)
 *     .handle(id -> {
 *         Item item = items.get(id);
 *         if (item == null) throw NOT_FOUND.of(new Message("Item not found"));
 *         return item;
 *     });
 * }</pre>
 *
 * <p>The body is encoded by {@link #output()} through the same encoder as successes, and the
 * document shows the status with its schema.
 *
 * @param status the error's status
 * @param output how its body is encoded and documented
 * @param description the response's description in the document, or null for the status phrase
 */
@CheckReturnValue
public record ErrorOutput<E>(int status, Output<E> output, String description) {

    public ErrorOutput {
        if (status < 100 || status > 599) throw new IllegalArgumentException("not an HTTP status: " + status);
        if (output == null) throw new IllegalArgumentException("error " + status + " needs an output");
    }

    /** The error to throw, carrying {@code body} in place of FastAPI's {@code {"detail": ...}}. */
    public HttpError of(E body) {
        return new HttpError(status).body(body);
    }

    /** A copy with this description in the document. */
    public ErrorOutput<E> description(String description) {
        return new ErrorOutput<>(status, output, description);
    }
}
