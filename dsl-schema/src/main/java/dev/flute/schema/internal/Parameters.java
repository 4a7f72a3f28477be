package dev.flute.schema.internal;

import dev.flute.dsl.Api;
import dev.flute.dsl.Body;
import dev.flute.dsl.Builtin;
import dev.flute.dsl.Dep;
import dev.flute.dsl.FileParam;
import dev.flute.dsl.FormInput;
import dev.flute.dsl.FormModel;
import dev.flute.dsl.FormParam;
import dev.flute.dsl.Input;
import dev.flute.dsl.Param;
import dev.flute.dsl.ParamModel;
import dev.flute.dsl.Security;
import dev.flute.dsl.types.ModelType;
import dev.flute.dsl.types.Type;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What an operation reads, as FastAPI lists it: the route's own inputs first, then those of its
 * dependencies (the API's, the groups', the route's side-effect ones, then those it takes as
 * arguments), depth first; a dependency met twice is walked once.
 *
 * <ul>
 *   <li>parameters, a parameter model ({@code queryModel}, ...) counting as one parameter per field;
 *       documented ordered path, query, header, cookie, one name in one place once, a required
 *       declaration winning over an optional one;
 *   <li>JSON bodies, and form inputs (fields, files, a form model), each name once;
 *   <li>the security schemes of the dependencies, one per scheme name, the scopes of all its uses
 *       joined in order.
 * </ul>
 */
public final class Parameters {
    private Parameters() {}

    /**
     * A parameter as documented.
     *
     * @param name the name on the wire
     * @param title the schema's title when the type has none ({@code item_id} → "Item Id")
     */
    public record Doc(Param.In in, String name, Type<?> type, String title) {}

    /**
     * Everything one operation reads, in FastAPI's flat order.
     *
     * @param params every parameter read, hidden ones too, before ordering and de-duplication
     * @param bodies the JSON bodies, each name once
     * @param forms the form inputs, each wire name once
     * @param security the schemes checked, each once, in order of first use
     */
    public record Reads(List<Doc> params, List<Body<?>> bodies, List<FormInput<?>> forms, List<Security> security) {

        /** FastAPI's condition for documenting a 422: any parameter or body at all. */
        public boolean anyInput() {
            return !params.isEmpty() || !bodies.isEmpty() || !forms.isEmpty();
        }

        /** The documented parameters: ordered by place, without hidden ones, each (place, wire name) once. */
        public List<Doc> documented() {
            var ordered = new ArrayList<Doc>(params.size());
            for (Param.In in : Param.In.values()) {
                for (Doc p : params) if (p.in() == in && p.type().meta().includeInSchema()) ordered.add(p);
            }
            // As FastAPI: a name keeps its first position; its last declaration stands, or its last
            // required one when there is one.
            Map<String, Doc> byKey = new LinkedHashMap<>();
            Map<String, Doc> required = new LinkedHashMap<>();
            for (Doc p : ordered) {
                byKey.put(key(p), p);
                if (p.type().required()) required.put(key(p), p);
            }
            byKey.putAll(required);
            return List.copyOf(byKey.values());
        }

        private static String key(Doc p) {
            return p.in().label() + "\u0000" + p.name();
        }
    }

    /** Walks the route and its dependencies once. */
    public static Reads of(Api.Mounted mounted) {
        var walk = new Walk(mounted);
        var subs = new ArrayList<Dep<?>>(mounted.dependencies());
        walk.own(mounted.endpoint().spec().inputs(), subs);
        for (Dep<?> d : subs) walk.walk(d);
        return new Reads(
                List.copyOf(walk.params),
                List.copyOf(walk.bodies.values()),
                List.copyOf(walk.forms.values()),
                walk.security());
    }

    /** The form input's name on the wire. */
    public static String wireName(FormInput<?> input) {
        if (input instanceof FormParam<?> p) return p.wireName();
        if (input instanceof FileParam<?> f) return f.wireName();
        return "(form model " + ((FormModel<?>) input).model().name() + ")";
    }

    /** The form input's type. */
    public static Type<?> type(FormInput<?> input) {
        if (input instanceof FormParam<?> p) return p.type();
        if (input instanceof FileParam<?> f) return f.type();
        return ((FormModel<?>) input).model();
    }

    private static final class Walk {
        final Api.Mounted where;
        final Set<Dep<?>> visited = Collections.newSetFromMap(new IdentityHashMap<>());
        final List<Doc> params = new ArrayList<>();
        final Map<String, Body<?>> bodies = new LinkedHashMap<>();
        final Map<String, FormInput<?>> forms = new LinkedHashMap<>();
        final Map<String, Security> schemes = new LinkedHashMap<>();
        final Map<String, Set<String>> scopes = new LinkedHashMap<>();

        Walk(Api.Mounted where) {
            this.where = where;
        }

        void own(List<Input<?>> inputs, List<Dep<?>> subs) {
            for (Input<?> input : inputs) {
                if (input instanceof Dep<?> d) {
                    subs.add(d);
                } else if (input instanceof Param<?> p) {
                    params.add(new Doc(p.in(), p.wireName(), p.type(), Py.fieldTitle(p.wireName())));
                } else if (input instanceof ParamModel<?> m) {
                    // Each field is a parameter of its own, titled after the field as Pydantic does.
                    for (ModelType.Field f : m.model().fields()) {
                        params.add(new Doc(m.in(), m.wireName(f), f.type(), Py.fieldTitle(f.wireName())));
                    }
                } else if (input instanceof Body<?> b) {
                    bodies.putIfAbsent(b.name(), b);
                } else if (input instanceof FormInput<?> f) {
                    forms.putIfAbsent(wireName(f), f);
                } else if (!(input instanceof Builtin<?>)) {
                    // A new kind of input must be documented deliberately, never dropped in silence.
                    throw new UnsupportedOperationException("the OpenAPI document cannot describe the input "
                            + input.getClass().getSimpleName() + " of "
                            + where.endpoint().spec().describe() + " yet");
                }
            }
        }

        void walk(Dep<?> dep) {
            if (!visited.add(dep)) return;
            Security security = dep.securityDoc();
            if (security != null) add(security);
            var subs = new ArrayList<Dep<?>>();
            own(dep.inputs(), subs);
            for (Dep<?> d : subs) walk(d);
        }

        private void add(Security security) {
            Security seen = schemes.putIfAbsent(security.schemeName(), security);
            if (seen != null && !seen.scheme().equals(security.scheme())) {
                throw new IllegalStateException("two different security schemes are both named '"
                        + security.schemeName() + "' in "
                        + where.endpoint().spec().describe()
                        + ": " + seen.scheme() + " and " + security.scheme()
                        + "; give one of them its own scheme name");
            }
            scopes.computeIfAbsent(security.schemeName(), k -> new LinkedHashSet<>())
                    .addAll(security.scopes());
        }

        List<Security> security() {
            var out = new ArrayList<Security>(schemes.size());
            for (Security s : schemes.values()) out.add(s.withScopes(List.copyOf(scopes.get(s.schemeName()))));
            return List.copyOf(out);
        }
    }
}
