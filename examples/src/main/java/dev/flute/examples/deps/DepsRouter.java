package dev.flute.examples.deps;

import static dev.flute.dsl.Flute.*;

import dev.flute.dsl.Api;
import dev.flute.dsl.Dep;
import dev.flute.dsl.Endpoint;
import dev.flute.dsl.Group;
import dev.flute.dsl.http.HttpError;
import java.util.LinkedHashMap;
import java.util.Map;

/** Seed §2.12.4: a group (FastAPI's APIRouter) with a prefix, tags, a dependency and a documented 404. */
public final class DepsRouter {
    private DepsRouter() {}

    static final Dep<Void> GET_TOKEN_HEADER = dep(header("x_token", str()), xToken -> {
        if (!xToken.equals("fake-super-secret-token")) throw new HttpError(400, "X-Token header invalid");
        return null;
    });

    static final Map<String, Map<String, String>> FAKE_ITEMS_DB = fakeItems();

    private static Map<String, Map<String, String>> fakeItems() {
        var items = new LinkedHashMap<String, Map<String, String>>();
        items.put("plumbus", Map.of("name", "Plumbus"));
        items.put("gun", Map.of("name", "Portal Gun"));
        return items;
    }

    static final Endpoint READ_ITEMS = route(GET, "/").name("read_items").handle(() -> FAKE_ITEMS_DB);

    static final Endpoint READ_ITEM = route(GET, "/<item_id>")
            .name("read_item")
            .param(path("item_id", str()))
            .handle(itemId -> {
                if (!FAKE_ITEMS_DB.containsKey(itemId)) throw new HttpError(404, "Item not found");
                var out = new LinkedHashMap<String, Object>();
                out.put("name", FAKE_ITEMS_DB.get(itemId).get("name"));
                out.put("item_id", itemId);
                return out;
            });

    static final Endpoint UPDATE_ITEM = route(PUT, "/<item_id>")
            .name("update_item")
            .tags("custom")
            .response(403, "Operation forbidden")
            .param(path("item_id", str()))
            .handle(itemId -> {
                if (!itemId.equals("plumbus")) throw new HttpError(403, "You can only update the item: plumbus");
                var out = new LinkedHashMap<String, Object>();
                out.put("item_id", itemId);
                out.put("name", "The great Plumbus");
                return out;
            });

    static final Group ROUTER = group("/items")
            .tags("items")
            .dependencies(GET_TOKEN_HEADER)
            .response(404, "Not found")
            .routes(READ_ITEMS, READ_ITEM, UPDATE_ITEM);

    public static Api app() {
        return api("FastAPI", "0.1.0").group(ROUTER);
    }
}
