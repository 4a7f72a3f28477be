package dev.flute.dsl;

import com.google.errorprone.annotations.CheckReturnValue;
import java.util.List;

/**
 * A dependency, FastAPI's {@code Depends()}: a value computed per request from inputs and other
 * dependencies. Its function returns the value ({@code dep}, {@code resource}) or a Vert.x
 * {@code Future} of it ({@code depAsync}, {@code resourceAsync}): which one is part of the
 * declaration, so the plan waits only where a future can come.
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
@CheckReturnValue
public final class Dep<T> implements Input<T> {
    /** What the dependency is; uses with other scopes share it. */
    private record Definition<T>(
            List<Input<?>> inputs,
            Invoker fn,
            boolean async,
            boolean cached,
            boolean blocking,
            String name,
            AsyncRelease<T> release,
            boolean functionScope,
            SecurityScheme scheme) {}

    private final Definition<T> def;
    private final Dep<T> origin;
    private final List<String> scopes;

    private Dep(Definition<T> def, Dep<T> origin, List<String> scopes) {
        this.def = def;
        this.origin = origin;
        this.scopes = List.copyOf(scopes);
    }

    private Dep(Definition<T> def) {
        this(def, null, List.of());
    }

    /** A dependency of these inputs whose function returns its value; prefer the typed {@code Flute.dep(...)} overloads. */
    public static <T> Dep<T> of(List<Input<?>> inputs, Invoker fn) {
        return made(inputs, fn, false, null);
    }

    /**
     * A dependency of these inputs whose function returns a {@code Future} or a
     * {@code CompletionStage} of its value; prefer the typed {@code Flute.depAsync(...)} overloads.
     */
    public static <T> Dep<T> ofAsync(List<Input<?>> inputs, Invoker fn) {
        return made(inputs, fn, true, null);
    }

    /** A resource of these inputs, acquired and released at once; prefer the typed {@code Flute.resource(...)} overloads. */
    public static <T> Dep<T> resource(List<Input<?>> inputs, Invoker acquire, Release<T> release) {
        if (release == null) throw new IllegalArgumentException("a resource needs a release");
        return made(inputs, acquire, false, AsyncRelease.of(release));
    }

    /**
     * A resource whose acquire returns a {@code Future} of it and whose release may complete later;
     * prefer the typed {@code Flute.resourceAsync(...)} overloads.
     */
    public static <T> Dep<T> resourceAsync(List<Input<?>> inputs, Invoker acquire, AsyncRelease<T> release) {
        if (release == null) throw new IllegalArgumentException("a resource needs a release");
        return made(inputs, acquire, true, release);
    }

    private static <T> Dep<T> made(List<Input<?>> inputs, Invoker fn, boolean async, AsyncRelease<T> release) {
        return new Dep<>(new Definition<>(List.copyOf(inputs), fn, async, true, false, null, release, false, null));
    }

    /** Computed again each time it is used in a request (FastAPI's {@code use_cache=False}). */
    public Dep<T> noCache() {
        var d = def;
        return new Dep<>(new Definition<>(
                d.inputs(),
                d.fn(),
                d.async(),
                false,
                d.blocking(),
                d.name(),
                d.release(),
                d.functionScope(),
                d.scheme()));
    }

    /** Its function (and release) block (JDBC, files): they run on a worker, never on the event loop. */
    public Dep<T> blocking() {
        var d = def;
        return new Dep<>(new Definition<>(
                d.inputs(), d.fn(), d.async(), d.cached(), true, d.name(), d.release(), d.functionScope(), d.scheme()));
    }

    /** A name for error messages and documentation. */
    public Dep<T> named(String name) {
        var d = def;
        return new Dep<>(new Definition<>(
                d.inputs(),
                d.fn(),
                d.async(),
                d.cached(),
                d.blocking(),
                name,
                d.release(),
                d.functionScope(),
                d.scheme()));
    }

    /** Release this resource as soon as the handler returns, before the response is sent. */
    public Dep<T> functionScope() {
        if (def.release() == null) throw new IllegalStateException(this + " is not a resource");
        var d = def;
        return new Dep<>(new Definition<>(
                d.inputs(), d.fn(), d.async(), d.cached(), d.blocking(), d.name(), d.release(), true, d.scheme()));
    }

    /** This dependency checks a security scheme: OpenAPI documents the scheme and the scopes required of it. */
    public Dep<T> security(SecurityScheme scheme) {
        var d = def;
        return new Dep<>(new Definition<>(
                d.inputs(),
                d.fn(),
                d.async(),
                d.cached(),
                d.blocking(),
                d.name(),
                d.release(),
                d.functionScope(),
                scheme));
    }

    /**
     * A use of this dependency that requires these scopes, on top of those required where it is
     * used: FastAPI's {@code Security(dep, scopes=[...])}. Uses share the dependency (its overrides
     * apply) and are cached per set of required scopes.
     */
    public Dep<T> scopes(String... required) {
        var all = new java.util.ArrayList<>(scopes);
        for (String scope : required) if (!all.contains(scope)) all.add(scope);
        return new Dep<>(def, origin(), all);
    }

    /** The dependency this is a use of (itself, unless made by {@link #scopes}). */
    public Dep<T> origin() {
        return origin == null ? this : origin;
    }

    /** The scopes this use adds. */
    public List<String> scopes() {
        return scopes;
    }

    /** The scheme this dependency checks, or null. */
    public SecurityScheme securityScheme() {
        return def.scheme();
    }

    public List<Input<?>> inputs() {
        return def.inputs();
    }

    public Invoker fn() {
        return def.fn();
    }

    public boolean cached() {
        return def.cached();
    }

    public boolean isBlocking() {
        return def.blocking();
    }

    /** Its function returns a {@code Future} or {@code CompletionStage} of the value, which the request waits for. */
    public boolean isAsync() {
        return def.async();
    }

    public String name() {
        return def.name();
    }

    /** The release of a resource, or null for a plain dependency. */
    public AsyncRelease<T> release() {
        return def.release();
    }

    public boolean isFunctionScope() {
        return def.functionScope();
    }

    @Override
    public String toString() {
        String id = def.name() != null ? def.name() : Integer.toHexString(System.identityHashCode(origin()));
        return "Dep[" + id + (scopes.isEmpty() ? "" : " " + scopes) + "]";
    }
}
