package dev.flute.dsl;

/**
 * A complete route: its declaration and its handler. Immutable; an {@link Api} is built from these.
 * Only the route builders make one, so the handler always takes the inputs the spec declares and
 * returns what its output says.
 *
 * @param <O> what the handler returns ({@code Object} for a route without a declared output)
 */
public final class Endpoint<O> {

    /** What the handler gives back, as the route builder that made it knows it. */
    public enum Returns {
        /** The route declares no output: a value, a {@code Response}, or a future of either, as found. */
        ANY,
        /** The declared output's value. */
        VALUE,
        /** A {@code Future} of the value. */
        FUTURE,
        /** A {@code Response} carrying the value. */
        RESPONSE,
        /** A {@code Future} of a {@code Response} carrying the value. */
        FUTURE_RESPONSE
    }

    private final RouteSpec spec;
    private final Returns returns;
    private final Invoker invoker;
    private final Object handler;

    Endpoint(RouteSpec spec, Returns returns, Invoker invoker, Object handler) {
        this.spec = spec;
        this.returns = spec.output() == null ? Returns.ANY : returns;
        this.invoker = invoker;
        this.handler = handler;
    }

    /** The declaration every interpreter reads. */
    public RouteSpec spec() {
        return spec;
    }

    public Returns returns() {
        return returns;
    }

    /** The handler, reading its arguments (in the order of the spec's inputs) from the compiled plan's slots. */
    public Invoker invoker() {
        return invoker;
    }

    /** The handler as the user wrote it (an {@code FnN}), for tests and tools. */
    public Object handler() {
        return handler;
    }

    @Override
    public String toString() {
        return "Endpoint[" + spec.describe() + "]";
    }
}
