package dev.flute.dsl;

import io.vertx.core.http.HttpMethod;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Everything a route declares besides its handler: the data every interpreter reads.
 *
 * @param method the HTTP method
 * @param template the path, with {@code <name>} for a segment and {@code <name:path>} for the rest;
 *     empty only for a route at its group's prefix ({@code group("/books").routes(route(POST, ""))})
 * @param inputs the handler's inputs, in parameter order
 * @param dependencies dependencies run for their effect; their values are not passed
 * @param operation documentation and behaviour flags
 * @param output what the handler returns and how it is sent, or null for a route that does not say
 *     (its result is sent as JSON, a {@code Response} or a future of either, as found)
 * @param formLimits the limits of a form body, or null for the API's
 * @param attributes data extensions attach to the route, by key
 */
public record RouteSpec(
        HttpMethod method,
        String template,
        List<Input<?>> inputs,
        List<Dep<?>> dependencies,
        Operation operation,
        Output<?> output,
        FormLimits formLimits,
        Map<Attribute<?>, Object> attributes) {

    /**
     * The method websocket routes are declared with (module dsl-websocket); a handshake, a GET with
     * {@code Upgrade: websocket}, is matched against it.
     */
    public static final HttpMethod WEBSOCKET = HttpMethod.valueOf("WEBSOCKET");

    public RouteSpec {
        inputs = List.copyOf(inputs);
        dependencies = List.copyOf(dependencies);
        attributes = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(attributes));
        if (!template.isEmpty() && !template.startsWith("/"))
            throw new IllegalArgumentException("a path starts with '/': " + template);
    }

    /** A route of this method and path, with nothing declared yet. */
    static RouteSpec of(HttpMethod method, String template) {
        return new RouteSpec(method, template, List.of(), List.of(), Operation.DEFAULT, null, null, Map.of());
    }

    /** The value stored under {@code key}, or null. */
    public <T> T attribute(Attribute<T> key) {
        Object value = attributes.get(key);
        return value == null ? null : key.cast(value);
    }

    /** The success status: the route's own, else its output's default, else 200. */
    public int status() {
        if (operation.status() != 0) return operation.status();
        return output == null ? 200 : output.defaultStatus();
    }

    RouteSpec plus(Input<?> input) {
        var next = new ArrayList<Input<?>>(inputs);
        next.add(input);
        return new RouteSpec(method, template, next, dependencies, operation, output, formLimits, attributes);
    }

    RouteSpec withDependencies(List<Dep<?>> more) {
        var next = new ArrayList<Dep<?>>(dependencies);
        next.addAll(more);
        return new RouteSpec(method, template, inputs, next, operation, output, formLimits, attributes);
    }

    RouteSpec withOperation(Operation operation) {
        return new RouteSpec(method, template, inputs, dependencies, operation, output, formLimits, attributes);
    }

    RouteSpec withOutput(Output<?> output) {
        return new RouteSpec(method, template, inputs, dependencies, operation, output, formLimits, attributes);
    }

    RouteSpec withFormLimits(FormLimits limits) {
        return new RouteSpec(method, template, inputs, dependencies, operation, output, limits, attributes);
    }

    <T> RouteSpec withAttribute(Attribute<T> key, T value) {
        var next = new LinkedHashMap<>(attributes);
        next.put(key, key.cast(value));
        return new RouteSpec(method, template, inputs, dependencies, operation, output, formLimits, next);
    }

    /** A readable name for error messages: {@code GET /items/<id>}. */
    public String describe() {
        return method.name() + " " + template;
    }
}
