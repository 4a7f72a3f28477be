package dev.flute.examples.response;

import static dev.flute.dsl.Flute.*;

import dev.flute.dsl.Api;
import dev.flute.dsl.Endpoint;
import dev.flute.dsl.http.Response;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Seed §2.7.3: an upsert. An existing item is updated and sent with the route's 200; a new one is
 * created and sent with 201 through a response object.
 */
public final class ExtraStatusCodes {
    private ExtraStatusCodes() {}

    public static Api app() {
        // The store lives with the app, so each server starts from the original's two items.
        Map<String, Map<String, Object>> items = new ConcurrentHashMap<>();
        items.put("foo", item("Fighters", 6L));
        items.put("bar", item("Tenders", 3L));
        Endpoint upsertItem = route(PUT, "/items/<item_id>")
                .name("upsert_item")
                .param(path("item_id", str()))
                .param(body("name", str().nullable()))
                .param(body("size", long_().nullable()))
                .handle((itemId, name, size) -> {
                    Map<String, Object> item = item(name, size);
                    boolean existed = items.put(itemId, item) != null;
                    return existed ? item : Response.json(item).status(201);
                });
        return api("FastAPI", "0.1.0").routes(upsertItem);
    }

    private static Map<String, Object> item(String name, Long size) {
        var item = new LinkedHashMap<String, Object>();
        item.put("name", name);
        item.put("size", size);
        return item;
    }
}
