package dev.flute.dsl;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import dev.flute.dsl.internal.JsonBuffers;
import dev.flute.dsl.internal.JsonMapping;
import io.vertx.core.buffer.Buffer;

/**
 * Flute's own JSON mapper. Vert.x's {@code DatabindCodec.mapper()} is one JVM-wide static that an
 * embedding application may have configured; Flute never reads or changes it.
 *
 * <p>Reading is bounded against hostile documents (nesting depth, string and number length).
 */
public final class Json {
    private Json() {}

    /** Nesting deeper than this is refused before it can exhaust the stack. */
    public static final int MAX_DEPTH = JsonMapping.MAX_DEPTH;

    /**
     * A copy of Flute's mapper (its modules, features and bounds), for code that wants to configure
     * one of its own; Flute's is never handed out, so nothing can change how Flute reads and writes.
     * For reading and writing as Flute does, use {@link #reader()}, {@link #writer()} or
     * {@link #readTree}, which share no mutable state.
     */
    public static ObjectMapper mapper() {
        return JsonMapping.copy();
    }

    /** Flute's reader: immutable, shared, bounded against hostile documents. */
    public static ObjectReader reader() {
        return JsonMapping.READER;
    }

    /** Flute's writer: immutable and shared ({@code writer().with(...)} makes a variant). */
    public static ObjectWriter writer() {
        return JsonMapping.WRITER;
    }

    /** Parses a JSON document into a tree, within Flute's bounds. */
    public static JsonNode readTree(String json) {
        try {
            return JsonMapping.READER.readTree(json);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Parses JSON bytes (UTF-8) into a tree, within Flute's bounds. */
    public static JsonNode readTree(byte[] json) {
        try {
            return JsonMapping.READER.readTree(json);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** A plain Java value (maps, lists, records by Jackson's rules) as a JSON tree. */
    public static JsonNode tree(Object value) {
        return JsonMapping.tree(value);
    }

    /**
     * Encodes a value as compact UTF-8 JSON, the way FastAPI sends a value without a response model:
     * by what it is, records through the model of their class (the one that reads them).
     */
    public static Buffer encode(Object value) {
        return JsonBuffers.write(value);
    }

    /**
     * The one encoder of a JSON output's values, compiled once: a value is written exactly as a
     * response with that output writes it (field aliases, Pydantic's forms of dates and numbers,
     * the output's options), so what a client sends reads back through the same type on the server.
     * A value that does not fit fails with {@code ResponseValidationError}, every misfit listed.
     *
     * <pre>{@code
     * Function<Object, Buffer> items = Json.encoder(json(listOf(ITEM)));
     * Buffer document = items.apply(List.of(new Item("Foo", 1.5)));   // [{"name":"Foo","price":1.5}]
     * }</pre>
     *
     * @throws IllegalArgumentException when the output is not JSON
     */
    public static java.util.function.Function<Object, Buffer> encoder(Output<?> output) {
        if (output.kind() != Output.Kind.JSON) throw new IllegalArgumentException("not a JSON output: " + output);
        return JsonBuffers.writer(output);
    }

    /**
     * FastAPI's {@code jsonable_encoder}: the value as plain JSON-ready Java (maps, lists, strings,
     * numbers, booleans, null), written exactly as a response would write it: a date-time as Python's
     * {@code isoformat()}, a duration as seconds, a record (Flute's model) as Pydantic writes it.
     *
     * <pre>{@code return Response.json(Json.encodable(item)).status(201);}</pre>
     */
    public static Object encodable(Object value) {
        return JsonBuffers.plain(value);
    }

    /**
     * Python's {@code json.dumps(jsonable_encoder(value))}: items separated by {@code ", "} and
     * {@code ": "}, everything past ASCII escaped. FastAPI writes streamed items (JSON Lines, events)
     * this way.
     */
    public static String dumps(Object value) {
        return JsonBuffers.dumps(value);
    }

    /** Encodes a value as a JSON string, as {@link #encode} does. */
    public static String write(Object value) {
        return encode(value).toString(java.nio.charset.StandardCharsets.UTF_8);
    }
}
