package dev.flute.dsl;

import io.vertx.core.http.HttpMethod;
import java.util.ArrayList;
import java.util.List;

/**
 * Everything a route declares before its handler: the data every interpreter reads.
 *
 * @param method the HTTP method
 * @param template the path, with {@code <name>} for a segment and {@code <name:path>} for the rest
 * @param inputs the handler's inputs, in parameter order
 * @param dependencies dependencies run for their effect; their values are not passed
 * @param operation documentation and behaviour flags
 * @param formLimits the limits of a form body, or null for the defaults ({@link FormLimits#DEFAULT})
 */
public record RouteSpec(
        HttpMethod method,
        String template,
        List<Input<?>> inputs,
        List<Dep<?>> dependencies,
        Operation operation,
        FormLimits formLimits) {

    public RouteSpec {
        inputs = List.copyOf(inputs);
        dependencies = List.copyOf(dependencies);
        if (!template.startsWith("/")) throw new IllegalArgumentException("a path starts with '/': " + template);
    }

    /** A route with the default form limits. */
    public RouteSpec(
            HttpMethod method, String template, List<Input<?>> inputs, List<Dep<?>> dependencies, Operation operation) {
        this(method, template, inputs, dependencies, operation, null);
    }

    RouteSpec plus(Input<?> input) {
        var next = new ArrayList<Input<?>>(inputs);
        next.add(input);
        return new RouteSpec(method, template, next, dependencies, operation, formLimits);
    }

    RouteSpec withDependencies(List<Dep<?>> more) {
        var next = new ArrayList<Dep<?>>(dependencies);
        next.addAll(more);
        return new RouteSpec(method, template, inputs, next, operation, formLimits);
    }

    RouteSpec withOperation(Operation operation) {
        return new RouteSpec(method, template, inputs, dependencies, operation, formLimits);
    }

    RouteSpec withFormLimits(FormLimits limits) {
        return new RouteSpec(method, template, inputs, dependencies, operation, limits);
    }

    /** A readable name for error messages: {@code GET /items/<id>}. */
    public String describe() {
        return method.name() + " " + template;
    }
}
