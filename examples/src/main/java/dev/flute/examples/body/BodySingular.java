package dev.flute.examples.body;

import static dev.flute.dsl.Flute.*;

import dev.flute.dsl.Api;
import dev.flute.dsl.Endpoint;
import java.util.LinkedHashMap;

/** Seed §2.3.5: a single value in the body next to two models ({@code Body()}). */
public final class BodySingular {
    private BodySingular() {}

    static final Endpoint UPDATE_ITEM = route(PUT, "/items/<item_id>")
            .name("update_item")
            .param(path("item_id", long_()))
            .param(body(BodyBasic.ITEM))
            .param(body(BodyMultiple.USER))
            .param(body("importance", long_()))
            .handle((itemId, item, user, importance) -> {
                var results = new LinkedHashMap<String, Object>();
                results.put("item_id", itemId);
                results.put("item", item);
                results.put("user", user);
                results.put("importance", importance);
                return results;
            });

    public static Api app() {
        return api("FastAPI", "0.1.0").routes(UPDATE_ITEM);
    }
}
