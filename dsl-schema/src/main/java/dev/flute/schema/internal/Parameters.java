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
import dev.flute.dsl.SecurityScheme;
import dev.flute.dsl.types.ModelType;
import dev.flute.dsl.types.Type;
import java.util.ArrayList;
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
 *   <li>the security schemes of the dependencies, one per scheme name, with the scopes required of
 *       it: for one use, those of every {@code dep.scopes(...)} on the way from the route to the
 *       scheme's dependency (as FastAPI and the request pipeline count them); for several uses,
 *       all of theirs joined in the order met.
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
    public record Reads(List<Doc> params, List<Body<?>> bodies, List<FormInput<?>> forms, List<Requirement> security) {

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

    /**
     * A scheme the operation requires, with the scopes required of it.
     *
     * @param scopes every scope required of it, in the order met
     */
    public record Requirement(SecurityScheme scheme, List<String> scopes) {}

    /** Walks the route and its dependencies once. */
    public static Reads of(Api.Mounted mounted) {
        var walk = new Walk(mounted);
        var subs = new ArrayList<Dep<?>>(mounted.dependencies());
        walk.own(mounted.endpoint().spec().inputs(), subs);
        for (Dep<?> d : subs) walk.walk(d, List.of());
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
        /** The scope sets each dependency was walked with: a use under other scopes is walked again. */
        final Map<Dep<?>, Set<Set<String>>> visited = new IdentityHashMap<>();

        final List<Doc> params = new ArrayList<>();
        final Map<String, Body<?>> bodies = new LinkedHashMap<>();
        final Map<String, FormInput<?>> forms = new LinkedHashMap<>();
        final Map<String, SecurityScheme> schemes = new LinkedHashMap<>();
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

        /**
         * Walks one use of a dependency under the scopes required on the way to it, as the request
         * pipeline does: its own scopes join them, and its dependencies are walked under the sum.
         */
        void walk(Dep<?> use, List<String> outer) {
            Dep<?> dep = use.origin();
            List<String> inner = union(outer, use.scopes());
            if (!visited.computeIfAbsent(dep, d -> new java.util.HashSet<>()).add(Set.copyOf(inner))) return;
            SecurityScheme scheme = dep.securityScheme();
            if (scheme != null) add(scheme, inner);
            var subs = new ArrayList<Dep<?>>();
            own(dep.inputs(), subs);
            for (Dep<?> d : subs) walk(d, inner);
        }

        private static List<String> union(List<String> a, List<String> b) {
            if (b.isEmpty()) return a;
            var all = new ArrayList<>(a);
            for (String scope : b) if (!all.contains(scope)) all.add(scope);
            return List.copyOf(all);
        }

        private void add(SecurityScheme scheme, List<String> required) {
            SecurityScheme seen = schemes.putIfAbsent(scheme.name(), scheme);
            if (seen != null && !seen.openapi().equals(scheme.openapi())) {
                throw new IllegalStateException("two different security schemes are both named '" + scheme.name()
                        + "' in " + where.endpoint().spec().describe() + ": " + seen.openapi() + " and "
                        + scheme.openapi() + "; give one of them its own scheme name");
            }
            scopes.computeIfAbsent(scheme.name(), k -> new LinkedHashSet<>()).addAll(required);
        }

        List<Requirement> security() {
            var out = new ArrayList<Requirement>(schemes.size());
            for (SecurityScheme s : schemes.values()) {
                out.add(new Requirement(s, List.copyOf(scopes.get(s.name()))));
            }
            return List.copyOf(out);
        }
    }
}
