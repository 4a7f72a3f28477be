package dev.flute.dsl;

import dev.flute.dsl.types.Type;

/**
 * A value read from the JSON body: FastAPI's body parameters and {@code Body()}. A route with one
 * body reads the whole document as it; with several, or with {@link #embed()}, the document is an
 * object with one key per body.
 *
 * @param name the key when embedded, and the name in documentation
 * @param type how the JSON is read, checked and documented (usually a model)
 * @param embedded read the value under {@code name} even when it is the only body
 */
public record Body<T>(String name, Type<T> type, boolean embedded) implements Input<T> {

    public Body {
        if (name == null || name.isEmpty()) throw new IllegalArgumentException("a body needs a name");
        if (type == null) throw new IllegalArgumentException("body '" + name + "' needs a type");
    }

    /** Expect {@code {"name": value}} even when this is the route's only body. */
    public Body<T> embed() {
        return new Body<>(name, type, true);
    }
}
