package dev.flute.dsl.types;

import com.fasterxml.jackson.databind.JsonNode;
import dev.flute.dsl.http.ValidationError;
import java.util.List;

/**
 * An immutable description of a value: how to read it from text, which rules it must satisfy and
 * how to document it. The same value drives validation, error messages and JSON Schema, so they
 * cannot disagree.
 *
 * <p>Types are built once, at start-up, by the factories in {@link dev.flute.dsl.Flute} ({@code
 * str()}, {@code int_()}, ...) and refined with copies ({@code int_().ge(0)}); they are shared by
 * every request and every thread.
 *
 * @param <T> the Java value the handler receives
 */
public abstract class Type<T> {
    private final Meta meta;

    protected Type(Meta meta) {
        this.meta = meta;
    }

    /** Documentation of this type. */
    public final Meta meta() {
        return meta;
    }

    /** The JSON Schema type of the value. */
    public abstract JsonKind kind();

    /** The JSON Schema {@code format} ({@code uuid}, {@code date-time}, ...), or null. */
    public String format() {
        return null;
    }

    /** The rules a value must satisfy, in the order they are checked. */
    public List<Constraint> constraints() {
        return List.of();
    }

    /**
     * Reads one raw text value (a path segment, a query value, a header).
     *
     * @throws Invalid when the text is not a valid value of this type
     */
    public abstract T fromText(String raw);

    /**
     * Reads a JSON value the way Pydantic's lax mode does (a number may come as a string, a whole
     * float as an int). Failures are added to {@code errors} with their location; the result is
     * then meaningless.
     */
    public abstract T fromJson(JsonNode node, Loc loc, List<ValidationError> errors);

    /** The value as plain Java for a JSON response: models become maps, enums their values. */
    public Object toJson(T value) {
        return value;
    }

    /** True for lists and sets, which read every repetition of a query parameter or header. */
    public boolean repeated() {
        return false;
    }

    /**
     * Reads every repetition of a value; only for {@link #repeated()} types. Failures are reported
     * per index, so all of them reach the client at once.
     */
    public T fromTexts(List<String> raws, IndexedFailures failures) {
        throw new IllegalStateException(getClass().getSimpleName() + " is not repeated");
    }

    /** False when the input may be absent: it is optional or has a default. */
    public boolean required() {
        return true;
    }

    /** The value an absent, non-required input takes. */
    public T absentValue() {
        throw new IllegalStateException("a required value has no absent value");
    }

    /** This type with another documentation. */
    protected abstract Type<T> withMeta(Meta meta);

    /** Receives the failures of a repeated value, each with its index. */
    @FunctionalInterface
    public interface IndexedFailures {
        void fail(int index, Invalid invalid);
    }

    // ---- wrappers shared by every type -------------------------------------------------------

    /** The value may be absent: the handler gets {@code Optional.empty()} then. */
    public OptionalType<T> optional() {
        return new OptionalType<>(this);
    }

    /** The value may be absent: the handler gets {@code value} then. */
    public DefaultType<T> withDefault(T value) {
        return new DefaultType<>(this, value);
    }

    /** The value may be absent or null: the handler gets null then (Pydantic's {@code X | None = None}). */
    public NullableType<T> nullable() {
        return new NullableType<>(this);
    }

    /** Alias of {@link #withDefault}, in the jOOQ style for a Java keyword. */
    public DefaultType<T> default_(T value) {
        return withDefault(value);
    }
}
