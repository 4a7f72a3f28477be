package dev.flute.dsl.spi;

import dev.flute.dsl.Api;
import dev.flute.dsl.AsyncRelease;
import dev.flute.dsl.Body;
import dev.flute.dsl.Builtin;
import dev.flute.dsl.Dep;
import dev.flute.dsl.Endpoint;
import dev.flute.dsl.FileParam;
import dev.flute.dsl.FormInput;
import dev.flute.dsl.FormModel;
import dev.flute.dsl.FormParam;
import dev.flute.dsl.Group;
import dev.flute.dsl.Input;
import dev.flute.dsl.Middleware;
import dev.flute.dsl.Operation;
import dev.flute.dsl.Param;
import dev.flute.dsl.ParamModel;
import dev.flute.dsl.RouteSpec;
import dev.flute.dsl.SecurityScheme;
import dev.flute.dsl.types.ModelType;
import dev.flute.dsl.types.Type;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * Resolves one mounted route: the only place that walks a route's dependencies. Two walks, both
 * through the API's overrides and with the same scope rules: the graph the request computes (each
 * node once) and FastAPI's flat order of what the operation reads (for documents and clients).
 */
final class Resolver {
    private final Api.Mounted mounted;
    private final RouteSpec spec;
    private final PathTemplate path;
    private final Map<Dep<?>, Dep<?>> overrides;

    // The graph, in the order values are computed.
    private final List<Node> nodes = new ArrayList<>();
    private final Map<String, Node.Read> params = new HashMap<>();
    private final Map<String, Node.Read> bodies = new HashMap<>();
    private final Map<String, Node.Read> forms = new HashMap<>();
    private final Map<Object, Node.Provided> provided = new HashMap<>();
    private final Map<CallKey, Node.Call> calls = new HashMap<>();
    private final Set<Dep<?>> visiting = Collections.newSetFromMap(new IdentityHashMap<>());
    private final Map<Dep<?>, Boolean> readsScopes = new IdentityHashMap<>();
    /** The scopes required on the way to the input being resolved (FastAPI's SecurityScopes). */
    private List<String> scopes = List.of();

    // What the operation reads, in FastAPI's flat order.
    private final List<Parameter> parameters = new ArrayList<>();
    private final Map<String, Body<?>> docBodies = new LinkedHashMap<>();
    private final Map<String, FormInput<?>> docForms = new LinkedHashMap<>();
    private final Map<Dep<?>, Set<Set<String>>> walked = new IdentityHashMap<>();
    private final Map<String, SecurityScheme> schemes = new LinkedHashMap<>();
    private final Map<String, Set<String>> schemeScopes = new LinkedHashMap<>();

    /** A cached dependency's node, by the dependency and the scopes it is resolved under. */
    private record CallKey(Dep<?> dep, Set<String> scopes) {
        @Override
        public boolean equals(Object other) {
            return other instanceof CallKey k && k.dep == dep && k.scopes.equals(scopes);
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(dep) * 31 + scopes.hashCode();
        }
    }

    private Resolver(Api api, Api.Mounted mounted) {
        this.mounted = mounted;
        this.spec = mounted.endpoint().spec();
        this.overrides = api.overrides();
        String template = mounted.template();
        if (template.isEmpty()) throw fail("a route outside a group needs a path, at least \"/\"");
        try {
            this.path = PathTemplate.parse(template);
        } catch (IllegalArgumentException malformed) {
            throw fail(malformed.getMessage());
        }
    }

    static ResolvedRoute resolve(Api api, Api.Mounted mounted) {
        return new Resolver(api, mounted).route(api);
    }

