package dev.flute.examples.tasks;

import static dev.flute.dsl.Flute.*;

import dev.flute.dsl.Api;
import dev.flute.dsl.Endpoint;
import dev.flute.dsl.Middleware;
import java.util.List;
import java.util.Map;

/** Seed §2.14: middleware that times every request into an {@code X-Process-Time} header (seconds). */
public final class MiddlewareTiming {
    private MiddlewareTiming() {}

    public static final Middleware ADD_PROCESS_TIME_HEADER = (request, next) -> {
        long start = System.nanoTime();
        return next.handle(request)
                .map(response -> response.header("X-Process-Time", String.valueOf((System.nanoTime() - start) / 1e9)));
    };

    static final Endpoint READ_ITEMS = route(GET, "/items/")
            .name("read_items")
            .handle(() -> List.of(Map.of("item_id", "Foo"), Map.of("item_id", "Bar")));

    public static Api app() {
        return api("FastAPI", "0.1.0").middleware(ADD_PROCESS_TIME_HEADER).routes(READ_ITEMS);
    }
}
