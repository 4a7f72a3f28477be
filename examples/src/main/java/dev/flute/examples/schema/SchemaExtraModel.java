package dev.flute.examples.schema;

import static dev.flute.dsl.Flute.*;

import dev.flute.dsl.Api;
import dev.flute.dsl.Endpoint;
import dev.flute.dsl.types.ModelType;
import java.util.LinkedHashMap;
import java.util.Map;

/** Seed §2.4.1: examples declared on the model, shown in its JSON Schema. */
public final class SchemaExtraModel {
    private SchemaExtraModel() {}

    public record Item(String name, String description, double price, Double tax) {}

    static final ModelType<Item> ITEM =
            model(Item.class).field("description", str().nullable()).examples(fooItem());

    static final Endpoint UPDATE_ITEM = route(PUT, "/items/<item_id>")
            .name("update_item")
            .param(path("item_id", long_()))
            .param(body(ITEM))
            .handle((itemId, item) -> results(itemId, item));

    /** The example item of the seed, in its key order. */
    public static Map<String, Object> fooItem() {
        var item = new LinkedHashMap<String, Object>();
        item.put("name", "Foo");
        item.put("description", "A very nice Item");
        item.put("price", 35.4);
        item.put("tax", 3.2);
        return item;
    }

    static Map<String, Object> results(long itemId, Object item) {
        var results = new LinkedHashMap<String, Object>();
        results.put("item_id", itemId);
        results.put("item", item);
        return results;
    }

    public static Api app() {
        return api("FastAPI", "0.1.0").routes(UPDATE_ITEM);
    }
}
