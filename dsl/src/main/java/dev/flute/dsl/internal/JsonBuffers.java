package dev.flute.dsl.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.core.util.MinimalPrettyPrinter;
import dev.flute.dsl.Json;
import io.vertx.core.buffer.Buffer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;

/**
 * JSON written straight into the bytes that are sent: compact, as FastAPI's {@code JSONResponse}
 * writes it, or as Python's {@code json.dumps} with its defaults, as FastAPI writes streamed items.
 */
public final class JsonBuffers {
    private JsonBuffers() {}

    /** A value of a declared type; a value that does not fit fails with {@code ResponseValidationError}. */
    static Buffer write(ValueWriter writer, Object value) {
        Buffer out = Buffer.buffer(128);
        Misfits misfits = Misfits.strict();
        try (JsonGenerator g = Json.writer().createGenerator(new BufferOutput(out))) {
            writer.write(value, g, misfits);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        misfits.check();
        return out;
    }

    /** The writer of a JSON output's values, compiled once, for {@link Json#encoder}. */
    public static java.util.function.Function<Object, Buffer> writer(dev.flute.dsl.Output<?> output) {
        ValueWriter compiled = ValueWriters.of(output.type(), output.options());
        return value -> write(compiled, value);
    }

    /** A value nobody declared, by what it is ({@code jsonable_encoder}). */
    public static Buffer write(Object value) {
        Buffer out = Buffer.buffer(128);
        try (JsonGenerator g = Json.writer().createGenerator(new BufferOutput(out))) {
            PlainWriter.PYTHON.write(value, g);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /** FastAPI's {@code jsonable_encoder}: the value as plain Java, numbers keeping their Java types. */
    public static Object plain(Object value) {
        try (var tokens = new com.fasterxml.jackson.databind.util.TokenBuffer(null, false)) {
            PlainWriter.PYTHON.write(value, tokens);
            return Json.reader().forType(Object.class).readValue(tokens.asParser());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Python's {@code json.dumps(jsonable_encoder(value))}. */
    public static String dumps(Object value) {
        return dumps((v, g, misfits) -> PlainWriter.PYTHON.write(v, g), value, Misfits.lenient());
    }

    /** Python's {@code json.dumps} of a value of a declared type. */
    static String dumps(ValueWriter writer, Object value) {
        return dumps(writer, value, Misfits.strict());
    }

    private static String dumps(ValueWriter writer, Object value, Misfits misfits) {
        var text = new StringWriter();
        try (JsonGenerator g = Json.writer().createGenerator(text)) {
            g.setPrettyPrinter(PYTHON_SPACING);
            g.setCharacterEscapes(ASCII_ONLY);
            writer.write(value, g, misfits);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        misfits.check();
        return text.toString();
    }

    /** {@code ", "} between items and {@code ": "} after keys, as {@code json.dumps} separates them. */
    private static final MinimalPrettyPrinter PYTHON_SPACING = new MinimalPrettyPrinter() {
        @Override
        public void writeObjectEntrySeparator(JsonGenerator g) throws IOException {
            g.writeRaw(", ");
        }

        @Override
        public void writeArrayValueSeparator(JsonGenerator g) throws IOException {
            g.writeRaw(", ");
        }

        @Override
        public void writeObjectFieldValueSeparator(JsonGenerator g) throws IOException {
            g.writeRaw(": ");
        }
    };

    /** Everything past ASCII as lowercase {@code \\uXXXX}, surrogate by surrogate, as {@code ensure_ascii}. */
    private static final CharacterEscapes ASCII_ONLY = new CharacterEscapes() {
        private final int[] table = standardAsciiEscapesForJSON();
        private final SerializableString[] escapes = new SerializableString[0x10000];

        @Override
        public int[] getEscapeCodesForAscii() {
            return table;
        }

        @Override
        public SerializableString getEscapeSequence(int ch) {
            if (ch < 128) return null;
            SerializableString known = escapes[ch];
            if (known == null) {
                known = new SerializedString(String.format("\\u%04x", ch));
                escapes[ch] = known;
            }
            return known;
        }
    };

    /** Appends what Jackson writes to a Vert.x buffer, without a copy in between. */
    private static final class BufferOutput extends OutputStream {
        private final Buffer out;

        BufferOutput(Buffer out) {
            this.out = out;
        }

        @Override
        public void write(int b) {
            out.appendByte((byte) b);
        }

        @Override
        public void write(byte[] b, int off, int len) {
            out.appendBytes(b, off, len);
        }
    }
}
