package dev.flute.dsl;

/**
 * A handler or dependency function as the compiled plan calls it: each argument is read from the
 * plan's value slots, {@code slots[at[i]]} for the i-th input, so a call copies nothing into an
 * array of its own. Written by the typed {@code handle(...)} and {@code dep(...)} methods.
 *
 * <pre>{@code Invoker add = (slots, at) -> (Integer) slots[at[0]] + (Integer) slots[at[1]];}</pre>
 */
@FunctionalInterface
public interface Invoker {
    Object invoke(Object[] slots, int[] at) throws Exception;
}
