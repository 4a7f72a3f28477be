package dev.flute.dsl.types;

import java.lang.invoke.MethodType;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.TypeVariable;
import java.lang.reflect.WildcardType;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.OffsetTime;
import java.time.temporal.Temporal;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.StringJoiner;
import java.util.UUID;

/**
 * Between Flute types and Java types: the Flute type a record component gets by default, so a model
 * needs overrides only for constraints, and whether a type given by hand produces what the
 * component holds.
 */
final class JavaTypes {
    private JavaTypes() {}

    /** {@code raw<argument>}, such as {@code List<Integer>}: what a list or optional type produces. */
    static ParameterizedType parameterized(Class<?> raw, java.lang.reflect.Type... arguments) {
        return new Parameterized(raw, arguments.clone());
    }

    /**
     * True when a value of the {@code produced} type can be stored where {@code declared} is: the same
     * class or a subclass, a box for its primitive, and element types that fit in turn
     * ({@code List<Integer>} in a {@code Collection<? extends Number>}). Type variables and wildcards
     * are checked against their bounds; what cannot be told from the types is let through.
     */
    static boolean fits(java.lang.reflect.Type produced, java.lang.reflect.Type declared) {
        if (declared instanceof Class<?> c && c.isPrimitive()) return produced == box(c);
        if (declared instanceof WildcardType w) return fitsAll(produced, w.getUpperBounds());
        if (declared instanceof TypeVariable<?> v) return fitsAll(produced, v.getBounds());
        Class<?> declaredRaw = raw(declared);
        Class<?> producedRaw = raw(produced);
        if (declaredRaw == null || producedRaw == null) return true;
        if (!declaredRaw.isAssignableFrom(producedRaw)) return false;
        if (!(declared instanceof ParameterizedType d) || !(produced instanceof ParameterizedType p)) return true;
        // Collections and Optional have one element type, which passes unchanged to their supertypes.
        var declaredArgs = d.getActualTypeArguments();
        var producedArgs = p.getActualTypeArguments();
        if (declaredArgs.length != producedArgs.length) return true;
        for (int i = 0; i < declaredArgs.length; i++) {
            if (!fits(producedArgs[i], declaredArgs[i])) return false;
        }
        return true;
    }

    private static boolean fitsAll(java.lang.reflect.Type produced, java.lang.reflect.Type[] bounds) {
        for (var bound : bounds) {
            if (!fits(produced, bound)) return false;
        }
        return true;
    }

    private static Class<?> raw(java.lang.reflect.Type type) {
        if (type instanceof Class<?> c) return c;
        if (type instanceof ParameterizedType p) return (Class<?>) p.getRawType();
        return null;
    }

    private static Class<?> box(Class<?> primitive) {
        return MethodType.methodType(primitive).wrap().returnType();
    }

    /** A Java type as it is written in source, without packages: {@code List<Integer>}, {@code double}. */
    static String name(java.lang.reflect.Type type) {
        if (type instanceof Class<?> c) return c.getSimpleName();
        if (type instanceof ParameterizedType p) {
            var args = new StringJoiner(", ", "<", ">");
            for (var arg : p.getActualTypeArguments()) args.add(name(arg));
            return name(p.getRawType()) + args;
        }
        return type.getTypeName().replaceAll("[\\w$]+\\.", "");
    }

    /** A parameterized type made by Flute, equal to the JDK's own for the same class and arguments. */
    private record Parameterized(Class<?> raw, java.lang.reflect.Type[] arguments) implements ParameterizedType {
        @Override
        public java.lang.reflect.Type[] getActualTypeArguments() {
            return arguments.clone();
        }

        @Override
        public java.lang.reflect.Type getRawType() {
            return raw;
        }

        @Override
        public java.lang.reflect.Type getOwnerType() {
            return null;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof ParameterizedType p
                    && p.getOwnerType() == null
                    && raw.equals(p.getRawType())
                    && Arrays.equals(getActualTypeArguments(), p.getActualTypeArguments());
        }

        @Override
        public int hashCode() {
            // The JDK's formula, so the two kinds of ParameterizedType mix in hash sets.
            return Arrays.hashCode(getActualTypeArguments()) ^ raw.hashCode();
        }

        @Override
        public String toString() {
            var args = new StringJoiner(", ", "<", ">");
            for (var arg : arguments) args.add(arg.getTypeName());
            return raw.getName() + args;
        }
    }

    /**
     * The default type of a component: primitives and every other class are required; the boxes
     * {@code Integer}, {@code Long}, {@code Double} and {@code Boolean} are nullable with default null
     * (a record says "may be null" in Java by choosing the box); {@code Optional<X>} is optional.
     */
    @SuppressWarnings({"unchecked", "rawtypes"})
    static Type<?> derive(java.lang.reflect.Type javaType, String where) {
        if (javaType instanceof ParameterizedType p) {
            var raw = (Class<?>) p.getRawType();
            var arg = p.getActualTypeArguments()[0];
            if (raw == List.class) return ListType.listOf(derive(arg, where));
            if (raw == Set.class) return ListType.setOf(derive(arg, where));
            if (raw == Optional.class) return derive(arg, where).optional();
        }
        if (javaType instanceof Class<?> c) {
            if (c == String.class) return new StrType();
            // A box is chosen over its primitive to allow null: Pydantic's `tax: float | None = None`.
            if (c == int.class) return new IntType();
            if (c == Integer.class) return new IntType().nullable();
            if (c == long.class) return new LongType();
            if (c == Long.class) return new LongType().nullable();
            if (c == double.class) return new DoubleType();
            if (c == Double.class) return new DoubleType().nullable();
            if (c == boolean.class) return new BoolType();
            if (c == Boolean.class) return new BoolType().nullable();
            if (c == UUID.class) return new UuidType();
            if (c.isEnum()) return new EnumType(c, (java.util.function.Function<Enum, String>) Enum::name);
            if (c.isRecord()) return ModelType.of((Class<? extends Record>) c);
            if (c == dev.flute.dsl.http.Upload.class) return new UploadType();
            Type<?> extra = extra(c);
            if (extra != null) return extra;
        }
        throw new IllegalArgumentException(
                where + ": " + javaType.getTypeName() + " has no default Flute type; give one with .field(name, type)");
    }

    /**
     * Pydantic's extra types. {@link Temporal} stands for Python's {@code datetime}, naive or aware
     * as the input says; the concrete java.time classes pin one shape.
     */
    private static Type<?> extra(Class<?> c) {
        if (c == Temporal.class) return DateTimeType.any();
        if (c == OffsetDateTime.class) return DateTimeType.aware();
        if (c == LocalDateTime.class) return DateTimeType.naive();
        if (c == Instant.class) return DateTimeType.instant();
        if (c == LocalDate.class) return new DateType();
        if (c == LocalTime.class) return TimeType.naive();
        if (c == OffsetTime.class) return TimeType.aware();
        if (c == Duration.class) return new DurationType();
        if (c == BigDecimal.class) return new DecimalType();
        if (c == byte[].class) return new BytesType();
        return null;
    }
}
