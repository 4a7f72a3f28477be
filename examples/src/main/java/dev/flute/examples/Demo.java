package dev.flute.examples;

import static dev.flute.dsl.Flute.*;

import dev.flute.dsl.Api;
import dev.flute.dsl.Endpoint;
import dev.flute.dsl.http.HttpError;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** The demo served when the launcher is given no NAME: a small item catalogue using what Flute has. */
public final class Demo {
    private Demo() {}

    enum Category {
        tools,
        toys,
        books
    }

    record Item(int id, String name, Category category, double price) {}

    static final Map<Integer, Item> ITEMS = new ConcurrentHashMap<>(Map.of(
            1, new Item(1, "Hammer", Category.tools, 12.5),
            2, new Item(2, "Yo-yo", Category.toys, 3.0),
            3, new Item(3, "SICP", Category.books, 45.0)));

    static final Endpoint LIST_ITEMS = route(GET, "/items/")
            .name("list_items")
            .summary("List items, optionally by category")
            .tags("items")
            .param(query("category", enum_(Category.class).optional()))
            .param(query("max_price", double_().gt(0).optional()))
            .param(query("limit", int_().ge(1).le(100).withDefault(10)))
            .handle((Optional<Category> category, Optional<Double> maxPrice, Integer limit) -> ITEMS.values().stream()
                    .filter(i -> category.map(c -> c == i.category()).orElse(true))
                    .filter(i -> maxPrice.map(p -> i.price() <= p).orElse(true))
                    .sorted(java.util.Comparator.comparingInt(Item::id))
                    .limit(limit)
                    .toList());

    static final Endpoint READ_ITEM = route(GET, "/items/<item_id>")
            .name("read_item")
            .tags("items")
            .response(404, "Item not found")
            .param(path("item_id", int_().ge(1).title("The item's id")))
            .handle(id -> {
                Item item = ITEMS.get(id);
                if (item == null) throw new HttpError(404, "Item not found");
                return item;
            });

    static final Endpoint ROOT = route(GET, "/").name("root").handle(() -> {
        var out = new LinkedHashMap<String, Object>();
        out.put("message", "Welcome to the Flute demo");
        out.put("try", List.of("/items/", "/items/1", "/items/?category=toys", "/docs"));
        return out;
    });

    public static Api app() {
        return api("Flute demo", "1.0")
                .description("A small catalogue served by Flute.")
                .routes(ROOT, LIST_ITEMS, READ_ITEM);
    }
}
