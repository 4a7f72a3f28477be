package dev.flute.dsl.http;

import java.util.List;

/**
 * The request does not fit the route's inputs: every error found, at once. The default handler
 * answers 422 with FastAPI's body; an API can replace it (for 400, or problem+json).
 */
public final class RequestValidationError extends RuntimeException {
    private final List<ValidationError> errors;

    public RequestValidationError(List<ValidationError> errors) {
        super(null, null, false, false);
        this.errors = List.copyOf(errors);
    }

    /** Worded when asked (a log), not for every invalid request. */
    @Override
    public String getMessage() {
        return "request validation failed: " + errors.size() + " error(s)";
    }

    public List<ValidationError> errors() {
        return errors;
    }
}
