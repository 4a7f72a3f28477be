package dev.flute.examples.deps;

import static dev.flute.dsl.Flute.*;

import dev.flute.dsl.Api;
import dev.flute.dsl.Endpoint;
import java.util.List;
import java.util.Map;

/** Seed §2.12.4: dependencies run for their checks; their values are not passed to the handler. */
public final class DepsDecorator {
    private DepsDecorator() {}

    static final Endpoint READ_ITEMS = route(GET, "/items/")
            .name("read_items")
            .dependencies(Tokens.VERIFY_TOKEN, Tokens.VERIFY_KEY)
            .handle(() -> List.of(Map.of("item", "Foo"), Map.of("item", "Bar")));

    public static Api app() {
        return api("FastAPI", "0.1.0").routes(READ_ITEMS);
    }
}