    private ResolvedRoute route(Api api) {
        for (Dep<?> d : mounted.dependencies()) node(d);
        var args = new ArrayList<Node>(spec.inputs().size());
        for (Input<?> input : spec.inputs()) args.add(node(input));
        boolean blocking =
                spec.operation().blocking() || mounted.groups().stream().anyMatch(Group::blockingHandlers);
        Endpoint.Returns returns = mounted.endpoint().returns();
        boolean async = returns != Endpoint.Returns.VALUE && returns != Endpoint.Returns.RESPONSE;
        nodes.add(new Node.Call("handler", mounted.endpoint().invoker(), args, blocking, async, null, false, null));
        checkPath();
        checkBody();
        document();
        var middleware = new ArrayList<Middleware>();
        for (int g = 1; g < mounted.groups().size(); g++)
            middleware.addAll(mounted.groups().get(g).middleware());
        return new ResolvedRoute(
                mounted,
                path,
                operationId(),
                tags(),
                responses(),
                blocking,
                nodes,
                parameters,
                List.copyOf(docBodies.values()),
                List.copyOf(docForms.values()),
                security(),
                middleware,
                spec.formLimits() != null ? spec.formLimits() : api.settings().formLimits(),
                timeout());
    }

    /** The route's own timeout, else its innermost group's that has one (the API is the outermost). */
    private java.time.Duration timeout() {
        if (spec.operation().timeout() != null) return spec.operation().timeout();
        for (int g = mounted.groups().size() - 1; g >= 0; g--) {
            if (mounted.groups().get(g).timeout() != null)
                return mounted.groups().get(g).timeout();
        }
        return null;
    }

    // ---- the graph ----------------------------------------------------------------------------

    private Node node(Input<?> input) {
        if (input instanceof Dep<?> d) return call(d);
        if (input instanceof Builtin<?> b) return provided(b);
        if (input instanceof Param<?> p) return param(p);
        if (input instanceof Body<?> b) return body(b);
        if (input instanceof FormInput<?> f) return form(f);
        if (input instanceof ParamModel<?> m) return read(m);
        throw fail("cannot read the input " + input);
    }

    private Node.Read read(Input<?> input) {
        var read = new Node.Read(input);
        nodes.add(read);
        return read;
    }

    /** Built-ins are one node each per request, however often they are asked for; scopes one per scope set. */
    private Node provided(Builtin<?> b) {
        boolean scoped = b.kind() == Builtin.Kind.SECURITY_SCOPES;
        Object key = scoped ? scopes : b.kind();
        Node.Provided seen = provided.get(key);
        if (seen != null) return seen;
        var node = new Node.Provided(b.kind(), scoped ? scopes : List.of());
        provided.put(key, node);
        nodes.add(node);
        return node;
    }

    private Node param(Param<?> p) {
        String key = key(p.in(), p.wireName());
        Node.Read seen = params.get(key);
        if (seen != null) {
            if (!sameShape(((Param<?>) seen.input()).type(), p.type())) {
                throw fail("two " + p.in().label() + " inputs named '" + p.wireName() + "' have different types");
            }
            return seen;
        }
        Node.Read read = read(p);
        params.put(key, read);
        return read;
    }

    private Node body(Body<?> b) {
        Node.Read seen = bodies.get(b.name());
        if (seen != null) {
            Body<?> first = (Body<?>) seen.input();
            if (first != b && !sameShape(first.type(), b.type())) {
                throw fail("two bodies named '" + b.name() + "' have different types");
            }
            return seen;
        }
        Node.Read read = read(b);
        bodies.put(b.name(), read);
        return read;
    }

    private Node form(FormInput<?> f) {
        String name = f.wireName();
        Node.Read seen = forms.get(name);
        if (seen != null) {
            FormInput<?> first = (FormInput<?>) seen.input();
            if (first != f && !sameForm(first, f)) {
                throw fail("two form inputs named '" + name + "' have different types");
            }
            return seen;
        }
        Node.Read read = read(f);
        forms.put(name, read);
        return read;
    }

