package dev.flute.examples.body;

import static dev.flute.dsl.Flute.*;

import dev.flute.dsl.Api;
import dev.flute.dsl.Endpoint;
import dev.flute.dsl.types.ModelType;
import java.util.LinkedHashMap;
import java.util.Set;

/** Seed §2.3.7 (2): a set of tags (duplicates collapse) and a nested, optional image model. */
public final class BodySubmodel {
    private BodySubmodel() {}

    public record Image(String url, String name) {}

    public record Item(String name, String description, double price, Double tax, Set<String> tags, Image image) {}

    static final ModelType<Image> IMAGE = model(Image.class);

    static final ModelType<Item> ITEM = model(Item.class)
            .field("description", str().nullable())
            .field("tags", setOf(str()).withDefault(Set.of()))
            .field("image", IMAGE.nullable());

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
