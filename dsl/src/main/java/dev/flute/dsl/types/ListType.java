package dev.flute.dsl.types;

import com.fasterxml.jackson.databind.JsonNode;
import dev.flute.dsl.http.ValidationError;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * A list or a set of values of one type. As a query parameter or header it reads every repetition
 * ({@code ?q=a&q=b}); a set keeps the first of equal values, in order, and documents
 * {@code uniqueItems}. Its length may be bounded as Pydantic bounds it ({@code min_length},
 * {@code max_length}; documented as {@code minItems}, {@code maxItems}):
 *
 * <pre>{@code
 * listOf(str()).minLength(1).maxLength(10)   // [] → too_short "List should have at least 1 item after validation, not 0"
 * }</pre>
 *
 * @param <E> the element
 * @param <C> the collection: {@code List<E>} or {@code Set<E>}
 */
public final class ListType<E, C extends Collection<E>> extends AbstractType<C, ListType<E, C>> {
    private final Type<E> items;
    private final boolean unique;
    private final Integer minLength;
    private final Integer maxLength;

    private ListType(Meta meta, Type<E> items, boolean unique, Integer minLength, Integer maxLength) {
        super(meta);
        this.items = items;
        this.unique = unique;
        this.minLength = minLength;
        this.maxLength = maxLength;
    }

    public static <E> ListType<E, List<E>> listOf(Type<E> items) {
        return new ListType<>(Meta.NONE, items, false, null, null);
    }

    public static <E> ListType<E, java.util.Set<E>> setOf(Type<E> items) {
        return new ListType<>(Meta.NONE, items, true, null, null);
    }

    public Type<E> items() {
        return items;
    }

    /** True for a set: equal values collapse and the schema says {@code uniqueItems}. */
    public boolean unique() {
        return unique;
    }

    /** At least {@code n} items (for a set, distinct ones), Pydantic's {@code min_length}. */
    public ListType<E, C> minLength(int n) {
        return new ListType<>(meta(), items, unique, Constraint.nonNegative(n), maxLength);
    }

    /** At most {@code n} items (for a set, distinct ones), Pydantic's {@code max_length}. */
    public ListType<E, C> maxLength(int n) {
        return new ListType<>(meta(), items, unique, minLength, Constraint.nonNegative(n));
    }

    @Override
    protected ListType<E, C> withMeta(Meta meta) {
        return new ListType<>(meta, items, unique, minLength, maxLength);
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
    public List<Constraint> constraints() {
        return Constraint.lengths(minLength, maxLength);
    }

    @Override
    public boolean repeated() {
        return true;
    }

    @Override
    public C fromJson(JsonNode node, Loc loc, List<ValidationError> errors) {
        if (!node.isArray()) {
            String what = unique ? "set" : "list";
            JsonReading.fail(errors, loc, what + "_type", "Input should be a valid " + what, node);
            return null;
        }
        try {
            tooManyGiven(node.size());
            int before = errors.size();
            Collection<E> out = unique ? new LinkedHashSet<>() : new ArrayList<>(node.size());
            for (int i = 0; i < node.size(); i++) {
                E item = items.fromJson(node.get(i), loc.add(i), errors);
                if (out.add(item))
                    tooManyDistinct(out.size(), () -> errors.subList(before, errors.size())
                            .clear());
            }
            if (errors.size() == before) tooFew(out.size());
            return seal(out);
        } catch (Invalid invalid) {
            JsonReading.fail(errors, loc, invalid, node);
            return null;
        }
    }

    @Override
    public Object toJson(C value) {
        var out = new ArrayList<Object>(value.size());
        for (E e : value) out.add(e == null ? null : items.toJson(e));
        return out;
    }

    /** Each item's text, in order: the repetitions {@link #fromTexts} reads back. */
    @Override
    public List<String> toTexts(C value) {
        var out = new ArrayList<String>(value.size());
        for (E e : value) out.add(items.toText(e));
        return out;
    }

    @Override
    public C fromText(String raw) {
        return fromTexts(List.of(raw), (i, invalid) -> {
            throw invalid;
        });
    }

    /**
     * {@inheritDoc}
     *
     * @throws Invalid when the collection as a whole is refused (too short or too long); its input is
     *     then the list of texts
     */
    @Override
    public C fromTexts(List<String> raws, IndexedFailures failures) {
        tooManyGiven(raws.size());
        // Held back: a set that grows too long is refused alone, as Pydantic refuses it.
        var pending = new ArrayList<Map.Entry<Integer, Invalid>>(0);
        Collection<E> out = unique ? new LinkedHashSet<>() : new ArrayList<>(raws.size());
        for (int i = 0; i < raws.size(); i++) {
            Object read = items.readText(raws.get(i));
            if (read instanceof Invalid invalid) {
                pending.add(Map.entry(i, invalid));
                continue;
            }
            @SuppressWarnings("unchecked")
            E item = (E) read;
            if (out.add(item)) tooManyDistinct(out.size(), pending::clear);
        }
        pending.forEach(p -> failures.fail(p.getKey(), p.getValue()));
        if (pending.isEmpty()) tooFew(out.size());
        return seal(out);
    }

    /**
     * Checks the length of a collection of these items built elsewhere (the file parts of a form).
     *
     * @param given how many values were received
     * @param size how many the collection holds (fewer for a set with repeated values)
     * @throws Invalid when it is too short or too long
     */
    public void checkLength(int given, int size) {
        tooManyGiven(given);
        tooManyDistinct(size, () -> {});
        tooFew(size);
    }

    @SuppressWarnings("unchecked")
    private C seal(Collection<E> out) {
        return (C)
                (unique
                        ? Collections.unmodifiableSet((java.util.Set<E>) out)
                        : Collections.unmodifiableList((List<E>) out));
    }

    // ---- Pydantic's length checks: a list is measured as sent, a set as it grows, both when done ----

    private void tooManyGiven(int given) {
        if (!unique && maxLength != null && given > maxLength) throw tooLong(String.valueOf(given), given);
    }

    private void tooManyDistinct(int size, Runnable dropItemErrors) {
        if (unique && maxLength != null && size > maxLength) {
            dropItemErrors.run();
            throw tooLong("more", null);
        }
    }

    private void tooFew(int size) {
        if (minLength != null && size < minLength) {
            throw lengthError("too_short", "at least", "min_length", minLength, String.valueOf(size), size);
        }
    }

    private Invalid tooLong(String actual, Integer actualLength) {
        return lengthError("too_long", "at most", "max_length", maxLength, actual, actualLength);
    }

    /** Pydantic's {@code too_short}/{@code too_long}: "List should have at least 1 item after validation, not 0". */
    private Invalid lengthError(String type, String words, String key, int bound, String actual, Integer actualLength) {
        var ctx = new LinkedHashMap<String, Object>(4);
        ctx.put("field_type", fieldType());
        ctx.put(key, bound);
        ctx.put("actual_length", actualLength);
        return new Invalid(
                type,
                fieldType() + " should have " + words + " " + items(bound) + " after validation, not " + actual,
                ctx);
    }

    private String fieldType() {
        return unique ? "Set" : "List";
    }

    private static String items(int n) {
        return n + (n == 1 ? " item" : " items");
    }
}
