package dev.flute.websocket.internal;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.flute.dsl.Json;
import dev.flute.dsl.http.ValidationError;
import dev.flute.dsl.types.Loc;
import dev.flute.dsl.types.Type;
import java.util.List;
import java.util.Map;

/**
 * Reads a JSON message into its type the way a request body is read: Flute's bounded mapper, the
 * type's lax rules, every failure reported, located from {@code "message"}.
 */
final class JsonMessages {
    private static final Loc MESSAGE = Loc.of("message");

    private JsonMessages() {}

    /** The value, or null with the failures added to {@code errors}. */
    static <T> T read(Type<T> type, String text, List<ValidationError> errors) {
        JsonNode node;
        try {
            node = Json.reader().readTree(text);
        } catch (JsonProcessingException malformed) {
            JsonLocation at = malformed.getLocation();
            long offset = at == null ? 0 : Math.max(0, at.getCharOffset());
            errors.add(invalidJson(offset, malformed.getOriginalMessage()));
            return null;
        }
        // White space alone reads as no document: Python's json calls that an error at 0.
        if (node == null || node.isMissingNode()) {
            errors.add(invalidJson(0, "Expecting value"));
            return null;
        }
        if (node.isNull()) {
            if (!type.required()) return type.absentValue();
            errors.add(ValidationError.missing(MESSAGE.toList(), null));
            return null;
        }
        T value = type.fromJson(node, MESSAGE, errors);
        return errors.isEmpty() ? value : null;
    }

    /** FastAPI's {@code json_invalid} entry, with the message in place of the body. */
    private static ValidationError invalidJson(long offset, String why) {
        return new ValidationError(
                "json_invalid", List.of("message", offset), "JSON decode error", Map.of(), Map.of("error", why));
    }
}
