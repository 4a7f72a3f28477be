package dev.flute.dsl.internal;

import dev.flute.dsl.FileParam;
import dev.flute.dsl.FormInput;
import dev.flute.dsl.FormLimits;
import dev.flute.dsl.FormModel;
import dev.flute.dsl.FormParam;
import dev.flute.dsl.types.Type;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.IntSupplier;

/**
 * Collects a route's form inputs while it is compiled (one slot per name, shared by every input of
 * that name) and checks what can be checked before the first request: one type per name, a form
 * model alone, and never a form together with a JSON body.
 */
final class FormCompiler {
    private final Function<String, IllegalArgumentException> fail;
    private final List<FormInput<?>> inputs = new ArrayList<>();
    private final List<Integer> slots = new ArrayList<>();

    /** @param fail makes an exception whose message names the route */
    FormCompiler(Function<String, IllegalArgumentException> fail) {
        this.fail = fail;
    }

    int slotOf(FormInput<?> input, IntSupplier newSlot) {
        for (int i = 0; i < inputs.size(); i++) {
            FormInput<?> seen = inputs.get(i);
            if (!key(seen).equals(key(input))) continue;
            if (seen != input && !sameShape(seen, input)) {
                throw fail.apply("two form inputs named '" + key(input) + "' have different types");
            }
            return slots.get(i);
        }
        int slot = newSlot.getAsInt();
        inputs.add(input);
        slots.add(slot);
        return slot;
    }

    /** The reader of the route's form, or null when it has no form input. */
    FormReader reader(FormLimits limits, long apiMaxBodySize, boolean hasJsonBody) {
        if (inputs.isEmpty()) return null;
        if (hasJsonBody) {
            throw fail.apply("it reads a JSON body and a form; a request body is one or the other "
                    + "(use form(...) for every field, or body(...) for every field)");
        }
        if (inputs.size() > 1 && inputs.stream().anyMatch(FormModel.class::isInstance)) {
            throw fail.apply(
                    "formModel(...) reads the whole form: it cannot be combined with other form or file inputs");
        }
        FormLimits effective = limits == null ? FormLimits.DEFAULT : limits;
        return new FormReader(
                inputs,
                slots.stream().mapToInt(Integer::intValue).toArray(),
                effective,
                effective.effectiveMaxBodySize(apiMaxBodySize));
    }

    private static String key(FormInput<?> input) {
        if (input instanceof FormParam<?> p) return p.wireName();
        if (input instanceof FileParam<?> f) return f.wireName();
        return "(form model " + ((FormModel<?>) input).model().name() + ")";
    }

    private static boolean sameShape(FormInput<?> a, FormInput<?> b) {
        if (a.getClass() != b.getClass()) return false;
        if (a instanceof FormModel<?> m) return m.model() == ((FormModel<?>) b).model();
        Type<?> ta = a instanceof FormParam<?> p ? p.type() : ((FileParam<?>) a).type();
        Type<?> tb = b instanceof FormParam<?> p ? p.type() : ((FileParam<?>) b).type();
        return Types.sameShape(ta, tb)
                && FileParam.leaf(ta).getClass() == FileParam.leaf(tb).getClass();
    }
}
