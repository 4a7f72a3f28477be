package dev.flute.examples.ops;

import static dev.flute.dsl.Flute.*;

import dev.flute.dsl.Api;
import dev.flute.dsl.http.HttpError;
import dev.flute.dsl.middleware.AccessLog;
import io.vertx.core.VertxOptions;
import io.vertx.micrometer.Label;
import io.vertx.micrometer.MicrometerMetricsOptions;
import io.vertx.micrometer.PrometheusScrapingHandler;
import io.vertx.micrometer.VertxPrometheusOptions;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

/**
 * Observability the Vert.x way: Vert.x's own HTTP server metrics (vertx-micrometer-metrics), which
 * Flute labels with the route that served each request, scraped by Prometheus at {@code /metrics}
 * (a Vert.x handler mounted in the API), and one access-log line per request.
 *
 * <pre>
 * vertx_http_server_requests_total{code="200",method="GET",route="/items/{item_id}"} 3.0
 * </pre>
 */
public final class Metrics {
    private Metrics() {}

    record Item(String name, double price) {}

    private static final List<Item> ITEMS = List.of(new Item("Foo", 50.2), new Item("Bar", 62));

    /** Vert.x with Micrometer's Prometheus registry, requests labelled by method, route and status. */
    public static VertxOptions vertxOptions() {
        return new VertxOptions()
                .setMetricsOptions(new MicrometerMetricsOptions()
                        .setEnabled(true)
                        .setPrometheusOptions(
                                new VertxPrometheusOptions().setEnabled(true).setPublishQuantiles(true))
                        .setLabels(EnumSet.of(Label.HTTP_METHOD, Label.HTTP_ROUTE, Label.HTTP_CODE)));
    }

    public static Api app() {
        return api("Metrics", "1.0.0")
                .middleware(AccessLog.create())
                .routes(
                        route(GET, "/items/").handle(() -> ITEMS),
                        route(GET, "/items/<item_id>")
                                .param(path("item_id", int_()))
                                .response(404, "Item not found")
                                .handle(id -> {
                                    if (id < 0 || id >= ITEMS.size()) throw new HttpError(404, "Item not found");
                                    return Map.of("item", ITEMS.get(id));
                                }))
                .mount("/metrics", PrometheusScrapingHandler.create());
    }
}
