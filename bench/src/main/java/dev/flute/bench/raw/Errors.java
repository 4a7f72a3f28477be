package dev.flute.bench.raw;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.core.buffer.Buffer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Validation errors collected for one request and written in FastAPI's 422 format:
 * {@code {"detail":[{"type","loc","msg","input","ctx"?}, ...]}}, keys in that order.
 */
public final class Errors {
    /** {@code input} is a String, a Jackson {@link JsonNode}, null, or {@link #EMPTY_OBJECT}. */
    private record Entry(String type, Object[] loc, String msg, Object input, String ctxKey, Object ctxValue) {}

    /** Stands for the {@code {}} input of a {@code json_invalid} error. */
    static final Object EMPTY_OBJECT = new Object();

    private final List<Entry> entries = new ArrayList<>(4);

    boolean isEmpty() {
        return entries.isEmpty();
    }

    Errors add(String type, Object[] loc, String msg, Object input) {
        entries.add(new Entry(type, loc, msg, input, null, null));
        return this;
    }

    Errors add(String type, Object[] loc, String msg, Object input, String ctxKey, Object ctxValue) {
        entries.add(new Entry(type, loc, msg, input, ctxKey, ctxValue));
        return this;
    }

    // The pydantic errors the contract can produce, with pydantic's exact messages.

    public Errors intParsing(Object[] loc, String input, Number parsed) {
        return parsed == RawParams.TOO_LONG
                ? add(
                        "int_parsing_size",
                        loc,
                        "Unable to parse input string as an integer, exceeded maximum size",
                        input)
                : add(
                        "int_parsing",
                        loc,
                        "Input should be a valid integer, unable to parse string as an integer",
                        input);
    }

    Errors greaterThanEqual(Object[] loc, Object input, long ge) {
        return add("greater_than_equal", loc, "Input should be greater than or equal to " + ge, input, "ge", ge);
    }

    Errors lessThanEqual(Object[] loc, Object input, long le) {
        return add("less_than_equal", loc, "Input should be less than or equal to " + le, input, "le", le);
    }

    Errors stringTooLong(Object[] loc, Object input, int max) {
        return add(
                "string_too_long",
                loc,
                "String should have at most " + max + " character" + (max == 1 ? "" : "s"),
                input,
                "max_length",
                max);
    }

    Errors stringTooShort(Object[] loc, Object input, int min) {
        return add(
                "string_too_short",
                loc,
                "String should have at least " + min + " character" + (min == 1 ? "" : "s"),
                input,
                "min_length",
                min);
    }

    Errors stringType(Object[] loc, Object input) {
        return add("string_type", loc, "Input should be a valid string", input);
    }

    Errors missing(Object[] loc, Object input) {
        return add("missing", loc, "Field required", input);
    }

    Errors modelType(Object[] loc, Object input, String className) {
        return add(
                "model_type",
                loc,
                "Input should be a valid dictionary or instance of " + className,
                input,
                "class_name",
                className);
    }

    public Buffer toBuffer(ObjectMapper mapper) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(128 * entries.size() + 16);
        try (JsonGenerator g = mapper.getFactory().createGenerator(out)) {
            g.writeStartObject();
            g.writeFieldName("detail");
            g.writeStartArray();
            for (Entry e : entries) {
                g.writeStartObject();
                g.writeStringField("type", e.type);
                g.writeFieldName("loc");
                g.writeStartArray();
                for (Object part : e.loc) {
                    if (part instanceof Integer i) {
                        g.writeNumber(i);
                    } else {
                        g.writeString((String) part);
                    }
                }
                g.writeEndArray();
                g.writeStringField("msg", e.msg);
                g.writeFieldName("input");
                writeValue(g, mapper, e.input);
                if (e.ctxKey != null) {
                    g.writeFieldName("ctx");
                    g.writeStartObject();
                    g.writeFieldName(e.ctxKey);
                    writeValue(g, mapper, e.ctxValue);
                    g.writeEndObject();
                }
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        return Buffer.buffer(out.toByteArray());
    }

    private static void writeValue(JsonGenerator g, ObjectMapper mapper, Object v) throws IOException {
        if (v == null) {
            g.writeNull();
        } else if (v == EMPTY_OBJECT) {
            g.writeStartObject();
            g.writeEndObject();
        } else if (v instanceof String s) {
            g.writeString(s);
        } else if (v instanceof JsonNode n) {
            mapper.writeTree(g, n);
        } else if (v instanceof Integer i) {
            g.writeNumber(i);
        } else if (v instanceof Long l) {
            g.writeNumber(l);
        } else if (v instanceof Double d) {
            g.writeNumber(d);
        } else {
            g.writeString(v.toString());
        }
    }
}