    private Node call(Dep<?> declared) {
        // Overrides replace the dependency, whichever scoped use of it the route names.
        Dep<?> origin = declared.origin();
        Dep<?> d = overrides.getOrDefault(origin, origin);
        List<String> outer = scopes;
        List<String> inner = union(union(outer, declared.scopes()), d == origin ? List.of() : d.scopes());
        // Scopes only split the cache for dependencies that read them, somewhere below (as FastAPI).
        var key = new CallKey(d, readsScopes(d) ? new TreeSet<>(inner) : Set.of());
        if (d.cached()) {
            Node.Call seen = calls.get(key);
            if (seen != null) return seen;
        }
        if (!visiting.add(d)) throw fail("dependency cycle through " + d);
        var args = new ArrayList<Node>(d.inputs().size());
        scopes = inner;
        try {
            for (Input<?> input : d.inputs()) args.add(node(input));
        } finally {
            scopes = outer;
        }
        visiting.remove(d);
        @SuppressWarnings("unchecked")
        var release = (AsyncRelease<Object>) d.release();
        var call =
                new Node.Call(d.toString(), d.fn(), args, d.isBlocking(), d.isAsync(), release, d.isFunctionScope(), d);
        nodes.add(call);
        if (d.cached()) calls.put(key, call);
        return call;
    }

    /** Whether the dependency, or one below it, takes {@code requiredScopes()}. */
    private boolean readsScopes(Dep<?> d) {
        Boolean known = readsScopes.get(d);
        if (known != null) return known;
        readsScopes.put(d, false); // a cycle is reported elsewhere; this keeps the walk finite
        boolean reads = false;
        for (Input<?> input : d.inputs()) {
            if (input instanceof Builtin<?> b && b.kind() == Builtin.Kind.SECURITY_SCOPES) reads = true;
            else if (input instanceof Dep<?> sub) reads |= readsScopes(resolved(sub));
        }
        readsScopes.put(d, reads);
        return reads;
    }

    private Dep<?> resolved(Dep<?> use) {
        return overrides.getOrDefault(use.origin(), use.origin());
    }

    // ---- checks -------------------------------------------------------------------------------

    private void checkPath() {
        List<String> variables = path.variables();
        for (String variable : variables) {
            if (!params.containsKey(key(Param.In.PATH, variable))) {
                throw fail("path variable <" + variable + "> has no path(\"" + variable + "\", ...) input");
            }
        }
        for (Node.Read read : params.values()) {
            Param<?> p = (Param<?>) read.input();
            if (p.in() == Param.In.PATH && !variables.contains(p.wireName())) {
                throw fail("path input '" + p.wireName() + "' has no <" + p.wireName() + "> in the path");
            }
        }
    }

    private void checkBody() {
        if (forms.isEmpty()) return;
        if (!bodies.isEmpty()) {
            throw fail("it reads a JSON body and a form; a request body is one or the other "
                    + "(use form(...) for every field, or body(...) for every field)");
        }
        if (forms.size() > 1 && forms.values().stream().anyMatch(r -> r.input() instanceof FormModel<?>)) {
            throw fail("formModel(...) reads the whole form: it cannot be combined with other form or file inputs");
        }
    }

    // ---- what the operation reads, in FastAPI's order -------------------------------------------

    private void document() {
        var subs = new ArrayList<Dep<?>>(mounted.dependencies());
        own(spec.inputs(), subs);
        for (Dep<?> d : subs) walk(d, List.of());
    }

    private void own(List<Input<?>> inputs, List<Dep<?>> subs) {
        for (Input<?> input : inputs) {
            if (input instanceof Dep<?> d) {
                subs.add(d);
            } else if (input instanceof Param<?> p) {
                parameters.add(new Parameter(p.in(), p.wireName(), p.type(), p.wireName()));
            } else if (input instanceof ParamModel<?> m) {
                for (ModelType.Field f : m.model().fields())
                    parameters.add(new Parameter(m.in(), m.wireName(f), f.type(), f.wireName()));
            } else if (input instanceof Body<?> b) {
                docBodies.putIfAbsent(b.name(), b);
            } else if (input instanceof FormInput<?> f) {
                docForms.putIfAbsent(f.wireName(), f);
            }
        }
    }

