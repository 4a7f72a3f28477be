package dev.flute.examples.deps;

import static dev.flute.dsl.Flute.*;

import dev.flute.dsl.Api;
import dev.flute.dsl.Dep;
import dev.flute.dsl.Endpoint;
import dev.flute.examples.query.QueryDefaults;
import java.util.LinkedHashMap;
import java.util.Map;

/** Seed §2.12.2: a class as a dependency: its constructor is the function. */
public final class DepsClass {
    private DepsClass() {}

    /** FastAPI's {@code CommonQueryParams}: the fields are the query parameters. */
    record CommonQueryParams(String q, long skip, long limit) {}

    static final java.util.List<Map<String, String>> FAKE_ITEMS_DB =
            java.util.List.of(Map.of("item_name", "Foo"), Map.of("item_name", "Bar"), Map.of("item_name", "Baz"));

    static final Dep<CommonQueryParams> COMMONS = dep(
            query("q", str().nullable()),
            query("skip", long_().withDefault(0L)),
            query("limit", long_().withDefault(100L)),
            CommonQueryParams::new);

    static final Endpoint READ_ITEMS = route(GET, "/items/")
            .name("read_items")
            .depends(COMMONS)
            .handle(commons -> {
                var response = new LinkedHashMap<String, Object>();
                if (commons.q() != null && !commons.q().isEmpty()) response.put("q", commons.q());
                response.put(
                        "items", QueryDefaults.slice(FAKE_ITEMS_DB, commons.skip(), commons.skip() + commons.limit()));
                return response;
            });

    public static Api app() {
        return api("FastAPI", "0.1.0").routes(READ_ITEMS);
    }
}
