package dev.flute.dsl.types;

import com.fasterxml.jackson.databind.JsonNode;
import dev.flute.dsl.http.ValidationError;
import java.util.List;
import java.util.Optional;

/**
 * A value that may be absent, FastAPI's {@code X | None = None}: the handler receives an
 * {@code Optional}. It keeps the documentation of the type it wraps.
 */
public final class OptionalType<T> extends AbstractType<Optional<T>, OptionalType<T>> {
    private final Type<T> inner;

    OptionalType(Type<T> inner) {
        this(inner.meta(), inner);
    }

    private OptionalType(Meta meta, Type<T> inner) {
        super(meta);
        this.inner = inner;
    }

    /** The type of the value when present. */
    public Type<T> inner() {
        return inner;
    }

    @Override
    protected OptionalType<T> withMeta(Meta meta) {
        return new OptionalType<>(meta, inner);
    }

    @Override
    public JsonKind kind() {
        return inner.kind();
    }

    @Override
    public String format() {
        return inner.format();
    }

    @Override
    public List<Constraint> constraints() {
        return inner.constraints();
    }

    @Override
    public Optional<T> fromJson(JsonNode node, Loc loc, List<ValidationError> errors) {
        if (node.isNull()) return Optional.empty();
        return Optional.ofNullable(inner.fromJson(node, loc, errors));
    }

    @Override
    public Object toJson(Optional<T> value) {
        return value == null || value.isEmpty() ? null : inner.toJson(value.get());
    }

    @Override
    public Optional<T> fromText(String raw) {
        return Optional.of(inner.fromText(raw));
    }

    @Override
    public boolean repeated() {
        return inner.repeated();
    }

    @Override
    public Optional<T> fromTexts(List<String> raws, IndexedFailures failures) {
        return Optional.of(inner.fromTexts(raws, failures));
    }

    @Override
    public boolean required() {
        return false;
    }

    @Override
    public Optional<T> absentValue() {
        return Optional.empty();
    }
}
