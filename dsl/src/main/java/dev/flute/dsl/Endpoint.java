package dev.flute.dsl;

/**
 * A complete route: its declaration and its handler. Immutable; an {@link Api} is built from these.
 *
 * @param spec the declaration every interpreter reads
 * @param invoker the handler with its arguments in an array, for the compiled plan
 * @param handler the handler as the user wrote it (an {@code FnN}), for tests and tools
 */
public record Endpoint(RouteSpec spec, Invoker invoker, Object handler) {

    @Override
    public String toString() {
        return "Endpoint[" + spec.describe() + "]";
    }
}
