package dev.flute.dsl.internal;

import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * Flute's configured Jackson mapper, with its shared reader and writer: the one place its modules,
 * features and bounds are set. {@code Json} hands these out to users; Flute's own
 * encoders and readers take them from here. The mapper itself is never handed out, only copies.
 */
public final class JsonMapping {
    private JsonMapping() {}

    /** Nesting deeper than this is refused before it can exhaust the stack. */
    public static final int MAX_DEPTH = 256;

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .addModule(new Jdk8Module())
            .addModule(new JavaTimeModule())
            .addModule(dev.flute.dsl.python.PythonJson.module())
            .addMixIn(dev.flute.dsl.http.ValidationError.class, ValidationErrorJson.class)
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
            .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
            .enable(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    static {
        MAPPER.getFactory()
                .setStreamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(MAX_DEPTH)
                        .maxNumberLength(4300)
                        .maxStringLength(20_000_000)
                        .build());
    }

    /** FastAPI's keys in FastAPI's order; no {@code ctx} when there is none. */
    @com.fasterxml.jackson.annotation.JsonPropertyOrder({"type", "loc", "msg", "input", "ctx"})
    private abstract static class ValidationErrorJson {
        @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
        abstract java.util.Map<String, Object> ctx();
    }

    /** Immutable, shared, bounded against hostile documents. */
    public static final ObjectReader READER = MAPPER.reader();
    /** Immutable and shared. */
    public static final ObjectWriter WRITER = MAPPER.writer();

    /** A copy of the mapper, for code that configures one of its own. */
    public static ObjectMapper copy() {
        return MAPPER.copy();
    }

    /** A plain Java value as a JSON tree, by Jackson's rules. */
    public static JsonNode tree(Object value) {
        return MAPPER.valueToTree(value);
    }
}
