package dev.flute.dsl.python;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializationConfig;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.jsontype.TypeSerializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.BeanSerializerModifier;
import com.fasterxml.jackson.databind.ser.ContextualSerializer;
import com.fasterxml.jackson.databind.ser.ResolvableSerializer;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.OffsetTime;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;

/**
 * Makes Flute's mapper write values the way FastAPI does. A plain value (in a map, a list, at the
 * top) is written as {@code jsonable_encoder} writes it; inside a record, which is Flute's model,
 * as Pydantic's serializer writes a model's fields. The two differ for UTC date-times ({@code +00:00}
 * against {@code Z}), durations (seconds against ISO 8601) and decimals (numbers against strings).
 */
public final class PythonJson {
    private PythonJson() {}

    /** Set while a record is being written: everything below it is in Pydantic's style. */
    private static final Object MODEL = new Object();

    public static SimpleModule module() {
        var module = new SimpleModule("flute-python");
        for (Class<? extends Temporal> type : java.util.List.of(
                OffsetDateTime.class,
                LocalDateTime.class,
                ZonedDateTime.class,
                Instant.class,
                LocalDate.class,
                LocalTime.class,
                OffsetTime.class)) {
            add(module, type);
        }
        module.addSerializer(Duration.class, new DurationSerializer());
        module.addSerializer(BigDecimal.class, new DecimalSerializer());
        module.addSerializer(byte[].class, new BytesSerializer());
        module.setSerializerModifier(new BeanSerializerModifier() {
            @Override
            @SuppressWarnings("unchecked")
            public JsonSerializer<?> modifySerializer(
                    SerializationConfig config, BeanDescription description, JsonSerializer<?> serializer) {
                return description.getBeanClass().isRecord() && holdsStyledValues(description)
                        ? new ModelScope((JsonSerializer<Object>) serializer)
                        : serializer;
            }
        });
        return module;
    }

    /**
     * Whether a record's own fields may hold a value written differently inside a model (date-times,
     * durations, decimals, bytes, or anything typed too loosely to tell). Setting the scope costs a
     * map per record written, so records of strings, numbers and lists of them go without; a nested
     * record opens its own scope.
     */
    private static boolean holdsStyledValues(BeanDescription description) {
        for (var property : description.findProperties()) {
            if (styled(property.getPrimaryType())) return true;
        }
        return false;
    }

    private static boolean styled(com.fasterxml.jackson.databind.JavaType type) {
        if (type == null) return true;
        Class<?> c = type.getRawClass();
        if (c == byte[].class) return true;
        if (type.isReferenceType()) return styled(type.getReferencedType());
        if (type.isMapLikeType()) return styled(type.getKeyType()) || styled(type.getContentType());
        if (type.isContainerType()) return styled(type.getContentType());
        if (c.isPrimitive() || c == String.class || c == Boolean.class || c == Character.class) return false;
        if (c.isEnum() || c.isRecord()) return false;
        return !(Number.class.isAssignableFrom(c) && c != BigDecimal.class && c != Number.class);
    }

    private static <T extends Temporal> void add(SimpleModule module, Class<T> type) {
        module.addSerializer(type, new TemporalSerializer<>(type));
    }

    static PyText.Style style(SerializerProvider provider) {
        return provider.getAttribute(MODEL) == null ? PyText.Style.PYTHON : PyText.Style.PYDANTIC;
    }

    private static final class TemporalSerializer<T extends Temporal> extends StdSerializer<T> {
        TemporalSerializer(Class<T> type) {
            super(type);
        }

        @Override
        public void serialize(T value, JsonGenerator out, SerializerProvider provider) throws IOException {
            out.writeString(PyText.temporal(value, style(provider)));
        }
    }

    private static final class DurationSerializer extends StdSerializer<Duration> {
        DurationSerializer() {
            super(Duration.class);
        }

        @Override
        public void serialize(Duration value, JsonGenerator out, SerializerProvider provider) throws IOException {
            if (style(provider) == PyText.Style.PYDANTIC) out.writeString(PyText.isoDuration(value));
            else out.writeNumber(PyText.totalSeconds(value));
        }
    }

    private static final class DecimalSerializer extends StdSerializer<BigDecimal> {
        DecimalSerializer() {
            super(BigDecimal.class);
        }

        @Override
        public void serialize(BigDecimal value, JsonGenerator out, SerializerProvider provider) throws IOException {
            if (style(provider) == PyText.Style.PYDANTIC) {
                out.writeString(PyText.decimal(value));
                return;
            }
            Number n = PyText.decimalAsNumber(value);
            if (n instanceof java.math.BigInteger big) {
                if (big.bitLength() < 64) out.writeNumber(big.longValue());
                else out.writeNumber(big);
            } else out.writeNumber(n.doubleValue());
        }
    }

    /** Python's {@code bytes.decode()}; Jackson's default would be base64. */
    private static final class BytesSerializer extends StdSerializer<byte[]> {
        BytesSerializer() {
            super(byte[].class);
        }

        @Override
        public void serialize(byte[] value, JsonGenerator out, SerializerProvider provider) throws IOException {
            out.writeString(PyText.utf8(value));
        }
    }

    /** Writes a record with the model style switched on for everything inside it. */
    private static final class ModelScope extends JsonSerializer<Object>
            implements ContextualSerializer, ResolvableSerializer {
        private final JsonSerializer<Object> record;

        ModelScope(JsonSerializer<Object> record) {
            this.record = record;
        }

        @Override
        public void serialize(Object value, JsonGenerator out, SerializerProvider provider) throws IOException {
            Object outer = provider.getAttribute(MODEL);
            provider.setAttribute(MODEL, Boolean.TRUE);
            try {
                record.serialize(value, out, provider);
            } finally {
                provider.setAttribute(MODEL, outer);
            }
        }

        @Override
        public void serializeWithType(
                Object value, JsonGenerator out, SerializerProvider provider, TypeSerializer types) throws IOException {
            Object outer = provider.getAttribute(MODEL);
            provider.setAttribute(MODEL, Boolean.TRUE);
            try {
                record.serializeWithType(value, out, provider, types);
            } finally {
                provider.setAttribute(MODEL, outer);
            }
        }

        @Override
        public void resolve(SerializerProvider provider) throws JsonMappingException {
            if (record instanceof ResolvableSerializer r) r.resolve(provider);
        }

        @Override
        @SuppressWarnings("unchecked")
        public JsonSerializer<?> createContextual(
                SerializerProvider provider, com.fasterxml.jackson.databind.BeanProperty property)
                throws JsonMappingException {
            if (!(record instanceof ContextualSerializer c)) return this;
            JsonSerializer<?> contextual = c.createContextual(provider, property);
            return contextual == record ? this : new ModelScope((JsonSerializer<Object>) contextual);
        }

        @Override
        public boolean isEmpty(SerializerProvider provider, Object value) {
            return record.isEmpty(provider, value);
        }

        @Override
        public Class<Object> handledType() {
            return record.handledType();
        }
    }
}
