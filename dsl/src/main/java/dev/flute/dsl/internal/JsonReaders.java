package dev.flute.dsl.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.databind.ObjectReader;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Readers of Flute's JSON mapper bounded to a nesting depth: Jackson checks the bound while it
 * parses, so a deep document costs no stack past it. The API's {@code maxJsonDepth} picks one; a
 * reader per depth, made when the first API asks for it.
 */
final class JsonReaders {
    private static final Map<Integer, ObjectReader> BY_DEPTH = new ConcurrentHashMap<>();

    private JsonReaders() {}

    static ObjectReader withMaxDepth(int depth) {
        return BY_DEPTH.computeIfAbsent(depth, d -> {
            if (d == JsonMapping.MAX_DEPTH) return JsonMapping.READER;
            JsonFactory factory = JsonMapping.READER.getFactory().copy();
            factory.setStreamReadConstraints(
                    factory.streamReadConstraints().rebuild().maxNestingDepth(d).build());
            return JsonMapping.READER.with(factory);
        });
    }
}
