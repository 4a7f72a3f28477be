package dev.flute.dsl.types;

import java.lang.reflect.ParameterizedType;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.OffsetTime;
import java.time.temporal.Temporal;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** The Flute type a Java type gets by default, so a model needs overrides only for constraints. */
final class JavaTypes {
    private JavaTypes() {}

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
            if (c == int.class || c == Integer.class) return new IntType();
            if (c == long.class || c == Long.class) return new LongType();
            if (c == double.class || c == Double.class) return new DoubleType();
            if (c == boolean.class || c == Boolean.class) return new BoolType();
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
