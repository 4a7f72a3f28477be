package dev.flute.examples.query;

import static dev.flute.dsl.Flute.*;

import dev.flute.dsl.Api;
import dev.flute.dsl.Endpoint;
import java.util.List;
import java.util.Map;

/** Seed §2.2.1: query parameters with defaults, over a fake list sliced like a Python list. */
public final class QueryDefaults {
    private QueryDefaults() {}

    static final List<Map<String, String>> FAKE_ITEMS_DB =
            List.of(Map.of("item_name", "Foo"), Map.of("item_name", "Bar"), Map.of("item_name", "Baz"));

    /** {@code items[start:stop]} with Python's rules for negative and out-of-range bounds. */
    public static <T> List<T> slice(List<T> items, long start, long stop) {
        int n = items.size();
        int from = (int) Math.max(0, Math.min(n, start < 0 ? n + start : start));
        int to = (int) Math.max(0, Math.min(n, stop < 0 ? n + stop : stop));
        return from >= to ? List.of() : items.subList(from, to);
    }

    static final Endpoint READ_ITEM = route(GET, "/items/")
            .name("read_item")
            .param(query("skip", long_().withDefault(0L)))
            .param(query("limit", long_().withDefault(10L)))
            .handle((skip, limit) -> slice(FAKE_ITEMS_DB, skip, skip + limit));

    public static Api app() {
        return api("FastAPI", "0.1.0").routes(READ_ITEM);
    }
}
