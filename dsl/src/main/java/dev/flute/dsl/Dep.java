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
 * static final Dep<Session> SESSION = resource(DB, Db::open, (session, outcome) -> session.close(outcome));
 * }</pre>
 *
 * <p>A dependency used several times in one request is computed once (the cache is keyed by this
 * value's identity) unless it is {@link #noCache()}. Its inputs are validated with the route's
 * before any dependency runs. A resource ({@link #release()} not null) is released in reverse order
 * of acquisition: after the response is sent and the background tasks have run (request scope,
 * the default), or as soon as the handler returns ({@link #functionScope()}). When the request
 * fails, every resource is released before the error response, so a release can translate it.
 */
public final class Dep<T> implements Input<T> {
    private final List<Input<?>> inputs;
    private final Invoker fn;
    private final boolean cached;
    private final boolean blocking;
    private final String name;
    private final Release<T> release;
    private final boolean functionScope;
    private final Security security;

    private Dep(
            List<Input<?>> inputs,
            Invoker fn,
            boolean cached,
            boolean blocking,
            String name,
            Release<T> release,
            boolean functionScope,
            Security security) {
        this.inputs = List.copyOf(inputs);
        this.fn = fn;
        this.cached = cached;
        this.blocking = blocking;
        this.name = name;
        this.release = release;
        this.functionScope = functionScope;
        this.security = security;
    }

    /** A dependency of these inputs; prefer the typed {@code Flute.dep(...)} overloads. */
    public static <T> Dep<T> of(List<Input<?>> inputs, Invoker fn) {
        return new Dep<>(inputs, fn, true, false, null, null, false, null);
    }

    /** A resource of these inputs; prefer the typed {@code Flute.resource(...)} overloads. */
    public static <T> Dep<T> resource(List<Input<?>> inputs, Invoker acquire, Release<T> release) {
        if (release == null) throw new IllegalArgumentException("a resource needs a release");
        return new Dep<>(inputs, acquire, true, false, null, release, false, null);
    }

    /** Computed again each time it is used in a request (FastAPI's {@code use_cache=False}). */
    public Dep<T> noCache() {
        return new Dep<>(inputs, fn, false, blocking, name, release, functionScope, security);
    }

    /** Its function (and release) block (JDBC, files): they run on a worker, never on the event loop. */
    public Dep<T> blocking() {
        return new Dep<>(inputs, fn, cached, true, name, release, functionScope, security);
    }

    /** A name for error messages and documentation. */
    public Dep<T> named(String name) {
        return new Dep<>(inputs, fn, cached, blocking, name, release, functionScope, security);
    }

    /** Release this resource as soon as the handler returns, before the response is sent. */
    public Dep<T> functionScope() {
        if (release == null) throw new IllegalStateException(this + " is not a resource");
        return new Dep<>(inputs, fn, cached, blocking, name, release, true, security);
    }

    /** The same dependency, described in OpenAPI as this security scheme and its scopes. */
    public Dep<T> security(Security description) {
        return new Dep<>(inputs, fn, cached, blocking, name, release, functionScope, description);
    }

    /** The security description, or null for a dependency that is no security scheme. */
    public Security securityDoc() {
        return security;
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

    /** The release of a resource, or null for a plain dependency. */
    public Release<T> release() {
        return release;
    }

    public boolean isFunctionScope() {
        return functionScope;
    }

    @Override
    public String toString() {
        return "Dep[" + (name != null ? name : Integer.toHexString(System.identityHashCode(this))) + "]";
    }
}
