package dev.flute.examples.errors;

import static dev.flute.dsl.Flute.*;

import dev.flute.dsl.Api;
import dev.flute.dsl.Endpoint;
import dev.flute.dsl.http.HttpError;
import java.util.Map;

/** Seed §2.11.2: an HTTP error that carries a header. */
public final class HttpExceptionHeaders {
    private HttpExceptionHeaders() {}

    static final Endpoint READ_ITEM_HEADER = route(GET, "/items-header/<item_id>")
            .name("read_item_header")
            .param(path("item_id", str()))
            .handle(itemId -> {
                if (!HttpException.ITEMS.containsKey(itemId)) {
                    throw new HttpError(404, "Item not found").header("X-Error", "There goes my error");
                }
                return Map.of("item", HttpException.ITEMS.get(itemId));
            });

    public static Api app() {
        return api("FastAPI", "0.1.0").routes(READ_ITEM_HEADER);
    }
}
