package dev.flute.dsl.types;

/**
 * How a value may be left out of a request, read by every interpreter from one place instead of
 * from the wrapper classes: Pydantic's required field, {@code X | None} and {@code x: X = default}.
 *
 * <pre>{@code
 * str().presence()                         // Presence[required=true, nullable=false, defaultValue=null]
 * str().optional().presence()              // Presence[required=false, nullable=true, defaultValue=null]
 * int_().withDefault(10).presence()        // Presence[required=false, nullable=false, defaultValue=10]
 * }</pre>
 *
 * What the handler receives when the value is absent is {@link Type#absentValue()}; a present value
 * is read by {@link Type#valueType()} and handed over through {@link Type#fromPresent(Object)}.
 *
 * @param required absence is refused with Pydantic's {@code missing}
 * @param nullable an explicit null is accepted (documented as {@code anyOf [T, {"type": "null"}]})
 * @param defaultValue the declared default as a value of {@link Type#valueType()} (a default of
 *     {@code Optional.of(x)} is {@code x}), or null when there is none or it is nothing ({@code null},
 *     an empty {@code Optional}), which FastAPI does not document either
 */
public record Presence(boolean required, boolean nullable, Object defaultValue) {

    /** A value that must be sent and may not be null: every type that is not wrapped. */
    public static final Presence REQUIRED = new Presence(true, false, null);

    /** True when a default other than nothing is declared (and documented). */
    public boolean hasDefault() {
        return defaultValue != null;
    }
}
