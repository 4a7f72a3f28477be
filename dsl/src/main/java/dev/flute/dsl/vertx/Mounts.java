package dev.flute.dsl.vertx;

import dev.flute.dsl.Api;
import io.vertx.core.Vertx;
import io.vertx.ext.web.Router;

/** The Vert.x handlers an API mounts ({@link Api#mount}), as the first routes of a router. */
final class Mounts {
    private Mounts() {}

    /**
     * A router serving the API's mounts, each under its prefix; the caller adds the API's routes
     * after them. A route hidden by a mount is refused here, when the API is served.
     */
    static Router router(Vertx vertx, Api api) {
        for (Api.Mount mount : api.mounts()) {
            for (Api.Mounted route : api.endpoints()) {
                String path = route.template();
                if (path.equals(mount.prefix()) || path.startsWith(mount.prefix() + "/")) {
                    throw new IllegalArgumentException(
                            "route " + route.endpoint().spec().method().name() + " " + path + " is under the mount "
                                    + mount.prefix() + ", which serves that path");
                }
            }
        }
        Router router = Router.router(vertx);
        for (Api.Mount mount : api.mounts()) router.route(mount.prefix() + "/*").handler(mount.handler());
        return router;
    }
}
