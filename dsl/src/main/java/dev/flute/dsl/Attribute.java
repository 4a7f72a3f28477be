package dev.flute.dsl;

/**
 * A typed key for data an extension attaches to a route (Tapir's endpoint attributes): the
 * websocket module keeps a socket route's messages and options under one. Keys are compared by
 * identity, so two modules cannot clash by choosing the same name.
 *
 * <pre>{@code
 * static final Attribute<RateLimit> RATE_LIMIT = Attribute.of("rateLimit", RateLimit.class);
 * route(GET, "/items/").attribute(RATE_LIMIT, new RateLimit(10)).handle(...);
 * RateLimit limit = resolved.attribute(RATE_LIMIT);   // in an interpreter; null when absent
 * }</pre>
 *
 * @param <T> the value stored under the key
 */
public final class Attribute<T> {
    private final String name;
    private final Class<T> type;

    private Attribute(String name, Class<T> type) {
        if (name == null || name.isEmpty()) throw new IllegalArgumentException("an attribute needs a name");
        this.name = name;
        this.type = type;
    }

    /** A new key; keep it in a constant and share it. */
    public static <T> Attribute<T> of(String name, Class<T> type) {
        return new Attribute<>(name, type);
    }

    public String name() {
        return name;
    }

    /** The value as this key's type; refuses a value of another type when it is stored. */
    T cast(Object value) {
        return type.cast(value);
    }

    @Override
    public String toString() {
        return "Attribute[" + name + ": " + type.getSimpleName() + "]";
    }
}
