package dev.flute.examples.errors;

import static dev.flute.dsl.Flute.*;

import dev.flute.dsl.Api;
import dev.flute.dsl.Endpoint;
import dev.flute.dsl.http.HttpError;
import java.util.Map;

/** Seed §2.11.1: an unknown item is a 404 with a detail. */
public final class HttpException {
    private HttpException() {}

    static final Map<String, String> ITEMS = Map.of("foo", "The Foo Wrestlers");

    static final Endpoint READ_ITEM = route(GET, "/items/<item_id>")
            .name("read_item")
            .param(path("item_id", str()))
            .handle(itemId -> {
                if (!ITEMS.containsKey(itemId)) throw new HttpError(404, "Item not found");
                return Map.of("item", ITEMS.get(itemId));
            });

    public static Api app() {
        return api("FastAPI", "0.1.0").routes(READ_ITEM);
    }
}
