package dev.flute.examples.body;

import static dev.flute.dsl.Flute.*;

import dev.flute.dsl.Api;
import dev.flute.dsl.Endpoint;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** Seed §2.3.2: path, query and an optional body together. */
public final class BodyPathQuery {
    private BodyPathQuery() {}

    static Map<String, Object> updateItem(Integer itemId, Optional<String> q, Optional<BodyBasic.Item> item) {
        var results = new LinkedHashMap<String, Object>();
        results.put("item_id", itemId);
        q.filter(s -> !s.isEmpty()).ifPresent(s -> results.put("q", s));
        item.ifPresent(i -> results.put("item", i));
        return results;
    }

    static final Endpoint UPDATE_ITEM = route(PUT, "/items/<item_id>")
            .name("update_item")
            .param(path("item_id", int_().ge(0).le(1000).title("The ID of the item to get")))
            .param(query("q", str().optional()))
            .param(body("item", BodyBasic.ITEM.optional()))
            .handle(BodyPathQuery::updateItem);

    public static Api app() {
        return api("FastAPI", "0.1.0").routes(UPDATE_ITEM);
    }
}
