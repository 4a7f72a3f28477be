package dev.flute.dsl.internal;

import java.lang.invoke.LambdaMetafactory;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.RecordComponent;
import java.util.function.Function;

/**
 * A record component's accessor as a {@code Function}, made once per field when a writer is
 * compiled: a call the JIT can inline, where a method handle held in a field is invoked as a
 * non-constant. A record the metafactory cannot reach (a module that does not open it) keeps its
 * method handle.
 */
final class Accessors {
    private Accessors() {}

    static Function<Object, Object> of(Class<?> record, String component, MethodHandle fallback) {
        try {
            for (RecordComponent c : record.getRecordComponents()) {
                if (c.getName().equals(component)) return lambda(record, c);
            }
        } catch (Throwable unreachable) {
            // Fall through to the method handle.
        }
        MethodHandle read = fallback.asType(MethodType.methodType(Object.class, Object.class));
        return value -> {
            try {
                return (Object) read.invokeExact(value);
            } catch (RuntimeException | Error e) {
                throw e;
            } catch (Throwable e) {
                throw new IllegalStateException("cannot read " + record.getSimpleName() + "." + component, e);
            }
        };
    }

    @SuppressWarnings("unchecked")
    private static Function<Object, Object> lambda(Class<?> record, RecordComponent c) throws Throwable {
        // Named modules read the record's module only when told to; the record's package must be open to Flute.
        Accessors.class.getModule().addReads(record.getModule());
        MethodHandles.Lookup lookup = MethodHandles.privateLookupIn(record, MethodHandles.lookup());
        MethodHandle getter = lookup.unreflect(c.getAccessor());
        Class<?> type = c.getType().isPrimitive()
                ? MethodType.methodType(c.getType()).wrap().returnType()
                : c.getType();
        return (Function<Object, Object>) LambdaMetafactory.metafactory(
                        lookup,
                        "apply",
                        MethodType.methodType(Function.class),
                        MethodType.methodType(Object.class, Object.class),
                        getter,
                        MethodType.methodType(type, record))
                .getTarget()
                .invokeExact();
    }
}
