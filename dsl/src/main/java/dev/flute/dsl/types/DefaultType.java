package dev.flute.dsl.types;

import com.fasterxml.jackson.databind.JsonNode;
import dev.flute.dsl.http.ValidationError;
import java.util.List;

/**
 * A value with a default, FastAPI's {@code skip: int = 0}: absent inputs take the default, which
 * the schema documents. The default is not validated, as in Pydantic.
 */
public final class DefaultType<T> extends AbstractType<T, DefaultType<T>> {
    private final Type<T> inner;
    private final T defaultValue;

    DefaultType(Type<T> inner, T defaultValue) {
        this(inner.meta(), inner, defaultValue);
    }

    private DefaultType(Meta meta, Type<T> inner, T defaultValue) {
        super(meta);
        this.inner = inner;
        this.defaultValue = defaultValue;
    }

    public Type<T> inner() {
        return inner;
    }

    public T defaultValue() {
        return defaultValue;
    }

    @Override
    protected DefaultType<T> withMeta(Meta meta) {
        return new DefaultType<>(meta, inner, defaultValue);
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
    public T fromJson(JsonNode node, Loc loc, List<ValidationError> errors) {
        return inner.fromJson(node, loc, errors);
    }

    @Override
    public Object toJson(T value) {
        return value == null ? null : inner.toJson(value);
    }

    @Override
    public T fromText(String raw) {
        return inner.fromText(raw);
    }

    @Override
    public boolean repeated() {
        return inner.repeated();
    }

    @Override
    public T fromTexts(List<String> raws, IndexedFailures failures) {
        return inner.fromTexts(raws, failures);
    }

    @Override
    public boolean required() {
        return false;
    }

    @Override
    public T absentValue() {
        return defaultValue;
    }
}
