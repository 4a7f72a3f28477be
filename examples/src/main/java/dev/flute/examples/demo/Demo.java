package dev.flute.examples.demo;

import static dev.flute.dsl.Flute.*;

import dev.flute.dsl.Api;
import dev.flute.dsl.Endpoint;
import dev.flute.dsl.middleware.AccessLog;
import dev.flute.examples.ops.Metrics;
import dev.flute.examples.tasks.MiddlewareTiming;
import dev.flute.websocket.AsyncApi;
import io.vertx.core.VertxOptions;
import io.vertx.micrometer.PrometheusScrapingHandler;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The demo: a small real service. Users sign up and log in (bcrypt, OAuth2 password flow, JWT);
 * items are created, listed (filtered, a page at a time), replaced, patched and deleted in a
 * database (an H2 file under {@code ./data}, or PostgreSQL); items get PNG pictures; changes stream
 * as Server-Sent Events and on a websocket; sign-ups are welcomed by a background notification.
 * Every request is logged with its id and timed; Prometheus scrapes {@code /metrics}. Settings come
 * from the environment ({@link DemoSettings}).
 *
 * <pre>
 * mvn -B -q package -DskipTests &amp;&amp; java -jar examples/target/examples.jar
 * </pre>
 */
public final class Demo {
    private Demo() {}

    static final String DESCRIPTION =
            """
            A small real service built with Flute: sign up with `POST /users/`, log in with \
            `POST /token` (or **Authorize** above), then create, list, patch and delete items. \
            Item changes stream at `/items/events` (Server-Sent Events) and `/items/ws` (websocket, \
            see `/asyncapi.json`).""";

    /** The demo as its settings in the environment describe it. */
    public static Api app() {
        return app(DemoSettings.read());
    }

    public static Api app(DemoSettings settings) {
        var database = new Database(settings.database());
        var security = new Security(settings, database);
        var notifications = new Notifications(database, security);
        var images = new Images(Path.of(settings.dataDir(), "images"), database, security);
        var users = new Users(database, security, notifications);
        var items = new Items(database, security, images);
        List<Endpoint<?>> routes = Stream.of(
                        List.<Endpoint<?>>of(Home.home()),
                        users.routes(),
                        items.routes(),
                        images.routes(),
                        Feeds.routes())
                .flatMap(List::stream)
                .toList();
        Api api = api("Flute demo", "1.0.0")
                .description(DESCRIPTION)
                .middleware(AccessLog.create(), MiddlewareTiming.ADD_PROCESS_TIME_HEADER)
                .routes(routes.toArray(Endpoint<?>[]::new))
                .onStartup(images::open)
                .onStartup(database::open)
                .onStartup(vertx -> users.createAdmin(vertx, settings.adminPassword()))
                .onStartup(ItemFeed::open)
                .onShutdown(ItemFeed::close)
                .onShutdown(database::close)
                .mount("/metrics", PrometheusScrapingHandler.create());
        return AsyncApi.with(api);
    }

    /** Vert.x with Prometheus metrics, requests labelled by route (as the metrics example has it). */
    public static VertxOptions vertxOptions() {
        return Metrics.vertxOptions();
    }
}
