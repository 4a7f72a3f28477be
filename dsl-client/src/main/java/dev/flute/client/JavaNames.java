package dev.flute.client;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.Map;

/** The Java class a value of a declared type must be, and how messages name it. */
final class JavaNames {
    private JavaNames() {}

    private static final Map<Class<?>, Class<?>> BOXES = Map.of(
            int.class, Integer.class,
            long.class, Long.class,
            double.class, Double.class,
            float.class, Float.class,
            boolean.class, Boolean.class,
            short.class, Short.class,
            byte.class, Byte.class,
            char.class, Character.class);

    /** The class a value must be an instance of: {@code Optional} for {@code Optional<String>}, boxes for primitives. */
    static Class<?> raw(Type type) {
        if (type instanceof Class<?> c) return c.isPrimitive() ? BOXES.get(c) : c;
        if (type instanceof ParameterizedType p) return raw(p.getRawType());
        return Object.class;
    }

    /** {@code Optional<String>}, without packages. */
    static String of(Type type) {
        return type.getTypeName().replaceAll("\\b[a-z][a-z0-9_]*\\.", "").replace('$', '.');
    }
}
