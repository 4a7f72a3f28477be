package dev.flute.dsl;

import com.google.errorprone.annotations.CheckReturnValue;
import dev.flute.dsl.Operation.ResponseDoc;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Routes under a common prefix, with tags, documented responses, dependencies, exception handlers
 * and middleware they all share: FastAPI's {@code APIRouter}. Groups nest; the API itself is the
 * root group.
 *
 * <pre>{@code
 * group("/items").tags("items").dependencies(TOKEN).response(404, "Not found").routes(READ, UPDATE)
 * }</pre>
 */
@CheckReturnValue
public record Group(
        String prefix,
        List<String> tags,
        Map<Integer, ResponseDoc> responses,
        List<Dep<?>> dependencies,
        List<Endpoint<?>> endpoints,
        List<Group> groups,
        Map<Class<? extends Throwable>, ExceptionHandler<? extends Throwable>> exceptionHandlers,
        List<Middleware> middleware) {

    public Group {
        if (!prefix.isEmpty() && (!prefix.startsWith("/") || prefix.endsWith("/"))) {
            throw new IllegalArgumentException("a group prefix starts with '/' and does not end with one: " + prefix);
        }
        tags = List.copyOf(tags);
        responses = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(responses));
        dependencies = List.copyOf(dependencies);
        endpoints = List.copyOf(endpoints);
        groups = List.copyOf(groups);
        exceptionHandlers = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(exceptionHandlers));
        middleware = List.copyOf(middleware);
    }

    public static Group of(String prefix) {
        return new Group(prefix, List.of(), Map.of(), List.of(), List.of(), List.of(), Map.of(), List.of());
    }

    public Group tags(String... more) {
        return new Group(
                prefix,
                concat(tags, List.of(more)),
                responses,
                dependencies,
                endpoints,
                groups,
                exceptionHandlers,
                middleware);
    }

    public Group response(int status, String description) {
        var all = new LinkedHashMap<>(responses);
        all.put(status, ResponseDoc.of(description));
        return new Group(prefix, tags, all, dependencies, endpoints, groups, exceptionHandlers, middleware);
    }

    public Group dependencies(Dep<?>... more) {
        return new Group(
                prefix,
                tags,
                responses,
                concat(dependencies, List.of(more)),
                endpoints,
                groups,
                exceptionHandlers,
                middleware);
    }

    public Group routes(Endpoint<?>... more) {
        return new Group(
                prefix,
                tags,
                responses,
                dependencies,
                concat(endpoints, List.of(more)),
                groups,
                exceptionHandlers,
                middleware);
    }

    public Group group(Group child) {
        return new Group(
                prefix,
                tags,
                responses,
                dependencies,
                endpoints,
                concat(groups, List.of(child)),
                exceptionHandlers,
                middleware);
    }

    /** Handles exceptions of this type raised by the group's routes (before the API's handlers). */
    public <E extends Throwable> Group exceptionHandler(Class<E> type, ExceptionHandler<? super E> handler) {
        var all = new LinkedHashMap<>(exceptionHandlers);
        all.put(type, handler);
        return new Group(prefix, tags, responses, dependencies, endpoints, groups, all, middleware);
    }

    /** Wraps the group's routes; the first added is the outermost. */
    public Group middleware(Middleware... more) {
        return new Group(
                prefix,
                tags,
                responses,
                dependencies,
                endpoints,
                groups,
                exceptionHandlers,
                concat(middleware, List.of(more)));
    }

    /** A copy with these dependencies instead of its own. */
    public Group withDependencies(List<Dep<?>> replacement) {
        return new Group(prefix, tags, responses, replacement, endpoints, groups, exceptionHandlers, middleware);
    }

    /** A copy with these routes instead of its own. */
    public Group withEndpoints(List<Endpoint<?>> replacement) {
        return new Group(prefix, tags, responses, dependencies, replacement, groups, exceptionHandlers, middleware);
    }

    /** A copy with these child groups instead of its own. */
    public Group withGroups(List<Group> replacement) {
        return new Group(prefix, tags, responses, dependencies, endpoints, replacement, exceptionHandlers, middleware);
    }

    static <T> List<T> concat(List<T> a, List<T> b) {
        var out = new ArrayList<T>(a.size() + b.size());
        out.addAll(a);
        out.addAll(b);
        return out;
    }
}
