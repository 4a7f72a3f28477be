package dev.flute.examples.deps;

import static dev.flute.dsl.Flute.*;

import dev.flute.dsl.Api;
import dev.flute.dsl.Dep;
import dev.flute.dsl.Endpoint;
import java.util.LinkedHashMap;
import java.util.Map;

/** Seed §2.12.1: one dependency of common query parameters shared by two routes. */
public final class DepsFunction {
    private DepsFunction() {}

    static final Dep<Map<String, Object>> COMMON_PARAMETERS = dep(
            query("q", str().nullable()),
            query("skip", long_().withDefault(0L)),
            query("limit", long_().withDefault(100L)),
            (q, skip, limit) -> {
                var commons = new LinkedHashMap<String, Object>();
                commons.put("q", q);
                commons.put("skip", skip);
                commons.put("limit", limit);
                return commons;
            });

    static final Endpoint READ_ITEMS =
            route(GET, "/items/").name("read_items").depends(COMMON_PARAMETERS).handle(c -> c);

    static final Endpoint READ_USERS =
            route(GET, "/users/").name("read_users").depends(COMMON_PARAMETERS).handle(c -> c);

    public static Api app() {
        return api("FastAPI", "0.1.0").routes(READ_ITEMS, READ_USERS);
    }
}
