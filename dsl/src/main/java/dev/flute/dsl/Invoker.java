package dev.flute.dsl;

/**
 * A handler or dependency function with its arguments spread in an array, in the order of its
 * inputs. Written by the typed {@code handle(...)} and {@code dep(...)} methods; the plan calls it.
 */
@FunctionalInterface
public interface Invoker {
    Object invoke(Object[] args) throws Exception;
}
