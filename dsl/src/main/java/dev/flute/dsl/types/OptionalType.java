package dev.flute.dsl.types;

import com.fasterxml.jackson.databind.JsonNode;
import dev.flute.dsl.http.ValidationError;
import java.util.List;
import java.util.Optional;

/**
 * A value that may be absent, FastAPI's {@code X | None = None}: the handler receives an
 * {@code Optional}. It keeps the documentation of the type it wraps.
 */
public final class OptionalType<T> extends WrappingType<T, Optional<T>, OptionalType<T>> {

    OptionalType(Type<T> inner) {
        this(inner.meta(), inner);
    }

    private OptionalType(Meta meta, Type<T> inner) {
        super(meta, inner);
    }

    @Override
    public java.lang.reflect.Type javaType() {
        return JavaTypes.parameterized(Optional.class, inner().javaType());
    }

    @Override
    public String toString() {
        return inner() + ".optional()";
    }

    @Override
    protected OptionalType<T> withMeta(Meta meta) {
        return new OptionalType<>(meta, inner());
    }

    @Override
    public Optional<T> fromJson(JsonNode node, Loc loc, List<ValidationError> errors) {
        if (node.isNull()) return Optional.empty();
        return Optional.ofNullable(inner().fromJson(node, loc, errors));
    }

    @Override
    public Object toJson(Optional<T> value) {
        return value == null || value.isEmpty() ? null : inner().toJson(value.get());
    }

    @Override
    public Optional<T> fromText(String raw) {
        return Optional.of(inner().fromText(raw));
    }

    @Override
    public Object readText(String raw) {
        Object read = inner().readText(raw);
        return read instanceof Invalid ? read : Optional.of(read);
    }

    @Override
    public Optional<T> fromTexts(List<String> raws, IndexedFailures failures) {
        return Optional.of(inner().fromTexts(raws, failures));
    }

    /** Absent or null; a default declared inside ({@code withDefault(3).optional()}) is still documented. */
    @Override
    public Presence presence() {
        return new Presence(false, true, inner().presence().defaultValue());
    }

    @Override
    public Optional<T> fromPresent(Object present) {
        return Optional.ofNullable(inner().fromPresent(present));
    }

    @Override
    public Object toPresent(Object value) {
        if (!(value instanceof Optional<?> optional)) return inner().toPresent(value);
        return optional.isEmpty() ? null : inner().toPresent(optional.get());
    }

    @Override
    public Optional<T> absentValue() {
        return Optional.empty();
    }
}
