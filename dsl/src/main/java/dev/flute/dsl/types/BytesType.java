package dev.flute.dsl.types;

import com.fasterxml.jackson.databind.JsonNode;
import dev.flute.dsl.http.ValidationError;
import dev.flute.dsl.python.PyText;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * Bytes, Pydantic's {@code bytes}: read from a string as its UTF-8 encoding and written back as
 * UTF-8 text, Pydantic's default for JSON. Bytes that are not UTF-8 cannot be written (FastAPI fails
 * with 500 then too).
 */
public final class BytesType extends AbstractType<byte[], BytesType> {
    private final Integer minLength;
    private final Integer maxLength;

    public BytesType() {
        this(Meta.NONE, null, null);
    }

    private BytesType(Meta meta, Integer minLength, Integer maxLength) {
        super(meta);
        this.minLength = minLength;
        this.maxLength = maxLength;
    }

    public BytesType minLength(int n) {
        if (n < 0) throw new IllegalArgumentException("a length cannot be negative: " + n);
        return new BytesType(meta(), n, maxLength);
    }

    public BytesType maxLength(int n) {
        if (n < 0) throw new IllegalArgumentException("a length cannot be negative: " + n);
        return new BytesType(meta(), minLength, n);
    }

    @Override
    protected BytesType withMeta(Meta meta) {
        return new BytesType(meta, minLength, maxLength);
    }

    @Override
    public java.lang.reflect.Type javaType() {
        return byte[].class;
    }

    @Override
    public String toString() {
        return "bytes()";
    }

    @Override
    public JsonKind kind() {
        return JsonKind.STRING;
    }

    @Override
    public String format() {
        return "binary";
    }

    @Override
    public List<Constraint> constraints() {
        return Constraint.lengths(minLength, maxLength);
    }

    @Override
    public byte[] fromText(String raw) {
        byte[] bytes = raw.getBytes(StandardCharsets.UTF_8);
        if (minLength != null && bytes.length < minLength) {
            throw new Invalid(
                    "bytes_too_short",
                    "Data should have at least " + minLength + " byte" + (minLength == 1 ? "" : "s"),
                    Map.of("min_length", minLength));
        }
        if (maxLength != null && bytes.length > maxLength) {
            throw new Invalid(
                    "bytes_too_long",
                    "Data should have at most " + maxLength + " byte" + (maxLength == 1 ? "" : "s"),
                    Map.of("max_length", maxLength));
        }
        return bytes;
    }

    @Override
    public byte[] fromJson(JsonNode node, Loc loc, List<ValidationError> errors) {
        if (node.isTextual()) return JsonReading.text(this, node, loc, errors);
        JsonReading.fail(errors, loc, "bytes_type", "Input should be a valid bytes", node);
        return null;
    }

    @Override
    public Object toJson(byte[] value) {
        return PyText.utf8(value);
    }
}
