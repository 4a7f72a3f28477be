package dev.flute.dsl.types;

import java.util.List;

/**
 * A type that changes only how a value may be absent (optional, nullable, defaulted): it reads,
 * checks and documents values as the type it wraps does.
 *
 * @param <I> the wrapped type's value
 * @param <T> the value the handler receives
 * @param <S> the concrete type itself
 */
public abstract class WrappingType<I, T, S extends WrappingType<I, T, S>> extends AbstractType<T, S> {
    private final Type<I> inner;

    protected WrappingType(Meta meta, Type<I> inner) {
        super(meta);
        this.inner = inner;
    }

    /** The type of the value when present. */
    public Type<I> inner() {
        return inner;
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
    public boolean repeated() {
        return inner.repeated();
    }

    /** The wrapped type's Java type: only {@code optional()} changes what the handler receives. */
    @Override
    public java.lang.reflect.Type javaType() {
        return inner.javaType();
    }

    /** The wrapped type's own value type: wrappers nest ({@code str().optional().withDefault(...)}). */
    @Override
    public Type<?> valueType() {
        return inner.valueType();
    }

    @Override
    @SuppressWarnings("unchecked")
    public T fromPresent(Object present) {
        return (T) inner.fromPresent(present);
    }

    @Override
    public Object toPresent(Object value) {
        return inner.toPresent(value);
    }
}
