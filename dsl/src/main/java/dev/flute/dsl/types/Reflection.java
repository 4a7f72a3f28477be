package dev.flute.dsl.types;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.reflect.Constructor;
import java.lang.reflect.Method;

/**
 * Method handles for a model's constructor and accessors, made once when the model is declared.
 * Records are often package-private (in tests, next to their routes), so non-public members are
 * opened with {@code setAccessible}; on the module path their package must be open to Flute.
 */
final class Reflection {
    private Reflection() {}

    static MethodHandle handle(Method method) throws IllegalAccessException {
        if (!isPublic(method.getDeclaringClass(), method.getModifiers())) method.setAccessible(true);
        return MethodHandles.lookup().unreflect(method);
    }

    static MethodHandle handle(Constructor<?> constructor) throws IllegalAccessException {
        if (!isPublic(constructor.getDeclaringClass(), constructor.getModifiers())) constructor.setAccessible(true);
        return MethodHandles.lookup().unreflectConstructor(constructor);
    }

    private static boolean isPublic(Class<?> owner, int modifiers) {
        for (Class<?> c = owner; c != null; c = c.getEnclosingClass()) {
            if (!java.lang.reflect.Modifier.isPublic(c.getModifiers())) return false;
        }
        return java.lang.reflect.Modifier.isPublic(modifiers);
    }
}
