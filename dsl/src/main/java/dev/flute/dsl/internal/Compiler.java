package dev.flute.dsl.internal;

import dev.flute.dsl.Api;
import dev.flute.dsl.Body;
import dev.flute.dsl.Builtin;
import dev.flute.dsl.FormInput;
import dev.flute.dsl.FormLimits;
import dev.flute.dsl.Param;
import dev.flute.dsl.ParamModel;
import dev.flute.dsl.spi.Node;
import dev.flute.dsl.spi.ResolvedRoute;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns one resolved route into a {@link Plan}: a slot per node of its graph, a reader per
 * request input, a step per call. The resolution has already checked the declarations; this only
 * lays them out for serving.
 */
final class Compiler {
    private final ResolvedRoute route;
    private final Api.Settings settings;
    private final Map<Node, Integer> slots = new IdentityHashMap<>();
    private final List<ParamReader> readers = new ArrayList<>();
    private final List<Body<?>> bodies = new ArrayList<>();
    private final List<Integer> bodySlots = new ArrayList<>();
    private final List<FormInput<?>> forms = new ArrayList<>();
    private final List<Integer> formSlots = new ArrayList<>();
    private final List<Integer> requestSlots = new ArrayList<>();
    private final List<Integer> taskSlots = new ArrayList<>();
    private final Map<Integer, Object> constants = new HashMap<>();
    private final List<Step> steps = new ArrayList<>();

    private Compiler(ResolvedRoute route, Api.Settings settings) {
        this.route = route;
        this.settings = settings;
    }

    static Plan compile(ResolvedRoute route, Api.Settings settings) {
        return new Compiler(route, settings).plan();
    }

    private Plan plan() {
        List<String> variables = route.path().variables();
        for (Node node : route.nodes()) {
            int slot = slots.size();
            slots.put(node, slot);
            if (node instanceof Node.Read read) read(read, slot, variables);
            else if (node instanceof Node.Provided provided) provided(provided, slot);
            else call((Node.Call) node, slot);
        }
        // Errors are reported path, query, header, cookie, then body, as FastAPI orders them.
        readers.sort(Comparator.comparing(ParamReader::in));
        BodyReader body = bodies.isEmpty() ? null : new BodyReader(bodies, ints(bodySlots), settings.maxJsonDepth());
        FormLimits limits = route.formLimits();
        FormReader form = forms.isEmpty()
                ? null
                : new FormReader(forms, ints(formSlots), limits, limits.effectiveMaxBodySize(settings.maxBodySize()));
        return new Plan(
                route,
                readers,
                body,
                ints(requestSlots),
                ints(taskSlots),
                constants,
                steps,
                slots.size(),
                settings.maxBodySize(),
                form,
                ints(bodyAndFormSlots()),
                security());
    }

    private List<Integer> bodyAndFormSlots() {
        var all = new ArrayList<>(bodySlots);
        all.addAll(formSlots);
        return all;
    }

    private void read(Node.Read read, int slot, List<String> variables) {
        if (read.input() instanceof Param<?> p) {
            int capture = p.in() == Param.In.PATH ? variables.indexOf(p.wireName()) : -1;
            readers.add(new ParamReader(p, slot, capture));
        } else if (read.input() instanceof ParamModel<?> m) {
            readers.add(new ParamModelReader(m, slot));
        } else if (read.input() instanceof Body<?> b) {
            bodies.add(b);
            bodySlots.add(slot);
        } else {
            forms.add((FormInput<?>) read.input());
            formSlots.add(slot);
        }
    }

    private void provided(Node.Provided provided, int slot) {
        if (provided.kind() == Builtin.Kind.SECURITY_SCOPES) constants.put(slot, provided.scopes());
        else if (provided.kind() == Builtin.Kind.REQUEST) requestSlots.add(slot);
        else taskSlots.add(slot);
    }

    private void call(Node.Call call, int slot) {
        var args = new int[call.args().size()];
        for (int i = 0; i < args.length; i++) args[i] = slots.get(call.args().get(i));
        steps.add(new Step(
                slot,
                call.fn(),
                args,
                call.blocking(),
                call.async(),
                call.label(),
                call.release(),
                call.functionScope()));
    }

    /**
     * The steps that check a security scheme, with every step they need, in order, and the reads
     * they need: run before a 422 is reported, so an anonymous client learns it must authenticate
     * before it learns anything about the inputs (FastAPI runs security dependencies first).
     */
    private Plan.Security security() {
        var needed = java.util.Collections.newSetFromMap(new IdentityHashMap<Node, Boolean>());
        for (Node node : route.nodes()) {
            if (node instanceof Node.Call call
                    && call.dep() != null
                    && call.dep().securityScheme() != null) closure(call, needed);
        }
        if (needed.isEmpty()) return Plan.Security.NONE;
        var calls = new ArrayList<Integer>();
        for (int i = 0; i < steps.size(); i++) {
            if (needed.contains(route.nodes().get(steps.get(i).slot()))) calls.add(i);
        }
        var reads = new ArrayList<Integer>();
        for (Node node : needed) if (node instanceof Node.Read) reads.add(slots.get(node));
        return new Plan.Security(ints(calls), ints(reads));
    }

    private static void closure(Node node, java.util.Set<Node> into) {
        if (!into.add(node)) return;
        if (node instanceof Node.Call call) for (Node arg : call.args()) closure(arg, into);
    }

    private static int[] ints(List<Integer> values) {
        return values.stream().mapToInt(Integer::intValue).toArray();
    }
}
