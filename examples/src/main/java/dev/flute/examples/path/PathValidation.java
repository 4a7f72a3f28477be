package dev.flute.examples.path;

import static dev.flute.dsl.Flute.*;

import dev.flute.dsl.Api;
import dev.flute.dsl.Endpoint;
import java.util.LinkedHashMap;
import java.util.Map;

/** Seed §2.1.5: a titled path parameter and a required query parameter. */
public final class PathValidation {
    private PathValidation() {}

    static Map<String, Object> readItems(Long itemId, String q) {
        var results = new LinkedHashMap<String, Object>();
        results.put("item_id", itemId);
        if (!q.isEmpty()) results.put("q", q);
        return results;
    }

    static final Endpoint READ_ITEMS = route(GET, "/items/<item_id>")
            .name("read_items")
            .param(path("item_id", long_().title("The ID of the item to get")))
            .param(query("q", str()))
            .handle(PathValidation::readItems);

    public static Api app() {
        return api("FastAPI", "0.1.0").routes(READ_ITEMS);
    }
}
