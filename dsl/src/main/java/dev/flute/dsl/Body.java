package dev.flute.dsl;

import dev.flute.dsl.types.Type;
import java.util.Arrays;
import java.util.List;

/**
 * A value read from the JSON body: FastAPI's body parameters and {@code Body()}. A route with one
 * body reads the whole document as it; with several, or with {@link #embed()}, the document is an
 * object with one key per body.
 *
 * @param name the key when embedded, and the name in documentation
 * @param type how the JSON is read, checked and documented (usually a model)
 * @param embedded read the value under {@code name} even when it is the only body
 * @param examples example documents for the OpenAPI document, FastAPI's {@code Body(examples=[...])}
 */
public record Body<T>(String name, Type<T> type, boolean embedded, List<Object> examples) implements Input<T> {

    public Body {
        if (name == null || name.isEmpty()) throw new IllegalArgumentException("a body needs a name");
        if (type == null) throw new IllegalArgumentException("body '" + name + "' needs a type");
        // Not List.copyOf: an example may be null, as a JSON example may be.
        examples = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(examples));
    }

    public Body(String name, Type<T> type, boolean embedded) {
        this(name, type, embedded, List.of());
    }

    /** Expect {@code {"name": value}} even when this is the route's only body. */
    public Body<T> embed() {
        return new Body<>(name, type, true, examples);
    }

    /**
     * Documents examples of this body (maps, lists, records): {@code body(ITEM).examples(Map.of("name",
     * "Foo", "price", 35.4))}. They are documentation only; nothing is validated against them.
     */
    public Body<T> examples(Object... examples) {
        return new Body<>(name, type, embedded, Arrays.asList(examples));
    }
}
