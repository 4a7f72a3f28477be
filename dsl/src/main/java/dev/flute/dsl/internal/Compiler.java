package dev.flute.dsl.internal;

import dev.flute.dsl.Api;
import dev.flute.dsl.Body;
import dev.flute.dsl.Builtin;
import dev.flute.dsl.Dep;
import dev.flute.dsl.FormInput;
import dev.flute.dsl.Input;
import dev.flute.dsl.Param;
import dev.flute.dsl.ParamModel;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns one mounted endpoint into a {@link Plan}, checking what can be checked before the first
 * request: path variables against path inputs, conflicting parameters, dependency cycles.
 */
final class Compiler {
    private final Api.Mounted mounted;
    private final PathTemplate template;
    private final List<String> variables;
    private final List<ParamReader> readers = new ArrayList<>();
    private final List<Step> steps = new ArrayList<>();
    private final Map<String, Param<?>> params = new HashMap<>();
    private final Map<String, Integer> paramSlots = new HashMap<>();
    /** A cached dependency's slot, by the dependency it is a use of and the scopes required there. */
    private final Map<DepKey, Integer> depSlots = new HashMap<>();
    /** The scopes required on the way to the input being resolved (FastAPI's SecurityScopes). */
    private List<String> scopes = List.of();

    private final Map<List<String>, Integer> scopeSlots = new HashMap<>();
    private final List<Body<?>> bodies = new ArrayList<>();
    private final List<Integer> requestSlots = new ArrayList<>();
    private final List<Integer> taskSlots = new ArrayList<>();
    private final List<Integer> bodySlots = new ArrayList<>();
    private final Set<Dep<?>> visiting = java.util.Collections.newSetFromMap(new IdentityHashMap<>());

    /** Identity of the dependency, and the set of scopes it is resolved under. */
    private record DepKey(IdentityKey origin, Set<String> scopes) {}

    private record IdentityKey(Object value) {
        @Override
        public boolean equals(Object other) {
            return other instanceof IdentityKey k && k.value == value;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(value);
        }
    }

    private final FormCompiler forms = new FormCompiler(this::fail);
    private int slots;

    private final long maxBodySize;
    private final dev.flute.dsl.FormLimits apiFormLimits;
    private final int maxJsonDepth;

    private final Map<Dep<?>, Dep<?>> overrides;

    private Compiler(Api.Mounted mounted, Api.Settings settings, Map<Dep<?>, Dep<?>> overrides) {
        this.mounted = mounted;
        this.overrides = overrides;
        this.maxBodySize = settings.maxBodySize();
        this.apiFormLimits = settings.formLimits();
        this.maxJsonDepth = settings.maxJsonDepth();
        this.template = PathTemplate.parse(mounted.template());
        this.variables = template.variables();
    }

    static Plan compile(Api.Mounted mounted, Api.Settings settings, Map<Dep<?>, Dep<?>> overrides) {
        return new Compiler(mounted, settings, overrides).plan();
    }

    static PathTemplate template(Api.Mounted mounted) {
        return PathTemplate.parse(mounted.template());
    }

    private Plan plan() {
        var spec = mounted.endpoint().spec();
        for (Dep<?> d : mounted.dependencies()) slotOf(d);
        var args = new int[spec.inputs().size()];
        for (int i = 0; i < args.length; i++) args[i] = slotOf(spec.inputs().get(i));
        for (String variable : variables) {
            if (!paramSlots.containsKey(key(Param.In.PATH, variable))) {
                throw fail("path variable <" + variable + "> has no path(\"" + variable + "\", ...) input");
            }
        }
        steps.add(new Step(
                slots++, mounted.endpoint().invoker(), args, spec.operation().blocking(), "handler", null, false));
        // Errors are reported path, query, header, cookie, then body, as FastAPI orders them.
        readers.sort(java.util.Comparator.comparing(ParamReader::in));
        BodyReader body = bodies.isEmpty()
                ? null
                : new BodyReader(
                        bodies, bodySlots.stream().mapToInt(Integer::intValue).toArray(), maxJsonDepth);
        FormReader form =
                forms.reader(spec.formLimits() != null ? spec.formLimits() : apiFormLimits, maxBodySize, body != null);
        var constants = new HashMap<Integer, Object>();
        scopeSlots.forEach((required, slot) -> constants.put(slot, required));
        return new Plan(
                mounted,
                readers,
                body,
                ints(requestSlots),
                ints(taskSlots),
                constants,
                steps,
                slots,
                maxBodySize,
                form);
    }

    private int slotOf(Input<?> input) {
        if (input instanceof Param<?> p) return slotOf(p);
        if (input instanceof ParamModel<?> m) {
            readers.add(new ParamModelReader(m, slots));
            return slots++;
        }
        if (input instanceof Body<?> b) return slotOf(b);
        if (input instanceof Builtin<?> b) return slotOf(b);
        if (input instanceof FormInput<?> f) return forms.slotOf(f, () -> slots++);
        return slotOf((Dep<?>) input);
    }

