package dev.flute.examples.body;

import static dev.flute.dsl.Flute.*;

import dev.flute.dsl.Api;
import dev.flute.dsl.Endpoint;
import java.util.LinkedHashMap;

/** Seed §2.3.6: one body, embedded under its name ({@code Body(embed=True)}). */
public final class BodyEmbed {
    private BodyEmbed() {}

    static final Endpoint UPDATE_ITEM = route(PUT, "/items/<item_id>")
            .name("update_item")
            .param(path("item_id", long_()))
            .param(body(BodyBasic.ITEM).embed())
            .handle((itemId, item) -> {
                var results = new LinkedHashMap<String, Object>();
                results.put("item_id", itemId);
                results.put("item", item);
                return results;
            });

    public static Api app() {
        return api("FastAPI", "0.1.0").routes(UPDATE_ITEM);
    }
}
