package dev.flute.examples.query;

import static dev.flute.dsl.Flute.*;

import dev.flute.dsl.Api;
import dev.flute.dsl.Endpoint;
import java.util.HashMap;

/** Seed §2.2.4: a query parameter that repeats ({@code ?q=foo&q=bar}) read as a list. */
public final class QueryList {
    private QueryList() {}

    static final Endpoint READ_ITEMS = route(GET, "/items/")
            .name("read_items")
            .param(query("q", listOf(str()).optional()))
            .handle(q -> {
                var queryItems = new HashMap<String, Object>();
                queryItems.put("q", q.orElse(null));
                return queryItems;
            });

    public static Api app() {
        return api("FastAPI", "0.1.0").routes(READ_ITEMS);
    }
}
