package dev.flute.examples.client;

import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.fail;

import dev.flute.client.FluteClient;
import dev.flute.dsl.Api;
import dev.flute.dsl.Endpoint;
import dev.flute.dsl.spi.ResolvedApi;
import dev.flute.dsl.spi.ResolvedRoute;
import dev.flute.dsl.vertx.FluteServer;
import dev.flute.dsl.vertx.ServerConfig;
import dev.flute.examples.Examples;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;

/**
 * One seed example served on an ephemeral port, with a typed client made from the same API value.
 * The examples keep their route constants to themselves, so a test takes each route value from the
 * API by its operation ({@code GET /items/{item_id}}): the very value the server runs.
 */
final class LiveExample implements AutoCloseable {
    private final Vertx vertx;
    private final FluteServer server;
    private final Api api;
    final FluteClient client;

    private LiveExample(Vertx vertx, FluteServer server, Api api) {
        this.vertx = vertx;
        this.server = server;
        this.api = api;
        this.client = FluteClient.of(vertx, "http://127.0.0.1:" + server.port(), api);
    }

    static LiveExample start(String name) {
        return serve(Examples.named(name).orElseThrow().api().get());
    }

    static LiveExample serve(Api api) {
        Vertx vertx = Vertx.vertx();
        FluteServer server =
                await(FluteServer.start(vertx, api, ServerConfig.port(0).host("127.0.0.1")));
        return new LiveExample(vertx, server, api);
    }

    int port() {
        return server.port();
    }

    /** The route value serving {@code operation}, {@code "GET /items/{item_id}"}, read as {@code O}. */
    @SuppressWarnings("unchecked")
    <O> Endpoint<O> route(String operation) {
        for (ResolvedRoute route : ResolvedApi.of(api).routes()) {
            if ((route.method().name() + " " + route.path().format()).equals(operation)) {
                return (Endpoint<O>) route.endpoint();
            }
        }
        return fail("no route " + operation);
    }

    @Override
    public void close() {
        await(client.close());
        await(server.close());
        await(vertx.close());
    }

    /** Waits on the test thread; the timeout only guards against a hang. */
    static <T> T await(Future<T> future) {
        return future.toCompletionStage()
                .toCompletableFuture()
                .orTimeout(30, TimeUnit.SECONDS)
                .join();
    }

    /** The failure of a call, of the class expected. */
    static <E extends Throwable> E failure(Future<?> future, Class<E> type) {
        return assertInstanceOf(
                type,
                assertThrows(CompletionException.class, () -> await(future)).getCause());
    }
}
