package dev.flute.dsl.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.JsonNode;
import dev.flute.dsl.http.ValidationError;
import dev.flute.dsl.python.PyText;
import dev.flute.dsl.types.ModelType;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Duration;
import java.time.temporal.Temporal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.RandomAccess;
import java.util.UUID;

/**
 * Writes a value whose type was not declared, by what it is, as FastAPI's
 * {@code jsonable_encoder}: maps, collections, strings, numbers, date-times as Python's
 * {@code isoformat()}, durations as seconds, decimals as numbers. A record is Flute's model: it is
 * written through the model derived from its class (the same one that reads it), in Pydantic's
 * style. What Flute does not know goes to Jackson.
 */
enum PlainWriter {
    /** FastAPI's {@code jsonable_encoder} style, for values outside any model. */
    PYTHON,
    /** Pydantic's style, for values inside a model or a declared type. */
    PYDANTIC;

    /**
     * How this style writes each class {@link #write} does not test for first, decided once per
     * class: what {@code value instanceof X} would decide, in the order below, so a value of a class
     * met before costs one lookup, not a chain of type checks. A record's entry is the writer of its
     * model itself.
     */
    private final ClassValue<ValueWriter> byClass = new ClassValue<>() {
        @Override
        protected ValueWriter computeValue(Class<?> type) {
            return writerOf(type);
        }
    };

    void write(Object value, JsonGenerator out) throws IOException {
        // The commonest values skip the lookup: strings, and what a 422 is made of (its errors, and
        // the numbers in their inputs and contexts). Each is a final class, so each test is one
        // comparison, where a server that has compiled every route pays a lookup by class dearly.
        if (value instanceof String s) out.writeString(s);
        else if (value == null) out.writeNull();
        else if (value instanceof Integer i) out.writeNumber(i.intValue());
        else if (value instanceof Double d) out.writeNumber(d.doubleValue());
        else if (value instanceof ValidationError e) writeError(e, out);
        else byClass.get(value.getClass()).write(value, out, Misfits.lenient());
    }

    private ValueWriter writerOf(Class<?> c) {
        if (c == Boolean.class) return (v, out, m) -> out.writeBoolean((Boolean) v);
        if (c == Short.class || c == Byte.class) return (v, out, m) -> out.writeNumber(((Number) v).intValue());
        if (c == Long.class) return (v, out, m) -> out.writeNumber((Long) v);
        if (c == Float.class) return (v, out, m) -> out.writeNumber((Float) v);
        if (Map.class.isAssignableFrom(c)) return (v, out, m) -> writeMap((Map<?, ?>) v, out);
        // A Jackson tree is iterable too: it goes first, as the tree it is.
        if (JsonNode.class.isAssignableFrom(c)) return (v, out, m) -> writeTree((JsonNode) v, out);
        if (Iterable.class.isAssignableFrom(c)) return (v, out, m) -> writeArray((Iterable<?>) v, out);
        if (c == Optional.class) return (v, out, m) -> write(((Optional<?>) v).orElse(null), out);
        if (CharSequence.class.isAssignableFrom(c)) return (v, out, m) -> out.writeString(v.toString());
        if (Temporal.class.isAssignableFrom(c))
            return (v, out, m) -> out.writeString(PyText.temporal((Temporal) v, style()));
        if (c == Duration.class) return (v, out, m) -> writeDuration((Duration) v, out);
        if (BigDecimal.class.isAssignableFrom(c)) return (v, out, m) -> writeDecimal((BigDecimal) v, out);
        if (BigInteger.class.isAssignableFrom(c)) return (v, out, m) -> out.writeNumber((BigInteger) v);
        if (c == UUID.class) return (v, out, m) -> out.writeString(v.toString());
        if (Enum.class.isAssignableFrom(c)) return (v, out, m) -> out.writeString(((Enum<?>) v).name());
        if (c == byte[].class) return (v, out, m) -> out.writeString(PyText.utf8((byte[]) v));
        if (Record.class.isAssignableFrom(c)) return recordWriter(c);
        if (JsonObject.class.isAssignableFrom(c)) return (v, out, m) -> writeMap(((JsonObject) v).getMap(), out);
        if (JsonArray.class.isAssignableFrom(c)) return (v, out, m) -> writeArray(((JsonArray) v).getList(), out);
        if (Object[].class.isAssignableFrom(c))
            return (v, out, m) -> writeArray(java.util.Arrays.asList((Object[]) v), out);
        return (v, out, m) -> JsonMapping.WRITER.writeValue(out, v);
    }

