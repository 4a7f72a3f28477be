package dev.flute.client;

import dev.flute.dsl.Body;
import dev.flute.dsl.Dep;
import dev.flute.dsl.FileParam;
import dev.flute.dsl.Flute;
import dev.flute.dsl.FormInput;
import dev.flute.dsl.FormModel;
import dev.flute.dsl.FormParam;
import dev.flute.dsl.Input;
import dev.flute.dsl.Json;
import dev.flute.dsl.Param;
import dev.flute.dsl.ParamModel;
import dev.flute.dsl.RouteSpec;
import dev.flute.dsl.spi.Parameter;
import dev.flute.dsl.spi.ResolvedRoute;
import dev.flute.dsl.types.ModelType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A route compiled for the client, once: every input it reads on the wire (its own and its
 * dependencies', from the resolved route, never by walking the dependencies), each with the
 * declared type that encodes it, and its own inputs in declaration order for positional calls.
 */
final class ClientRoute {
    private final ResolvedRoute route;
    private final Map<String, Target> targets = new LinkedHashMap<>();
    private final List<Target> own = new ArrayList<>();

    private ClientRoute(ResolvedRoute route) {
        this.route = route;
        for (Parameter p : route.parameters())
            targets.putIfAbsent(key(p.in(), p.name()), new Target.Parameter(p.in(), p.name(), p.type()));
        for (Body<?> b : route.bodies()) {
            var encoder = Json.encoder(Flute.json(b.type()).excludeUnset()); // a Partial sends only its set fields
            targets.put("body:" + b.name(), new Target.Body(b.name(), b.type(), encoder));
        }
        for (FormInput<?> f : route.forms()) {
            if (f instanceof FormModel<?> m) targets.put(formModelKey(m.model()), new Target.FormModel(m.model()));
            else if (f instanceof FileParam<?> file)
                targets.put("form:" + f.wireName(), new Target.File(f.wireName(), file.type()));
            else targets.put("form:" + f.wireName(), new Target.Field(f.wireName(), ((FormParam<?>) f).type()));
        }
        for (Input<?> input : route.spec().inputs()) if (onWire(input)) own.add(target(input));
    }

    static ClientRoute compile(ResolvedRoute route) {
        if (route.method().equals(RouteSpec.WEBSOCKET)) {
            throw new IllegalArgumentException(
                    route.describe() + " is a websocket route: the typed client speaks HTTP; use a websocket client");
        }
        return new ClientRoute(route);
    }

    ResolvedRoute route() {
        return route;
    }

    String describe() {
        return route.describe();
    }

    /** The route's own inputs read from the request, in declaration order: what a positional call gives. */
    List<Target> own() {
        return own;
    }

    /** Where a value for {@code input} goes: matched by place and wire name among everything the route reads. */
    Target target(Input<?> input) {
        return find(input)
                .orElseThrow(() -> new IllegalArgumentException(describe() + " reads no " + name(input) + "; it reads "
                        + (targets.isEmpty() ? "nothing from the request" : readList())));
    }

    /** The target of {@code input}, or empty when the route does not read it. */
    Optional<Target> find(Input<?> input) {
        if (input instanceof Param<?> p) return Optional.ofNullable(targets.get(key(p.in(), p.wireName())));
        if (input instanceof ParamModel<?> m) return model(m);
        if (input instanceof Body<?> b) return Optional.ofNullable(targets.get("body:" + b.name()));
        if (input instanceof FormModel<?> m) return Optional.ofNullable(targets.get(formModelKey(m.model())));
        if (input instanceof FormInput<?> f) return Optional.ofNullable(targets.get("form:" + f.wireName()));
        if (input instanceof Dep<?>) {
            throw new IllegalArgumentException(describe() + ": a dependency's value is computed by the server; "
                    + "give the inputs it reads (it may read: " + readList() + ")");
        }
        throw new IllegalArgumentException(describe() + ": " + input + " is provided by the server, not sent");
    }

    /** A parameter model is read field by field: the route must read each of them. */
    private Optional<Target> model(ParamModel<?> m) {
        var fields = new ArrayList<Target.Parameter>();
        for (ModelType.Field f : m.model().fields()) {
            Target field = targets.get(key(m.in(), m.wireName(f)));
            if (field == null) return Optional.empty();
            fields.add((Target.Parameter) field);
        }
        return Optional.of(new Target.Model(m.in(), m.model(), fields));
    }

    /** {@code path 'item_id', query 'q', body 'item'}. */
    String readList() {
        return String.join(", ", targets.values().stream().map(Target::describe).toList());
    }

    /** True for the inputs read from the request, which a caller gives; dependencies and built-ins are the server's. */
    private static boolean onWire(Input<?> input) {
        return input instanceof Param<?>
                || input instanceof ParamModel<?>
                || input instanceof Body<?>
                || input instanceof FormInput<?>;
    }

    private static String name(Input<?> input) {
        if (input instanceof Param<?> p) return p.in().label() + " '" + p.wireName() + "'";
        if (input instanceof ParamModel<?> m)
            return m.in().label() + " model " + m.model().name();
        if (input instanceof Body<?> b) return "body '" + b.name() + "'";
        if (input instanceof FormModel<?> m) return "form model " + m.model().name();
        if (input instanceof FormInput<?> f) return "form input '" + f.wireName() + "'";
        return String.valueOf(input);
    }

    private static String key(Param.In in, String wireName) {
        // Header names are case-insensitive on the wire.
        return in.label() + ":" + (in == Param.In.HEADER ? wireName.toLowerCase(Locale.ROOT) : wireName);
    }

    private static String formModelKey(ModelType<?> model) {
        return "formModel:" + model.javaType().getName();
    }
}
