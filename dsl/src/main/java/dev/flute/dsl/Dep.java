package dev.flute.dsl;

import java.util.List;

/**
 * A dependency, FastAPI's {@code Depends()}: a value computed per request from inputs and other
 * dependencies. Its function may return the value, a Vert.x {@code Future} or a
 * {@code CompletionStage}.
 *
 * <pre>{@code
 * static final Dep<Commons> COMMONS = dep(
 *     query("q", str().optional()), query("skip", int_().withDefault(0)), Commons::new);
 * }</pre>
 *
 * <p>A dependency used several times in one request is computed once (the cache is keyed by this
 * value's identity) unless it is {@link #noCache()}. Its inputs are validated with the route's
 * before any dependency runs.
 */
public final class Dep<T> implements Input<T> {
    private final List<Input<?>> inputs;
    private final Invoker fn;
    private final boolean cached;
    private final boolean blocking;
    private final String name;

    private Dep(List<Input<?>> inputs, Invoker fn, boolean cached, boolean blocking, String name) {
        this.inputs = List.copyOf(inputs);
        this.fn = fn;
        this.cached = cached;
        this.blocking = blocking;
        this.name = name;
    }

    /** A dependency of these inputs; prefer the typed {@code Flute.dep(...)} overloads. */
    public static <T> Dep<T> of(List<Input<?>> inputs, Invoker fn) {
        return new Dep<>(inputs, fn, true, false, null);
    }

    /** Computed again each time it is used in a request (FastAPI's {@code use_cache=False}). */
    public Dep<T> noCache() {
        return new Dep<>(inputs, fn, false, blocking, name);
    }

    /** Its function blocks (JDBC, files): it runs on a worker, never on the event loop. */
    public Dep<T> blocking() {
        return new Dep<>(inputs, fn, cached, true, name);
    }

    /** A name for error messages and documentation. */
    public Dep<T> named(String name) {
        return new Dep<>(inputs, fn, cached, blocking, name);
    }

    public List<Input<?>> inputs() {
        return inputs;
    }

    public Invoker fn() {
        return fn;
    }

    public boolean cached() {
        return cached;
    }

    public boolean isBlocking() {
        return blocking;
    }

    public String name() {
        return name;
    }

    @Override
    public String toString() {
        return "Dep[" + (name != null ? name : Integer.toHexString(System.identityHashCode(this))) + "]";
    }
}
