package dev.flute.examples.query;

import static dev.flute.dsl.Flute.*;

import dev.flute.dsl.Api;
import dev.flute.dsl.Endpoint;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Seed §2.2.3: an optional query parameter of at most 50 characters. */
public final class QueryValidation {
    private QueryValidation() {}

    static Map<String, Object> readItems(Optional<String> q) {
        var results = new LinkedHashMap<String, Object>();
        results.put("items", List.of(Map.of("item_id", "Foo"), Map.of("item_id", "Bar")));
        q.filter(s -> !s.isEmpty()).ifPresent(s -> results.put("q", s));
        return results;
    }

    static final Endpoint READ_ITEMS = route(GET, "/items/")
            .name("read_items")
            .param(query("q", str().maxLength(50).optional()))
            .handle(QueryValidation::readItems);

    public static Api app() {
        return api("FastAPI", "0.1.0").routes(READ_ITEMS);
    }
}
