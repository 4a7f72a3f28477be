package dev.flute.examples.path;

import static dev.flute.dsl.Flute.*;

import dev.flute.dsl.Api;
import dev.flute.dsl.Endpoint;
import java.util.Map;

/** Seed §2.1: an untyped path parameter is a string. */
public final class PathParams {
    private PathParams() {}

    static final Endpoint READ_ITEM = route(GET, "/items/<item_id>")
            .name("read_item")
            .param(path("item_id", str()))
            .handle(itemId -> Map.of("item_id", itemId));

    public static Api app() {
        return api("FastAPI", "0.1.0").routes(READ_ITEM);
    }
}
