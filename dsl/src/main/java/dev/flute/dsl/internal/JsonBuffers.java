package dev.flute.dsl.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.core.util.MinimalPrettyPrinter;
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
        return Sink.write(writer, value, true);
    }

    /** The writer of a JSON output's values, compiled once, for {@code Json.encoder}. */
    public static java.util.function.Function<Object, Buffer> writer(dev.flute.dsl.Output<?> output) {
        ValueWriter compiled = ValueWriters.of(output.type(), output.options());
        return value -> write(compiled, value);
    }

    /** A value nobody declared, by what it is ({@code jsonable_encoder}). */
    public static Buffer write(Object value) {
        return Sink.write(UNDECLARED, value, false);
    }

    /**
     * FastAPI's error body, {@code {"detail": detail}}: the answer of an {@code HTTPException} or, with
     * a list of {@code ValidationError}s, of a request that fails validation. Its shape is declared
     * here, once, so no route's output encodes it again.
     */
    public static Buffer detail(Object detail) {
        return Sink.write(DETAIL, detail, false);
    }

    private static final ValueWriter DETAIL = (detail, out, misfits) -> PlainWriter.writeDetail(detail, out);

    private static final ValueWriter UNDECLARED = (value, out, misfits) -> PlainWriter.PYTHON.write(value, out);

    /** FastAPI's {@code jsonable_encoder}: the value as plain Java, numbers keeping their Java types. */
    public static Object plain(Object value) {
        try (var tokens = new com.fasterxml.jackson.databind.util.TokenBuffer(null, false)) {
            PlainWriter.PYTHON.write(value, tokens);
            return JsonMapping.READER.forType(Object.class).readValue(tokens.asParser());
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
        try (JsonGenerator g = JsonMapping.WRITER.createGenerator(text)) {
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
        /**
         * Each escape made once, in pages of 256 characters made when first needed: text uses a
         * few scripts, and a table of all 65,536 would hold 256 KiB for them. Racing threads at
         * worst make the same page or escape twice.
         */
        private final SerializableString[][] pages = new SerializableString[256][];

        @Override
        public int[] getEscapeCodesForAscii() {
            return table;
        }

        @Override
        public SerializableString getEscapeSequence(int ch) {
            if (ch < 128) return null;
            SerializableString[] page = pages[ch >>> 8];
            if (page == null) {
                page = new SerializableString[256];
                pages[ch >>> 8] = page;
            }
            SerializableString known = page[ch & 0xFF];
            if (known == null) {
                known = new SerializedString(String.format("\\u%04x", ch));
                page[ch & 0xFF] = known;
            }
            return known;
        }
    };

    /**
     * One thread's JSON generator, kept from one response to the next: Jackson's generator, its
     * contexts and its 8 KB buffer are made once per thread, not per response, and the bytes land in
     * a buffer of their exact size. A write that starts while another is under way on the same thread
     * (a type whose JSON is written through {@code Json}) gets a generator of its own.
     */
    private static final class Sink extends OutputStream {
        private static final ThreadLocal<Sink> CURRENT = ThreadLocal.withInitial(Sink::new);

        private final JsonGenerator generator;
        private final Misfits misfits = Misfits.strict();
        private Buffer out;
        private boolean busy;

        private Sink() {
            try {
                generator = JsonMapping.WRITER.createGenerator(this);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            // Values follow each other at the root of one generator: nothing may separate them.
            generator.setRootValueSeparator(null);
        }

        static Buffer write(ValueWriter writer, Object value, boolean strict) {
            Sink sink = CURRENT.get();
            if (sink.busy) sink = new Sink();
            sink.busy = true;
            boolean reusable = false;
            try {
                Misfits misfits = strict ? sink.misfits.reset() : Misfits.lenient();
                writer.write(value, sink.generator, misfits);
                sink.generator.flush();
                reusable = true;
                misfits.check();
                return sink.out == null ? Buffer.buffer() : sink.out;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } finally {
                sink.out = null;
                sink.busy = false;
                // A write that failed half-way leaves the generator inside the value: start afresh.
                if (!reusable && sink == CURRENT.get()) CURRENT.remove();
            }
        }

        @Override
        public void write(int b) {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) {
            // Jackson hands its buffer over when the value is done (or when the buffer is full).
            if (out == null) out = Buffer.buffer(len);
            out.appendBytes(b, off, len);
        }
    }
}
