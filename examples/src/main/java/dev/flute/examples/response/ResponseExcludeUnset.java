package dev.flute.examples.response;

import static dev.flute.dsl.Flute.*;

import dev.flute.dsl.Api;
import dev.flute.dsl.Endpoint;
import dev.flute.dsl.types.ModelType;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Seed §2.7.2: {@code response_model_exclude_unset}. A stored item is a map; only the keys it has
 * are sent, even when a value equals the default. An unknown id fails the lookup: a 500, as the
 * original's {@code KeyError} is.
 */
public final class ResponseExcludeUnset {
    private ResponseExcludeUnset() {}

    public record Item(String name, String description, double price, double tax, List<String> tags) {}

    static final ModelType<Item> ITEM = model(Item.class)
            .field("description", str().nullable())
            .field("tax", double_().withDefault(10.5))
            .field("tags", listOf(str()).withDefault(List.of()));

    static final Map<String, Map<String, Object>> ITEMS = Map.of(
            "foo", item("name", "Foo", "price", 50.2),
            "bar", item("name", "Bar", "description", "The bartenders", "price", 62, "tax", 20.2),
            "baz", item("name", "Baz", "description", null, "price", 50.2, "tax", 10.5, "tags", List.of()));

    static final Endpoint READ_ITEM = route(GET, "/items/<item_id>")
            .name("read_item")
            .responseModel(ITEM)
            .responseModelExcludeUnset()
            .param(path("item_id", str()))
            .handle(itemId -> {
                Map<String, Object> item = ITEMS.get(itemId);
                if (item == null) throw new IllegalStateException("KeyError: '" + itemId + "'");
                return item;
            });

    /** A map in the given key order; values may be null, as in the original's dict. */
    private static Map<String, Object> item(Object... pairs) {
        var out = new LinkedHashMap<String, Object>();
        for (int i = 0; i < pairs.length; i += 2) out.put((String) pairs[i], pairs[i + 1]);
        return java.util.Collections.unmodifiableMap(out);
    }

    public static Api app() {
        return api("FastAPI", "0.1.0").routes(READ_ITEM);
    }
}
