package dev.flute.dsl.types;

import com.fasterxml.jackson.databind.JsonNode;
import dev.flute.dsl.http.ValidationError;
import java.util.List;
import java.util.Map;

/** Shared steps of reading JSON values the way Pydantic's lax mode does. */
final class JsonReading {
    private JsonReading() {}

    /** Reports an error at {@code loc}; the input is the offending JSON value. */
    static void fail(List<ValidationError> errors, Loc loc, String type, String msg, Object input) {
        errors.add(new ValidationError(type, loc.toList(), msg, input, null));
    }

    static void fail(List<ValidationError> errors, Loc loc, Invalid invalid, Object input) {
        errors.add(new ValidationError(invalid.type(), loc.toList(), invalid.msg(), input, invalid.ctx()));
    }

    static void fail(
            List<ValidationError> errors, Loc loc, String type, String msg, Object input, Map<String, Object> ctx) {
        errors.add(new ValidationError(type, loc.toList(), msg, input, ctx));
    }

    /** A JSON string read as text by {@code type}; anything else is Pydantic's {@code string_type}. */
    static <T> T string(Type<T> type, JsonNode node, Loc loc, List<ValidationError> errors) {
        if (!node.isTextual()) {
            fail(errors, loc, "string_type", "Input should be a valid string", node);
            return null;
        }
        return text(type, node, loc, errors);
    }

    /**
     * Runs a text-style read on a JSON string, reporting {@link Invalid} with the string as input;
     * through {@link Type#readText}, so a type that can refuse without throwing does.
     */
    @SuppressWarnings("unchecked")
    static <T> T text(Type<T> type, JsonNode node, Loc loc, List<ValidationError> errors) {
        Object read = type.readText(node.textValue());
        if (read instanceof Invalid invalid) {
            fail(errors, loc, invalid, node.textValue());
            return null;
        }
        return (T) read;
    }
}
