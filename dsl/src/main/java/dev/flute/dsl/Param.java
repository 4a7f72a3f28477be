package dev.flute.dsl;

import dev.flute.dsl.types.Type;

/**
 * A value read from one place of the request: FastAPI's {@code Path()}, {@code Query()},
 * {@code Header()} and {@code Cookie()}.
 *
 * @param in where the value is read
 * @param name the declared name (a header's underscores become hyphens on the wire unless turned off)
 * @param type how the text is read, checked and documented
 * @param convertUnderscores for headers: read {@code user_agent} from {@code user-agent}
 */
public record Param<T>(In in, String name, Type<T> type, boolean convertUnderscores) implements Input<T> {

    /** Where a parameter lives: OpenAPI's {@code in}. */
    public enum In {
        PATH("path"),
        QUERY("query"),
        HEADER("header"),
        COOKIE("cookie");

        /** Spelled once: every error location of a repeated input starts with it. */
        private final String label;

        In(String label) {
            this.label = label;
        }

        /** The name in OpenAPI and in error locations ({@code "query"}). */
        public String label() {
            return label;
        }
    }

    public Param {
        if (name == null || name.isEmpty()) throw new IllegalArgumentException("a parameter needs a name");
        if (type == null) throw new IllegalArgumentException("parameter '" + name + "' needs a type");
        if (in == In.PATH && !type.required()) {
            throw new IllegalArgumentException("path parameter '" + name + "' cannot be optional or have a default: "
                    + "a path always has its segments");
        }
    }

    /** The name as sent on the wire: the alias if any; for headers, underscores as hyphens. */
    public String wireName() {
        String wire = type.meta().alias() != null ? type.meta().alias() : name;
        return in == In.HEADER && convertUnderscores ? wire.replace('_', '-') : wire;
    }

    /** For headers: keep underscores in the name as they are. */
    public Param<T> keepUnderscores() {
        return new Param<>(in, name, type, false);
    }
}