    /** A record is written through the model derived from its class, the one that reads it. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private static ValueWriter recordWriter(Class<?> type) {
        try {
            return ValueWriters.of(ModelType.of((Class) type));
        } catch (IllegalArgumentException notAModel) {
            // A component Flute has no type for: Jackson writes the record as it can.
            return (value, out, misfits) -> JsonMapping.WRITER.writeValue(out, value);
        }
    }

    /**
     * A Jackson tree as {@code ObjectMapper.writeTree} writes it, without a serializer provider and
     * without flushing half-way; what only Jackson's serializers know (a POJO or binary node) goes to them.
     */
    private static void writeTree(JsonNode node, JsonGenerator out) throws IOException {
        if (node.isObject()) {
            out.writeStartObject(node);
            for (var fields = node.fields(); fields.hasNext(); ) {
                var field = fields.next();
                out.writeFieldName(field.getKey());
                writeTree(field.getValue(), out);
            }
            out.writeEndObject();
        } else if (node.isArray()) {
            out.writeStartArray(node, node.size());
            for (JsonNode item : node) writeTree(item, out);
            out.writeEndArray();
        } else if (node.isNull() || node.isMissingNode()) {
            out.writeNull();
        } else if (node.isPojo() || node.isBinary()) {
            JsonMapping.WRITER.writeValue(out, node);
        } else {
            ((com.fasterxml.jackson.databind.node.BaseJsonNode) node).serialize(out, null);
        }
    }

    private PyText.Style style() {
        return this == PYTHON ? PyText.Style.PYTHON : PyText.Style.PYDANTIC;
    }

    private void writeMap(Map<?, ?> map, JsonGenerator out) throws IOException {
        out.writeStartObject(map);
        for (Map.Entry<?, ?> e : map.entrySet()) {
            out.writeFieldName(String.valueOf(e.getKey()));
            write(e.getValue(), out);
        }
        out.writeEndObject();
    }

    private void writeArray(Iterable<?> items, JsonGenerator out) throws IOException {
        out.writeStartArray();
        if (items instanceof List<?> list && list instanceof RandomAccess) {
            // By index: no iterator per list (the errors of a 422).
            for (int i = 0; i < list.size(); i++) write(list.get(i), out);
        } else {
            for (Object item : items) write(item, out);
        }
        out.writeEndArray();
    }

    private void writeDuration(Duration d, JsonGenerator out) throws IOException {
        if (this == PYDANTIC) out.writeString(PyText.isoDuration(d));
        else out.writeNumber(PyText.totalSeconds(d));
    }

    private void writeDecimal(BigDecimal d, JsonGenerator out) throws IOException {
        if (this == PYDANTIC) {
            out.writeString(PyText.decimal(d));
            return;
        }
        Number n = PyText.decimalAsNumber(d);
        if (n instanceof BigInteger big) {
            if (big.bitLength() < 64) out.writeNumber(big.longValue());
            else out.writeNumber(big);
        } else out.writeNumber(n.doubleValue());
    }

    /**
     * FastAPI's error body, {@code {"detail": ...}}, with the detail as {@code jsonable_encoder}
     * writes it; a list of validation errors is HTTPValidationError's, its errors written one by
     * one without a lookup by class.
     */
    static void writeDetail(Object detail, JsonGenerator out) throws IOException {
        out.writeStartObject();
        out.writeFieldName(DETAIL);
        if (detail instanceof List<?> errors) PYTHON.writeArray(errors, out);
        else PYTHON.write(detail, out);
        out.writeEndObject();
    }

    private static final SerializedString DETAIL = new SerializedString("detail");

    // An error's keys, encoded once, as a model's field names are (ValueWriters).
    private static final SerializedString TYPE = new SerializedString("type");
    private static final SerializedString LOC = new SerializedString("loc");
    private static final SerializedString MSG = new SerializedString("msg");
    private static final SerializedString INPUT = new SerializedString("input");
    private static final SerializedString CTX = new SerializedString("ctx");

    /** FastAPI's keys in FastAPI's order; no {@code ctx} when there is none. */
    private void writeError(ValidationError error, JsonGenerator out) throws IOException {
        out.writeStartObject();
        out.writeFieldName(TYPE);
        out.writeString(error.type());
        out.writeFieldName(LOC);
        List<Object> loc = error.loc();
        out.writeStartArray();
        for (int i = 0; i < loc.size(); i++) write(loc.get(i), out);
        out.writeEndArray();
        out.writeFieldName(MSG);
        out.writeString(error.msg());
        out.writeFieldName(INPUT);
        write(error.input(), out);
        if (error.ctx() != null) {
            out.writeFieldName(CTX);
            writeMap(error.ctx(), out);
        }
        out.writeEndObject();
    }
}
