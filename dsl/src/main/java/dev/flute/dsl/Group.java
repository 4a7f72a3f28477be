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
 * group("/reports").blocking().routes(...)   // every handler of the group runs off the event loop
 * group("/search").timeout(Duration.ofSeconds(2)).routes(...)   // 504 past it
 * }</pre>
 *
 * @param blockingHandlers the handlers of its routes (and its groups') block: they run on a worker
 * @param timeout how long its routes (and its groups') may take before they answer 504, unless a
 *     route or an inner group sets its own; null for no limit
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
        List<Middleware> middleware,
        boolean blockingHandlers,
        java.time.Duration timeout) {

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
        if (timeout != null && (timeout.isNegative() || timeout.isZero()))
            throw new IllegalArgumentException("a timeout is positive: " + timeout);
    }

    public static Group of(String prefix) {
        return new Group(
                prefix, List.of(), Map.of(), List.of(), List.of(), List.of(), Map.of(), List.of(), false, null);
    }

    public Group tags(String... more) {
        return with(g -> g.tags = concat(g.tags, List.of(more)));
    }

    /** Documents a response every route of the group may give. */
    public Group response(int status, String description) {
        return response(status, ResponseDoc.of(description));
    }

    public Group response(int status, ResponseDoc doc) {
        return with(g -> {
            var all = new LinkedHashMap<>(g.responses);
            all.put(status, doc);
            g.responses = all;
        });
    }

    /** A typed error every route of the group may answer (FastAPI's router {@code responses} with a model). */
    public Group error(ErrorOutput<?> error) {
        return response(error.status(), ResponseDoc.of(error));
    }

    public Group dependencies(Dep<?>... more) {
        return with(g -> g.dependencies = concat(g.dependencies, List.of(more)));
    }

    public Group routes(Endpoint<?>... more) {
        return with(g -> g.endpoints = concat(g.endpoints, List.of(more)));
    }

    public Group group(Group child) {
        return with(g -> g.groups = concat(g.groups, List.of(child)));
    }

    /** Handles exceptions of this type raised by the group's routes (before the API's handlers). */
    public <E extends Throwable> Group exceptionHandler(Class<E> type, ExceptionHandler<? super E> handler) {
        return with(g -> {
            var all = new LinkedHashMap<>(g.exceptionHandlers);
            all.put(type, handler);
            g.exceptionHandlers = all;
        });
    }

    /** Wraps the group's routes; the first added is the outermost. */
    public Group middleware(Middleware... more) {
        return with(g -> g.middleware = concat(g.middleware, List.of(more)));
    }

    /**
     * The handlers of the group's routes block (JDBC, files): they run on a worker, as if each route
     * said {@code .blocking()}. Dependencies say it for themselves ({@code dep.blocking()}).
     */
    public Group blocking() {
        return with(g -> g.blockingHandlers = true);
    }

    /**
     * The group's routes answer 504 when they have not answered within {@code limit}, unless a route
     * or an inner group sets its own (see {@code RouteBuilder.timeout}).
     */
    public Group timeout(java.time.Duration limit) {
        return with(g -> g.timeout = limit);
    }

    /** A copy with these dependencies instead of its own. */
    public Group withDependencies(List<Dep<?>> replacement) {
        return with(g -> g.dependencies = replacement);
    }

    /** A copy with these routes instead of its own. */
    public Group withEndpoints(List<Endpoint<?>> replacement) {
        return with(g -> g.endpoints = replacement);
    }

    /** A copy with these child groups instead of its own. */
    public Group withGroups(List<Group> replacement) {
        return with(g -> g.groups = replacement);
    }

    static <T> List<T> concat(List<T> a, List<T> b) {
        var out = new ArrayList<T>(a.size() + b.size());
        out.addAll(a);
        out.addAll(b);
        return out;
    }

    /** A copy with the changes {@code edit} makes: one place that copies every component. */
    private Group with(java.util.function.Consumer<Draft> edit) {
        var draft = new Draft(this);
        edit.accept(draft);
        return new Group(
                prefix,
                draft.tags,
                draft.responses,
                draft.dependencies,
                draft.endpoints,
                draft.groups,
                draft.exceptionHandlers,
                draft.middleware,
                draft.blockingHandlers,
                draft.timeout);
    }

    private static final class Draft {
        List<String> tags;
        Map<Integer, ResponseDoc> responses;
        List<Dep<?>> dependencies;
        List<Endpoint<?>> endpoints;
        List<Group> groups;
        Map<Class<? extends Throwable>, ExceptionHandler<? extends Throwable>> exceptionHandlers;
        List<Middleware> middleware;
        boolean blockingHandlers;
        java.time.Duration timeout;

        Draft(Group g) {
            tags = g.tags;
            responses = g.responses;
            dependencies = g.dependencies;
            endpoints = g.endpoints;
            groups = g.groups;
            exceptionHandlers = g.exceptionHandlers;
            middleware = g.middleware;
            blockingHandlers = g.blockingHandlers;
            timeout = g.timeout;
        }
    }
}
