package dev.flute.websocket;

import dev.flute.dsl.http.ValidationError;
import java.util.List;
import java.util.Map;

/**
 * A JSON message that did not decode into its type: the text as received and every failure, in
 * Pydantic's words, located from {@code "message"} ({@code ["message", "price"]}).
 *
 * <pre>{@code
 * socket.onJson(CHAT_MESSAGE, message -> hub.broadcast("chat", message.text()),
 *               invalid -> socket.sendJson(invalid.detail()));   // FastAPI's 422 body, as a message
 * }</pre>
 *
 * @param text the message as received
 * @param errors what is wrong with it; never empty
 */
public record InvalidMessage(String text, List<ValidationError> errors) {

    public InvalidMessage {
        errors = List.copyOf(errors);
        if (errors.isEmpty()) throw new IllegalArgumentException("an invalid message has at least one error");
    }

    /** {@code {"detail": [...]}}, the body FastAPI answers a request that fails validation with. */
    public Map<String, Object> detail() {
        return Map.of("detail", errors); // Flute's mapper writes them in FastAPI's shape
    }

    /** The first error as one line ({@code message.price: Input should be a valid number}), for a close reason. */
    public String summary() {
        ValidationError first = errors.get(0);
        var where = new StringBuilder();
        for (Object part : first.loc()) {
            if (where.length() > 0) where.append('.');
            where.append(part);
        }
        return where + ": " + first.msg();
    }
}
