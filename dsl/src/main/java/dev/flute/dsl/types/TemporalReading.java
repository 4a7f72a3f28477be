package dev.flute.dsl.types;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * The lax reading Pydantic applies to dates, times and durations in FastAPI, which validates the
 * already-parsed JSON as Python values: strings are parsed, integers and floats are timestamps or
 * seconds, booleans and anything else are refused with the type's {@code *_type} error.
 */
final class TemporalReading {
    private TemporalReading() {}

    /** A JSON number as Python sees it: a Long when it fits in 64 bits, else a double. */
    static Number number(JsonNode node) {
        if (node.isIntegralNumber() && node.canConvertToLong()) return node.longValue();
        return node.doubleValue();
    }

    static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** Pydantic's {@code *_parsing} family: a prefix, then speedate's reason, which is also the ctx. */
    static Invalid parsing(String type, String prefix, String why) {
        return new Invalid(type, prefix + why, Map.of("error", why));
    }

    /** Throws the type error of a JSON value that is neither text nor a number. */
    static Invalid typeError(String type, String what) {
        return new Invalid(type, "Input should be a valid " + what);
    }

    /** Reads via {@code read}, reporting an {@link Invalid} at {@code loc} with the node as input. */
    static <T> T report(
            java.util.function.Supplier<T> read,
            JsonNode node,
            Loc loc,
            java.util.List<dev.flute.dsl.http.ValidationError> errors) {
        try {
            return read.get();
        } catch (Invalid invalid) {
            JsonReading.fail(errors, loc, invalid, node.isTextual() ? node.textValue() : node);
            return null;
        }
    }
}
