package dev.flute.dsl.internal;

import dev.flute.dsl.AsyncRelease;
import dev.flute.dsl.Invoker;

/**
 * One call of the plan: a dependency or the handler, with the slots its arguments come from and
 * the slot its value goes to; for a resource, how it is released. Only an {@code async} step's
 * value is looked at for a future to wait for.
 */
record Step(
        int slot,
        Invoker fn,
        int[] args,
        boolean blocking,
        boolean async,
        String label,
        AsyncRelease<Object> release,
        boolean functionScope) {

    Object call(Object[] slots) throws Exception {
        return fn.invoke(slots, args);
    }
}