    /**
     * One use of a dependency under the scopes required on the way to it, as the graph counts them:
     * its own scopes join them, and its dependencies are walked under the sum. A dependency met
     * again under the same scopes is walked once.
     */
    private void walk(Dep<?> use, List<String> outer) {
        Dep<?> origin = use.origin();
        Dep<?> dep = resolved(use);
        List<String> inner = union(union(outer, use.scopes()), dep == origin ? List.of() : dep.scopes());
        if (!walked.computeIfAbsent(dep, d -> new HashSet<>()).add(Set.copyOf(inner))) return;
        SecurityScheme scheme = dep.securityScheme();
        if (scheme != null) require(scheme, inner);
        var subs = new ArrayList<Dep<?>>();
        own(dep.inputs(), subs);
        for (Dep<?> d : subs) walk(d, inner);
    }

    private void require(SecurityScheme scheme, List<String> required) {
        SecurityScheme seen = schemes.putIfAbsent(scheme.name(), scheme);
        if (seen != null && !seen.openapi().equals(scheme.openapi())) {
            throw fail("two different security schemes are both named '" + scheme.name() + "': " + seen.openapi()
                    + " and " + scheme.openapi() + "; give one of them its own scheme name");
        }
        schemeScopes.computeIfAbsent(scheme.name(), k -> new LinkedHashSet<>()).addAll(required);
    }

    private List<Requirement> security() {
        var out = new ArrayList<Requirement>(schemes.size());
        for (SecurityScheme s : schemes.values()) out.add(new Requirement(s, List.copyOf(schemeScopes.get(s.name()))));
        return out;
    }

    // ---- what the groups add --------------------------------------------------------------------

    /**
     * The route's own operationId, else FastAPI's {@code generate_unique_id} of its name
     * ({@code read_item_items__item_id__get}), else the same built from the method alone.
     */
    private String operationId() {
        Operation op = spec.operation();
        if (op.operationId() != null) return op.operationId();
        String method = spec.method().name().toLowerCase(Locale.ROOT);
        String base = (op.name() != null ? op.name() : method) + path.format();
        return base.replaceAll("\\W", "_") + (op.name() != null ? "_" + method : "");
    }

    private List<String> tags() {
        var all = new LinkedHashSet<String>();
        for (Group g : mounted.groups()) all.addAll(g.tags());
        all.addAll(spec.operation().tags());
        return List.copyOf(all);
    }

    private Map<Integer, Operation.ResponseDoc> responses() {
        var all = new LinkedHashMap<Integer, Operation.ResponseDoc>();
        for (Group g : mounted.groups()) all.putAll(g.responses());
        all.putAll(spec.operation().responses());
        return all;
    }

    // ---- helpers --------------------------------------------------------------------------------

    private static String key(Param.In in, String name) {
        // Header names are case-insensitive on the wire.
        return in + ":" + (in == Param.In.HEADER ? name.toLowerCase(Locale.ROOT) : name);
    }

    /** True when two types read and check values the same way (documentation aside). */
    private static boolean sameShape(Type<?> a, Type<?> b) {
        if (a == b) return true;
        return a.getClass() == b.getClass()
                && a.kind() == b.kind()
                && Objects.equals(a.format(), b.format())
                && a.constraints().equals(b.constraints())
                && a.required() == b.required()
                && a.repeated() == b.repeated()
                && (a.required() || Objects.equals(a.absentValue(), b.absentValue()));
    }

    private static boolean sameForm(FormInput<?> a, FormInput<?> b) {
        if (a.getClass() != b.getClass()) return false;
        if (a instanceof FormModel<?> m) return m.model() == ((FormModel<?>) b).model();
        Type<?> ta = a instanceof FormParam<?> p ? p.type() : ((FileParam<?>) a).type();
        Type<?> tb = b instanceof FormParam<?> p ? p.type() : ((FileParam<?>) b).type();
        return sameShape(ta, tb)
                && FileParam.leaf(ta).getClass() == FileParam.leaf(tb).getClass();
    }

    private static List<String> union(List<String> a, List<String> b) {
        if (b.isEmpty()) return a;
        var all = new ArrayList<>(a);
        for (String scope : b) if (!all.contains(scope)) all.add(scope);
        return List.copyOf(all);
    }

    private IllegalArgumentException fail(String why) {
        return new IllegalArgumentException("route " + spec.method().name() + " " + mounted.template() + ": " + why);
    }
}
