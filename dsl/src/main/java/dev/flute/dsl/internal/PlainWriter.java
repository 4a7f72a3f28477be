package dev.flute.dsl.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import dev.flute.dsl.Json;
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
import java.util.Map;
import java.util.Optional;
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

    /** The writers of records, derived from their classes once. */
    private static final ClassValue<ValueWriter> RECORDS = new ClassValue<>() {
        @Override
        @SuppressWarnings({"unchecked", "rawtypes"})
        protected ValueWriter computeValue(Class<?> type) {
            try {
                return ValueWriters.of(ModelType.of((Class) type));
            } catch (IllegalArgumentException notAModel) {
                // A component Flute has no type for: Jackson writes the record as it can.
                return (value, out, misfits) -> Json.writer().writeValue(out, value);
            }
        }
    };

    void write(Object value, JsonGenerator out) throws IOException {
        if (value == null) out.writeNull();
        else if (value instanceof String s) out.writeString(s);
        else if (value instanceof Boolean b) out.writeBoolean(b);
        else if (value instanceof Integer || value instanceof Short || value instanceof Byte)
            out.writeNumber(((Number) value).intValue());
        else if (value instanceof Long l) out.writeNumber(l);
        else if (value instanceof Double d) out.writeNumber(d);
        else if (value instanceof Float f) out.writeNumber(f);
        else if (value instanceof Map<?, ?> map) writeMap(map, out);
        // A Jackson tree is iterable too: it goes first, as the tree it is.
        else if (value instanceof JsonNode node) Json.writer().writeValue(out, node);
        else if (value instanceof Iterable<?> items) writeArray(items, out);
        else if (value instanceof Optional<?> o) write(o.orElse(null), out);
        else if (value instanceof CharSequence text) out.writeString(text.toString());
        else if (value instanceof Temporal t) out.writeString(PyText.temporal(t, style()));
        else if (value instanceof Duration d) writeDuration(d, out);
        else if (value instanceof BigDecimal d) writeDecimal(d, out);
        else if (value instanceof BigInteger i) out.writeNumber(i);
        else if (value instanceof UUID u) out.writeString(u.toString());
        else if (value instanceof Enum<?> e) out.writeString(e.name());
        else if (value instanceof byte[] bytes) out.writeString(PyText.utf8(bytes));
        else if (value instanceof ValidationError error) writeError(error, out);
        else if (value instanceof Record) writeRecord(value, out);
        else if (value instanceof JsonObject object) writeMap(object.getMap(), out);
        else if (value instanceof JsonArray array) writeArray(array.getList(), out);
        else if (value instanceof Object[] array) writeArray(java.util.Arrays.asList(array), out);
        else Json.writer().writeValue(out, value);
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
        for (Object item : items) write(item, out);
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

    /** FastAPI's keys in FastAPI's order; no {@code ctx} when there is none. */
    private void writeError(ValidationError error, JsonGenerator out) throws IOException {
        out.writeStartObject();
        out.writeStringField("type", error.type());
        out.writeFieldName("loc");
        writeArray(error.loc(), out);
        out.writeStringField("msg", error.msg());
        out.writeFieldName("input");
        write(error.input(), out);
        if (error.ctx() != null) {
            out.writeFieldName("ctx");
            write(error.ctx(), out);
        }
        out.writeEndObject();
    }

    private static void writeRecord(Object value, JsonGenerator out) throws IOException {
        RECORDS.get(value.getClass()).write(value, out, Misfits.lenient());
    }
}
