package dev.flute.dsl.types;

import com.fasterxml.jackson.databind.JsonNode;
import dev.flute.dsl.http.ValidationError;
import java.util.List;

/**
 * A value with a default, FastAPI's {@code skip: int = 0}: absent inputs take the default, which
 * the schema documents. The default is not validated, as in Pydantic.
 */
public final class DefaultType<T> extends WrappingType<T, T, DefaultType<T>> {
    private final T defaultValue;

    DefaultType(Type<T> inner, T defaultValue) {
        this(inner.meta(), inner, defaultValue);
    }

    private DefaultType(Meta meta, Type<T> inner, T defaultValue) {
        super(meta, inner);
        this.defaultValue = defaultValue;
    }

    public T defaultValue() {
        return defaultValue;
    }

    @Override
    public String toString() {
        return inner() + ".withDefault(" + defaultValue + ")";
    }

    @Override
    protected DefaultType<T> withMeta(Meta meta) {
        return new DefaultType<>(meta, inner(), defaultValue);
    }

    @Override
    public T fromJson(JsonNode node, Loc loc, List<ValidationError> errors) {
        return inner().fromJson(node, loc, errors);
    }

    @Override
    public Object toJson(T value) {
        return value == null ? null : inner().toJson(value);
    }

    @Override
    public T fromText(String raw) {
        return inner().fromText(raw);
    }

    @Override
    public Object readText(String raw) {
        return inner().readText(raw);
    }

    @Override
    public T fromTexts(List<String> raws, IndexedFailures failures) {
        return inner().fromTexts(raws, failures);
    }

    /** Null is accepted only when the wrapped type accepts it ({@code nullable().withDefault(x)}). */
    @Override
    public Presence presence() {
        return new Presence(false, inner().presence().nullable(), inner().toPresent(defaultValue));
    }

    @Override
    public T absentValue() {
        return defaultValue;
    }
}
