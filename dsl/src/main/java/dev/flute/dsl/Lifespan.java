package dev.flute.dsl;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import java.util.List;

/**
 * Code run when a server starts (before it accepts requests) and when it stops (after the
 * in-flight requests and their background tasks finished): FastAPI's {@code lifespan}.
 */
public record Lifespan(List<Hook> startup, List<Hook> shutdown) {
    public static final Lifespan NONE = new Lifespan(List.of(), List.of());

    public Lifespan {
        startup = List.copyOf(startup);
        shutdown = List.copyOf(shutdown);
    }

    /** One hook; it may complete later. */
    @FunctionalInterface
    public interface Hook {
        Future<?> run(Vertx vertx) throws Exception;
    }

    /** Runs the startup hooks in order; the first failure stops the start. */
    public Future<Void> start(Vertx vertx) {
        return runAll(vertx, startup);
    }

    /** Runs the shutdown hooks in order. */
    public Future<Void> stop(Vertx vertx) {
        return runAll(vertx, shutdown);
    }

    private static Future<Void> runAll(Vertx vertx, List<Hook> hooks) {
        Future<Void> chain = Future.succeededFuture();
        for (Hook hook : hooks) {
            chain = chain.compose(v -> {
                try {
                    return hook.run(vertx).mapEmpty();
                } catch (Exception e) {
                    return Future.failedFuture(e);
                }
            });
        }
        return chain;
    }

    Lifespan onStartup(Hook hook) {
        return new Lifespan(Group.concat(startup, List.of(hook)), shutdown);
    }

    Lifespan onShutdown(Hook hook) {
        return new Lifespan(startup, Group.concat(shutdown, List.of(hook)));
    }
}
