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

    /**
     * The Java type of the value the handler receives, generics included: {@code List<Integer>} for
     * {@code listOf(int_())}, {@code Optional<String>} for {@code str().optional()}. A model checks
     * each field's type against its record component with it when the model is declared, so a
     * mismatch fails at start-up, not as a {@code ClassCastException} at request time.
     */
    public abstract java.lang.reflect.Type javaType();

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
     * Reads one raw text value as {@link #fromText} does, but answers a refusal instead of throwing
     * it: the value, or the {@link Invalid} that refuses it. Interpreters read request values with
     * it: a bad value is a client's everyday mistake, and an exception thrown out of a call that
     * differs from parameter to parameter is unwound by the JVM's slow path, which costs more than
     * reading the value. Types that can refuse without throwing override it; this default catches
     * what {@code fromText} throws.
     */
    public Object readText(String raw) {
        try {
            return fromText(raw);
        } catch (Invalid refused) {
            return refused;
        }
    }

    /** {@link #readText}'s answer as {@link #fromText} gives it: the value, or its refusal thrown. */
    @SuppressWarnings("unchecked")
    protected static <V> V valueOrThrow(Object read) {
        if (read instanceof Invalid refused) throw refused;
        return (V) read;
    }

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

    /**
     * The text {@link #fromText} reads back as {@code value}: what a client sends in a path, a query,
     * a header, a cookie or a form field. It is the value's JSON scalar as text ({@code 5},
     * {@code true}, an ISO date-time, an enum's value); a type without a text form (a model, a map,
     * a file) refuses.
     *
     * <pre>{@code int_().toText(5)  // "5";  dateTime().toText(t)  // "2024-05-01T10:00:00"}</pre>
     *
     * @throws IllegalArgumentException when the type has no text form
     */
    public String toText(T value) {
        Object json = toJson(value);
        if (json == null || json instanceof java.util.Map<?, ?> || json instanceof java.util.Collection<?>) {
            throw new IllegalArgumentException(this + " has no text form: it cannot be sent as text");
        }
        return json.toString();
    }

    /**
     * The texts {@link #fromTexts} reads back as {@code value}, one per repetition ({@code ?q=a&q=b});
     * a type that is not {@link #repeated()} gives its one {@link #toText}.
     */
    public List<String> toTexts(T value) {
        return List.of(toText(value));
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

    // ---- presence: how the value may be left out ---------------------------------------------

    /**
     * The type of the value when it is present: this type below its {@link #optional()},
     * {@link #nullable()} and {@link #withDefault} wrappers, or this type itself when it has none.
     * Interpreters read, check, write and document a present value with it and ask
     * {@link #presence()} what absence and null mean, so none needs to know the wrapper classes:
     *
     * <pre>{@code
     * Type<?> value = type.valueType();              // int_() for int_().ge(0).optional()
     * if (json == null) return type.required() ? missing() : type.absentValue();
     * if (json.isNull() && type.presence().nullable()) return type.fromPresent(null);
     * return type.fromPresent(read(value, json));     // Optional.of(42) for an optional()
     * }</pre>
     */
    public Type<?> valueType() {
        return this;
    }

    /** How the value may be left out; {@link Presence#REQUIRED} unless the type is wrapped. */
    public Presence presence() {
        return Presence.REQUIRED;
    }

    /** False when the value may be absent: it is optional, nullable or has a default. */
    public final boolean required() {
        return presence().required();
    }

    /** The value the handler receives when a non-required value is absent. */
    public T absentValue() {
        throw new IllegalStateException("a required value has no absent value");
    }

    /**
     * The handler's value for a present value of {@link #valueType()}: {@code Optional.ofNullable(v)}
     * under {@code optional()}, {@code v} itself otherwise. The inverse of {@link #toPresent}.
     */
    @SuppressWarnings("unchecked")
    public T fromPresent(Object present) {
        return (T) present;
    }

    /**
     * The value of {@link #valueType()} inside a handler's value, or null when there is none (null, an
     * empty {@code Optional}): what a response writes or a document shows through
     * {@code valueType()}. A value already unwrapped (a plain {@code x} where an {@code Optional<X>}
     * is declared, as a map-built response has it) is returned as it is.
     */
    public Object toPresent(Object value) {
        return value;
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
