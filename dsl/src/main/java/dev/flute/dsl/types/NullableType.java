package dev.flute.dsl.types;

import com.fasterxml.jackson.databind.JsonNode;
import dev.flute.dsl.http.ValidationError;
import java.util.List;

/**
 * A value that may be absent or null, Pydantic's {@code X | None = None}: the handler gets null
 * then. Documented as {@code anyOf [X, null]}. It keeps the documentation of the type it wraps.
 */
public final class NullableType<T> extends WrappingType<T, T, NullableType<T>> {

    NullableType(Type<T> inner) {
        this(inner.meta(), inner);
    }

    private NullableType(Meta meta, Type<T> inner) {
        super(meta, inner);
    }

    @Override
    public String toString() {
        return inner() + ".nullable()";
    }

    @Override
    protected NullableType<T> withMeta(Meta meta) {
        return new NullableType<>(meta, inner());
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
    public T fromJson(JsonNode node, Loc loc, List<ValidationError> errors) {
        return node.isNull() ? null : inner().fromJson(node, loc, errors);
    }

    @Override
    public Object toJson(T value) {
        return value == null ? null : inner().toJson(value);
    }

    @Override
    public T fromTexts(List<String> raws, IndexedFailures failures) {
        return inner().fromTexts(raws, failures);
    }

    @Override
    public Presence presence() {
        return new Presence(false, true, inner().presence().defaultValue());
    }

    @Override
    public T absentValue() {
        return null;
    }
}
