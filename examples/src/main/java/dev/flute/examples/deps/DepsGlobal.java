package dev.flute.examples.deps;

import static dev.flute.dsl.Flute.*;

import dev.flute.dsl.Api;
import dev.flute.dsl.Endpoint;
import java.util.List;
import java.util.Map;

/** Seed §2.12.5: dependencies every route of the API runs. */
public final class DepsGlobal {
    private DepsGlobal() {}

    static final Endpoint READ_ITEMS = route(GET, "/items/")
            .name("read_items")
            .handle(() -> List.of(Map.of("item", "Portal Gun"), Map.of("item", "Plumbus")));

    static final Endpoint READ_USERS = route(GET, "/users/")
            .name("read_users")
            .handle(() -> List.of(Map.of("username", "Rick"), Map.of("username", "Morty")));

    public static Api app() {
        return api("FastAPI", "0.1.0")
                .dependencies(Tokens.VERIFY_TOKEN, Tokens.VERIFY_KEY)
                .routes(READ_ITEMS, READ_USERS);
    }
}
