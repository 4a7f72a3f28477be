package dev.flute.examples.body;

import static dev.flute.dsl.Flute.*;

import dev.flute.dsl.Api;
import dev.flute.dsl.Endpoint;
import dev.flute.dsl.types.ModelType;
import java.util.LinkedHashMap;
import java.util.List;

/** Seed §2.3.7 (1): a model with a list field that defaults to empty. */
public final class BodyListField {
    private BodyListField() {}

    public record Item(String name, String description, double price, Double tax, List<String> tags) {}

    static final ModelType<Item> ITEM = model(Item.class)
            .field("description", str().nullable())
            .field("tags", listOf(str()).withDefault(List.of()));

    static final Endpoint UPDATE_ITEM = route(PUT, "/items/<item_id>")
            .name("update_item")
            .param(path("item_id", long_()))
            .param(body(ITEM))
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
