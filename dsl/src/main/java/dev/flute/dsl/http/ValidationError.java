package dev.flute.dsl.http;

import java.util.List;
import java.util.Map;

/**
 * One entry of FastAPI's 422 {@code detail} list, as Pydantic v2 words it.
 *
 * @param type Pydantic's error type ({@code missing}, {@code int_parsing}, ...)
 * @param loc where: {@code ["query","limit"]}, {@code ["body","tags",0]}
 * @param msg the human message
 * @param input the offending input (the raw string for path and query values; null when missing)
 * @param ctx the constraint that failed ({@code {"ge":0}}), or null
 */
public record ValidationError(String type, List<Object> loc, String msg, Object input, Map<String, Object> ctx) {

    public ValidationError {
        loc = List.copyOf(loc);
    }

    /** The error of a required input that is absent. */
    public static ValidationError missing(List<Object> loc, Object input) {
        return new ValidationError("missing", loc, "Field required", input, null);
    }
}
