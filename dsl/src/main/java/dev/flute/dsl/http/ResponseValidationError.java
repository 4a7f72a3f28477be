package dev.flute.dsl.http;

import java.util.List;

/**
 * A handler returned a value that does not fit its response model: a bug in the server, answered
 * with 500 and logged with every field error (FastAPI's {@code ResponseValidationError}).
 */
public final class ResponseValidationError extends RuntimeException {
    private final List<ValidationError> errors;

    public ResponseValidationError(List<ValidationError> errors) {
        super("the response does not fit its model: " + errors, null, false, true);
        this.errors = List.copyOf(errors);
    }

    public List<ValidationError> errors() {
        return errors;
    }
}
