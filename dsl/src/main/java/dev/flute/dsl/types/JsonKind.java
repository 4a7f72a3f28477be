package dev.flute.dsl.types;

/** The JSON Schema {@code type} a value renders as. */
public enum JsonKind {
    STRING,
    INTEGER,
    NUMBER,
    BOOLEAN,
    ARRAY,
    OBJECT,
    NULL,
    ANY;

    /** The keyword as JSON Schema spells it ({@code "integer"}), or null for {@link #ANY}. */
    public String keyword() {
        return this == ANY ? null : name().toLowerCase(java.util.Locale.ROOT);
    }
}
