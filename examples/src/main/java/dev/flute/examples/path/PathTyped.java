package dev.flute.examples.path;

import static dev.flute.dsl.Flute.*;

import dev.flute.dsl.Api;
import dev.flute.dsl.Endpoint;
import java.util.Map;

/** Seed §2.1.2: a typed path parameter is parsed and validated. */
public final class PathTyped {
    private PathTyped() {}

    static final Endpoint READ_ITEM = route(GET, "/items/<item_id>")
            .name("read_item")
            .param(path("item_id", long_()))
            .handle(itemId -> Map.of("item_id", itemId));

    public static Api app() {
        return api("FastAPI", "0.1.0").routes(READ_ITEM);
    }
}
