package dev.flute.bench.flute;

import static dev.flute.dsl.Flute.*;

import dev.flute.dsl.Api;
import dev.flute.dsl.Dep;
import dev.flute.dsl.Endpoint;
import dev.flute.dsl.FormLimits;
import java.util.ArrayList;

/**
 * The Flute side of the cost curves ({@code bench/curves.sh}): each API answers exactly as its
 * raw twin ({@code dev.flute.bench.raw.RawCurves}).
 */
public final class FluteCurves {
    private FluteCurves() {}

    public record Sum(long sum) {}

    public record Uploaded(String filename, long size) {}

    /** {@code n} routes {@code /r0/items/<item_id>} … {@code /r(n-1)/items/<item_id>}, each the contract's #3. */
    public static Api routes(int n) {
        var routes = new ArrayList<Endpoint<?>>(n);
        for (int i = 0; i < n; i++) routes.add(FluteServer.readItem("/r" + i + "/items/<item_id>"));
        return api("Routes", "1.0").routes(routes.toArray(Endpoint[]::new));
    }

    /** {@code GET /deps}: {@code n} dependencies, the i-th adding query {@code p<i>} (int, default i) to the one before. */
    public static Api deps(int n) {
        Dep<Long> sum = dep(query("p1", int_().withDefault(1)), p -> (long) p);
        for (int i = 2; i <= n; i++) {
            sum = dep(sum, query("p" + i, int_().withDefault(i)), (s, p) -> s + p);
        }
        return api("Deps", "1.0").routes(route(GET, "/deps").depends(sum).handle(s -> new Sum(s)));
    }

    /** {@code GET /errors?q=..&q=..}: a list of ints; every value that is not one is reported at once. */
    public static Api errors() {
        return api("Errors", "1.0")
                .routes(route(GET, "/errors")
                        .param(query("q", listOf(int_())))
                        .handle(q ->
                                new Sum(q.stream().mapToLong(Integer::longValue).sum())));
    }

    /** {@code POST /upload}: a multipart form whose {@code file} part is streamed to a temporary file. */
    public static Api uploads(long maxBytes) {
        return api("Upload", "1.0")
                .routes(route(POST, "/upload")
                        .formLimits(FormLimits.DEFAULT.maxBodySize(maxBytes).maxFileSize(maxBytes))
                        .param(upload("file"))
                        .handle(file -> new Uploaded(file.filename(), file.size())));
    }
}