    /** Built-ins are one slot each per request, however often they are asked for. */
    private int slotOf(Builtin<?> b) {
        if (b.kind() == Builtin.Kind.SECURITY_SCOPES) return scopeSlots.computeIfAbsent(scopes, s -> slots++);
        List<Integer> kind = b.kind() == Builtin.Kind.REQUEST ? requestSlots : taskSlots;
        if (kind.isEmpty()) kind.add(slots++);
        return kind.get(0);
    }

    private int slotOf(Body<?> b) {
        for (int i = 0; i < bodies.size(); i++) {
            Body<?> seen = bodies.get(i);
            if (seen.name().equals(b.name())) {
                if (seen != b && !Types.sameShape(seen.type(), b.type())) {
                    throw fail("two bodies named '" + b.name() + "' have different types");
                }
                return bodySlots.get(i);
            }
        }
        int slot = slots++;
        bodies.add(b);
        bodySlots.add(slot);
        return slot;
    }

    private int slotOf(Param<?> p) {
        String key = key(p.in(), p.wireName());
        Param<?> seen = params.get(key);
        if (seen != null) {
            if (!Types.sameShape(seen.type(), p.type())) {
                throw fail("two " + p.in().label() + " inputs named '" + p.wireName() + "' have different types");
            }
            return paramSlots.get(key);
        }
        int capture = -1;
        if (p.in() == Param.In.PATH) {
            capture = variables.indexOf(p.wireName());
            if (capture < 0) throw fail("path input '" + p.wireName() + "' has no <" + p.wireName() + "> in the path");
        }
        int slot = slots++;
        params.put(key, p);
        paramSlots.put(key, slot);
        readers.add(new ParamReader(p, slot, capture));
        return slot;
    }

    private int slotOf(Dep<?> declared) {
        // Overrides replace the dependency, whichever scoped use of it the route names.
        Dep<?> origin = declared.origin();
        Dep<?> d = overrides.getOrDefault(origin, origin);
        List<String> outer = scopes;
        List<String> inner = union(union(outer, declared.scopes()), d == origin ? List.of() : d.scopes());
        // Scopes only split the cache for dependencies that read them, somewhere below (as FastAPI).
        var key = new DepKey(new IdentityKey(d), readsScopes(d) ? new java.util.TreeSet<>(inner) : Set.of());
        if (d.cached()) {
            Integer slot = depSlots.get(key);
            if (slot != null) return slot;
        }
        if (!visiting.add(d)) throw fail("dependency cycle through " + d);
        var args = new int[d.inputs().size()];
        scopes = inner;
        try {
            for (int i = 0; i < args.length; i++) args[i] = slotOf(d.inputs().get(i));
        } finally {
            scopes = outer;
        }
        visiting.remove(d);
        int slot = slots++;
        @SuppressWarnings("unchecked")
        var release = (dev.flute.dsl.Release<Object>) d.release();
        steps.add(new Step(slot, d.fn(), args, d.isBlocking(), d.toString(), release, d.isFunctionScope()));
        if (d.cached()) depSlots.put(key, slot);
        return slot;
    }

    private final Map<IdentityKey, Boolean> readsScopes = new HashMap<>();

    /** Whether the dependency, or one below it, takes {@code requiredScopes()}. */
    private boolean readsScopes(Dep<?> d) {
        var key = new IdentityKey(d);
        Boolean known = readsScopes.get(key);
        if (known != null) return known;
        readsScopes.put(key, false); // a cycle is reported elsewhere; this keeps the walk finite
        boolean reads = false;
        for (Input<?> input : d.inputs()) {
            if (input instanceof Builtin<?> b && b.kind() == Builtin.Kind.SECURITY_SCOPES) reads = true;
            else if (input instanceof Dep<?> sub)
                reads |= readsScopes(overrides.getOrDefault(sub.origin(), sub.origin()));
        }
        readsScopes.put(key, reads);
        return reads;
    }

    private static List<String> union(List<String> a, List<String> b) {
        if (b.isEmpty()) return a;
        var all = new ArrayList<>(a);
        for (String scope : b) if (!all.contains(scope)) all.add(scope);
        return List.copyOf(all);
    }

    private static int[] ints(List<Integer> values) {
        return values.stream().mapToInt(Integer::intValue).toArray();
    }

    private static String key(Param.In in, String name) {
        // Header names are case-insensitive on the wire.
        return in + ":" + (in == Param.In.HEADER ? name.toLowerCase(java.util.Locale.ROOT) : name);
    }

    private IllegalArgumentException fail(String why) {
        return new IllegalArgumentException(
                "route " + mounted.endpoint().spec().method().name() + " " + mounted.template() + ": " + why);
    }
}
