package dev.flute.dsl.vertx;

import dev.flute.dsl.Api;
import io.vertx.core.Vertx;
import io.vertx.ext.web.Router;

/**
 * An {@link Api} as a Vert.x {@link Router}, to mount in an existing application next to its own
 * handlers:
 *
 * <pre>{@code
 * host.route("/api/*").subRouter(FluteRouter.of(vertx, api));
 * }</pre>
 */
public final class FluteRouter {
    private FluteRouter() {}

    public static Router of(Vertx vertx, Api api) {
        Router router = Router.router(vertx);
        router.route().handler(FluteHandler.of(vertx, api));
        return router;
    }
}
