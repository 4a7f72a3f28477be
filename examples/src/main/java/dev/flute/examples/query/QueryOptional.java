package dev.flute.examples.query;

import static dev.flute.dsl.Flute.*;

import dev.flute.dsl.Api;
import dev.flute.dsl.Endpoint;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** Seed §2.2.2: an optional query parameter. */
public final class QueryOptional {
    private QueryOptional() {}

    static Map<String, Object> readItem(String itemId, Optional<String> q) {
        var out = new LinkedHashMap<String, Object>();
        out.put("item_id", itemId);
        q.filter(s -> !s.isEmpty()).ifPresent(s -> out.put("q", s));
        return out;
    }

    static final Endpoint READ_ITEM = route(GET, "/items/<item_id>")
            .name("read_item")
            .param(path("item_id", str()))
            .param(query("q", str().optional()))
            .handle(QueryOptional::readItem);

    public static Api app() {
        return api("FastAPI", "0.1.0").routes(READ_ITEM);
    }
}
