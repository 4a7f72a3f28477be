package dev.flute.examples.response;

import static dev.flute.dsl.Flute.*;

import dev.flute.dsl.Api;
import dev.flute.dsl.Endpoint;
import dev.flute.dsl.types.ModelType;
import dev.flute.dsl.types.Partial;
import java.util.List;
import java.util.Map;

/**
 * Seed §2.7.2: {@code response_model_exclude_unset}. A stored item remembers which fields it was
 * given ({@code Partial}); only those are sent, even when a value equals the default. An unknown id
 * fails the lookup: a 500, as the original's {@code KeyError} is.
 */
public final class ResponseExcludeUnset {
    private ResponseExcludeUnset() {}

    public record Item(String name, String description, double price, double tax, List<String> tags) {}

    static final ModelType<Item> ITEM = model(Item.class)
            .field("description", str().nullable())
            .field("tax", double_().withDefault(10.5))
            .field("tags", listOf(str()).withDefault(List.of()));

    /** The original's stored dicts: each item with the fields it was given. */
    static final Map<String, Partial<Item>> ITEMS = Map.of(
            "foo", given(new Item("Foo", null, 50.2, 10.5, List.of()), "name", "price"),
            "bar", given(new Item("Bar", "The bartenders", 62, 20.2, List.of()), "name", "description", "price", "tax"),
            "baz", given(new Item("Baz", null, 50.2, 10.5, List.of()), "name", "description", "price", "tax", "tags"));

    static Partial<Item> given(Item item, String... fields) {
        return Partial.of(ITEM, item, fields);
    }

    static final Endpoint<Partial<Item>> READ_ITEM = route(GET, "/items/<item_id>")
            .name("read_item")
            .returns(json(ITEM.partial()).excludeUnset())
            .param(path("item_id", str()))
            .handle(itemId -> {
                Partial<Item> item = ITEMS.get(itemId);
                if (item == null) throw new IllegalStateException("KeyError: '" + itemId + "'");
                return item;
            });

    public static Api app() {
        return api("FastAPI", "0.1.0").routes(READ_ITEM);
    }
}
