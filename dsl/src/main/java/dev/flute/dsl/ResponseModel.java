package dev.flute.dsl;

import dev.flute.dsl.types.Type;
import java.util.Set;

/**
 * How a route's result is sent: through this type, so fields it does not declare never leave the
 * server (FastAPI's {@code response_model} and its {@code response_model_*} options).
 *
 * @param excludeUnset leave out fields the value did not set (keys absent from a returned map)
 * @param excludeNone leave out fields whose value is null
 * @param include only these top-level fields (empty: all)
 * @param exclude never these top-level fields
 */
public record ResponseModel(
        Type<?> type, boolean excludeUnset, boolean excludeNone, Set<String> include, Set<String> exclude) {

    public ResponseModel {
        include = Set.copyOf(include);
        exclude = Set.copyOf(exclude);
    }

    public static ResponseModel of(Type<?> type) {
        return new ResponseModel(type, false, false, Set.of(), Set.of());
    }

    ResponseModel withExcludeUnset() {
        return new ResponseModel(type, true, excludeNone, include, exclude);
    }

    ResponseModel withExcludeNone() {
        return new ResponseModel(type, excludeUnset, true, include, exclude);
    }

    ResponseModel withInclude(Set<String> fields) {
        return new ResponseModel(type, excludeUnset, excludeNone, fields, exclude);
    }

    ResponseModel withExclude(Set<String> fields) {
        return new ResponseModel(type, excludeUnset, excludeNone, include, fields);
    }
}
