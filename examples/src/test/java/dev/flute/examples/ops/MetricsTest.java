package dev.flute.examples.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.flute.dsl.vertx.FluteServer;
import dev.flute.dsl.vertx.ServerConfig;
import io.vertx.core.Vertx;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The metrics example as Prometheus sees it: requests counted and timed per route template. */
class MetricsTest {
    private final HttpClient http = HttpClient.newHttpClient();
    private Vertx vertx;
    private FluteServer server;

    @BeforeEach
    void start() throws Exception {
        vertx = Vertx.vertx(Metrics.vertxOptions());
        server = FluteServer.start(vertx, Metrics.app(), ServerConfig.port(0))
                .toCompletionStage()
                .toCompletableFuture()
                .get(30, TimeUnit.SECONDS);
    }

    @AfterEach
    void stop() throws Exception {
        server.close().toCompletionStage().toCompletableFuture().get(30, TimeUnit.SECONDS);
        vertx.close().toCompletionStage().toCompletableFuture().get(30, TimeUnit.SECONDS);
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void should_count_and_time_requests_by_route_template() throws Exception {
        assertEquals(200, get("/items/0").statusCode());
        assertEquals(200, get("/items/1").statusCode());
        assertEquals(404, get("/items/9").statusCode());
        assertEquals(422, get("/items/x").statusCode());
        assertEquals(200, get("/items/").statusCode());

        HttpResponse<String> scrape = get("/metrics");
        assertEquals(200, scrape.statusCode());
        assertTrue(scrape.headers().firstValue("content-type").orElse("").startsWith("text/plain"));
        String metrics = scrape.body();
        assertCount(metrics, "200", "/items/{item_id}", 2);
        assertCount(metrics, "404", "/items/{item_id}", 1);
        assertCount(metrics, "422", "/items/{item_id}", 1);
        assertCount(metrics, "200", "/items/", 1);
        assertTrue(
                metrics.contains(
                        "vertx_http_server_response_time_seconds_count{code=\"200\",method=\"GET\",route=\"/items/{item_id}\"} 2"),
                "latencies are labelled by route too");
        assertTrue(!metrics.contains("route=\"/items/0\""), "never by the path itself: one series per route");
    }

    private static void assertCount(String metrics, String code, String route, int count) {
        String series = "vertx_http_server_requests_total{code=\"" + code + "\",method=\"GET\",route=\"" + route
                + "\"} " + count + ".0";
        assertTrue(metrics.lines().anyMatch(series::equals), series + " not in\n" + metrics);
    }
}
