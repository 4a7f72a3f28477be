package dev.flute.dsl.types;

import java.util.Map;

/**
 * A value that does not fit its type: Pydantic's error {@code type}, message and context, without
 * the location, which the caller knows. Thrown by {@link Type#fromText}; it is control flow, so it
 * carries no stack trace.
 */
public final class Invalid extends RuntimeException {
    private final String type;
    private final Map<String, Object> ctx;

    public Invalid(String type, String msg, Map<String, Object> ctx) {
        super(msg, null, false, false);
        this.type = type;
        this.ctx = ctx;
    }

    public Invalid(String type, String msg) {
        this(type, msg, null);
    }

    public String type() {
        return type;
    }

    public String msg() {
        return getMessage();
    }

    /** Pydantic's {@code ctx}, or null when the error has none. */
    public Map<String, Object> ctx() {
        return ctx;
    }
}
