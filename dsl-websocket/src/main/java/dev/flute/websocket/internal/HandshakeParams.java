package dev.flute.websocket.internal;

import dev.flute.dsl.Api;
import dev.flute.dsl.Dep;
import dev.flute.dsl.Input;
import dev.flute.dsl.Param;
import dev.flute.dsl.ParamModel;
import dev.flute.dsl.types.ModelType;
import dev.flute.dsl.types.Type;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The path, query and header parameters a websocket handshake reads: the route's inputs, its
 * dependencies' inputs (after the API's overrides) and those of its groups, each once, in order.
 * Cookies are read too, but neither AsyncAPI nor its WebSockets binding has a place for them.
 */
final class HandshakeParams {
    /** One parameter as the client sends it. */
    record Named(Param.In in, String wireName, Type<?> type) {}

    private final Map<String, Named> found = new LinkedHashMap<>();
    private final Map<Dep<?>, Dep<?>> overrides;

    private HandshakeParams(Map<Dep<?>, Dep<?>> overrides) {
        this.overrides = overrides;
    }

    static List<Named> of(Api api, Api.Mounted mounted) {
        var params = new HandshakeParams(api.overrides());
        mounted.endpoint().spec().inputs().forEach(params::walk);
        mounted.dependencies().forEach(params::walk);
        return new ArrayList<>(params.found.values());
    }

    private void walk(Input<?> input) {
        if (input instanceof Param<?> p) {
            add(p.in(), p.wireName(), p.type());
        } else if (input instanceof ParamModel<?> m) {
            ModelType<?> model = m.model();
            for (ModelType.Field f : model.fields()) {
                boolean hyphens = m.in() == Param.In.HEADER && m.convertUnderscores();
                add(m.in(), hyphens ? f.wireName().replace('_', '-') : f.wireName(), f.type());
            }
        } else if (input instanceof Dep<?> d) {
            Dep<?> used = overrides.getOrDefault(d, d);
            used.inputs().forEach(this::walk);
        }
    }

    private void add(Param.In in, String name, Type<?> type) {
        found.putIfAbsent(in + " " + name, new Named(in, name, type));
    }
}
