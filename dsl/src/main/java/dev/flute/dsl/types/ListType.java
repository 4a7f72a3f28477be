package dev.flute.dsl.types;

import com.fasterxml.jackson.databind.JsonNode;
import dev.flute.dsl.http.ValidationError;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * A list or a set of values of one type. As a query parameter or header it reads every repetition
 * ({@code ?q=a&q=b}); a set keeps the first of equal values, in order, and documents
 * {@code uniqueItems}.
 *
 * @param <E> the element
 * @param <C> the collection: {@code List<E>} or {@code Set<E>}
 */
public final class ListType<E, C extends Collection<E>> extends AbstractType<C, ListType<E, C>> {
    private final Type<E> items;
    private final boolean unique;

    private ListType(Meta meta, Type<E> items, boolean unique) {
        super(meta);
        this.items = items;
        this.unique = unique;
    }

    public static <E> ListType<E, List<E>> listOf(Type<E> items) {
        return new ListType<>(Meta.NONE, items, false);
    }

    public static <E> ListType<E, java.util.Set<E>> setOf(Type<E> items) {
        return new ListType<>(Meta.NONE, items, true);
    }

    public Type<E> items() {
        return items;
    }

    /** True for a set: equal values collapse and the schema says {@code uniqueItems}. */
    public boolean unique() {
        return unique;
    }

    @Override
    protected ListType<E, C> withMeta(Meta meta) {
        return new ListType<>(meta, items, unique);
    }

    @Override
    public java.lang.reflect.Type javaType() {
        return JavaTypes.parameterized(unique ? java.util.Set.class : List.class, items.javaType());
    }

    @Override
    public String toString() {
        return (unique ? "setOf(" : "listOf(") + items + ")";
    }

    @Override
    public JsonKind kind() {
        return JsonKind.ARRAY;
    }

    @Override
    public boolean repeated() {
        return true;
    }

    @Override
    @SuppressWarnings("unchecked")
    public C fromJson(JsonNode node, Loc loc, List<ValidationError> errors) {
        if (!node.isArray()) {
            String what = unique ? "set" : "list";
            JsonReading.fail(errors, loc, what + "_type", "Input should be a valid " + what, node);
            return null;
        }
        Collection<E> out = unique ? new LinkedHashSet<>() : new ArrayList<>(node.size());
        for (int i = 0; i < node.size(); i++) out.add(items.fromJson(node.get(i), loc.add(i), errors));
        return (C)
                (unique
                        ? Collections.unmodifiableSet((java.util.Set<E>) out)
                        : Collections.unmodifiableList((List<E>) out));
    }

    @Override
    public Object toJson(C value) {
        var out = new ArrayList<Object>(value.size());
        for (E e : value) out.add(e == null ? null : items.toJson(e));
        return out;
    }

    @Override
    public C fromText(String raw) {
        return fromTexts(List.of(raw), (i, invalid) -> {
            throw invalid;
        });
    }

    @Override
    @SuppressWarnings("unchecked")
    public C fromTexts(List<String> raws, IndexedFailures failures) {
        Collection<E> out = unique ? new LinkedHashSet<>() : new ArrayList<>(raws.size());
        for (int i = 0; i < raws.size(); i++) {
            try {
                out.add(items.fromText(raws.get(i)));
            } catch (Invalid invalid) {
                failures.fail(i, invalid);
            }
        }
        return (C)
                (unique
                        ? Collections.unmodifiableSet((java.util.Set<E>) out)
                        : Collections.unmodifiableList((List<E>) out));
    }
}
