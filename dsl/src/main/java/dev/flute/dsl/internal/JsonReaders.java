package dev.flute.dsl.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.databind.ObjectReader;
import dev.flute.dsl.Json;
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
            if (d == Json.MAX_DEPTH) return Json.reader();
            JsonFactory factory = Json.reader().getFactory().copy();
            factory.setStreamReadConstraints(
                    factory.streamReadConstraints().rebuild().maxNestingDepth(d).build());
            return Json.reader().with(factory);
        });
    }
}
