package dev.flute.examples.deps;

import static dev.flute.dsl.Flute.*;

import dev.flute.dsl.Api;
import dev.flute.dsl.Dep;
import dev.flute.dsl.Endpoint;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Seed §2.12.3: sub-dependencies (query or cookie), and the per-request cache: {@code /cached/}
 * computes the shared dependency once, {@code /needy/} twice because one use opts out.
 */
public final class DepsSub {
    private DepsSub() {}

    static final Dep<String> QUERY_EXTRACTOR = dep(query("q", str().nullable()), q -> q);

    static final Dep<String> QUERY_OR_COOKIE_EXTRACTOR = dep(
            QUERY_EXTRACTOR,
            cookie("last_query", str().nullable()),
            (q, lastQuery) -> q == null || q.isEmpty() ? lastQuery : q);

    static final Endpoint READ_QUERY = route(GET, "/items/")
            .name("read_query")
            .depends(QUERY_OR_COOKIE_EXTRACTOR)
            .handle(queryOrDefault -> {
                var out = new HashMap<String, Object>();
                out.put("q_or_cookie", queryOrDefault);
                return out;
            });

    /** FastAPI keeps the count in {@code request.state}; here a cached dependency is the per-request state. */
    static final Dep<AtomicInteger> CALLS = dep(AtomicInteger::new);

    static final Dep<String> GET_VALUE = dep(CALLS, calls -> {
        calls.incrementAndGet();
        return "value";
    });

    static final Dep<Map<String, String>> CACHED_DEPENDENCY = dep(GET_VALUE, value -> Map.of("value", value));

    static final Dep<Map<String, String>> NEEDY_DEPENDENCY =
            dep(GET_VALUE.noCache(), freshValue -> Map.of("fresh_value", freshValue));

    static final Endpoint READ_CACHED = route(GET, "/cached/")
            .name("read_cached")
            .depends(CALLS)
            .depends(GET_VALUE)
            .depends(CACHED_DEPENDENCY)
            .handle((calls, value, other) -> Map.of("calls", calls.get()));

    static final Endpoint READ_NEEDY = route(GET, "/needy/")
            .name("read_needy")
            .depends(CALLS)
            .depends(GET_VALUE)
            .depends(NEEDY_DEPENDENCY)
            .handle((calls, value, fresh) -> Map.of("calls", calls.get()));

    public static Api app() {
        return api("FastAPI", "0.1.0").routes(READ_QUERY, READ_CACHED, READ_NEEDY);
    }
}
