package dev.flute.dsl.types;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A model value together with the fields the client sent: what a PATCH needs to tell an absent
 * field from one sent as {@code null} (FastAPI's {@code model_dump(exclude_unset=True)}). Read one
 * with {@code body(ITEM.partial())}; build one in code with {@link #of}.
 *
 * <pre>{@code
 * route(PATCH, "/items/<id>").param(path("id", str())).param(body(ITEM.partial()))
 *     .handle((id, patch) -> ITEMS.put(id, patch.applyTo(ITEMS.get(id))));
 * // {"price": null} sets price to null; {} changes nothing
 * }</pre>
 *
 * @param model the model the value was read with
 * @param value the record, absent fields holding their defaults
 * @param fieldsSet the names (record component names, not aliases) of the fields the client sent, in
 *     the model's order
 */
public record Partial<T>(ModelType<T> model, T value, Set<String> fieldsSet) {

    public Partial {
        if (model == null || value == null) throw new IllegalArgumentException("a partial needs a model and a value");
        var names = model.fields().stream().map(ModelType.Field::name).toList();
        for (String name : fieldsSet) {
            if (!names.contains(name)) {
                throw new IllegalArgumentException(
                        model.name() + " has no field '" + name + "'; its fields are " + String.join(", ", names));
            }
        }
        var ordered = new LinkedHashSet<String>();
        for (String name : names) {
            if (fieldsSet.contains(name)) ordered.add(name);
        }
        fieldsSet = Collections.unmodifiableSet(ordered);
    }

    /** A partial value in code (a store, a test): {@code Partial.of(ITEM, item, "name", "price")}. */
    public static <T> Partial<T> of(ModelType<T> model, T value, String... fieldsSet) {
        return new Partial<>(model, value, Set.of(fieldsSet));
    }

    /** True when the client sent this field (even as {@code null}). */
    public boolean isSet(String field) {
        return fieldsSet.contains(field);
    }

    /**
     * A copy of {@code stored} with the sent fields replaced by this value's, and the others kept:
     * FastAPI's {@code stored.model_copy(update=item.model_dump(exclude_unset=True))}.
     */
    public T applyTo(T stored) {
        List<ModelType.Field> fields = model.fields();
        var args = new ArrayList<Object>(fields.size());
        for (ModelType.Field f : fields) args.add(f.read(isSet(f.name()) ? value : stored));
        return model.construct(args.toArray());
    }
}
