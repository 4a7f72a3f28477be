package dev.flute.examples.embed;

import static dev.flute.dsl.Flute.*;

import dev.flute.dsl.Api;
import dev.flute.dsl.Dep;
import dev.flute.dsl.SecurityScheme;
import dev.flute.dsl.vertx.FluteRouter;
import dev.flute.dsl.vertx.Host;
import dev.flute.schema.Docs;
import io.vertx.core.Future;
import io.vertx.core.VerticleBase;
import io.vertx.core.http.HttpServer;
import io.vertx.ext.auth.User;
import io.vertx.ext.auth.jwt.JWTAuth;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.handler.BodyHandler;
import io.vertx.ext.web.handler.JWTAuthHandler;
import io.vertx.ext.web.handler.LoggerHandler;
import java.util.Map;

// README: embedding
/** An existing Vert.x application with a Flute API mounted under /api, behind the host's JWT check. */
public class ShopVerticle extends VerticleBase {
    static final Dep<User> USER = Host.user(new SecurityScheme("bearer", Map.of("type", "http", "scheme", "bearer")));

    static Api shop() {
        return api("Shop", "1.0")
                .routes(
                        route(GET, "/items/<item_id>")
                                .param(path("item_id", int_()))
                                .handle(id -> Map.of("item_id", id)),
                        route(POST, "/items/").param(body("name", str())).handle(name -> Map.of("name", name)),
                        route(GET, "/me").param(USER).handle(user -> Map.of("user", user.subject())),
                        route(DELETE, "/items/<item_id>")
                                .param(path("item_id", int_()))
                                .dependencies(USER.scopes("items:write"))
                                .handle(id -> Map.of("deleted", id)));
    }

    private final JWTAuth jwt;
    private final int port;
    private HttpServer server;

    public ShopVerticle(JWTAuth jwt, int port) {
        this.jwt = jwt;
        this.port = port;
    }

    @Override
    public Future<?> start() {
        Router host = Router.router(vertx);
        host.route().handler(LoggerHandler.create());
        host.route().handler(BodyHandler.create()); // Flute uses the body it read
        host.get("/health").handler(ctx -> ctx.end("ok"));
        host.route("/api/*").handler(JWTAuthHandler.create(jwt)); // Host.user() reads the user it sets
        // Startup hooks run now; shutdown hooks when this verticle is undeployed.
        return FluteRouter.start(vertx, Docs.with(shop()))
                .compose(flute -> {
                    host.route("/api/*").subRouter(flute.router());
                    host.route("/api/*").handler(ctx -> ctx.end("the host's own route")); // what Flute passes on
                    return vertx.createHttpServer().requestHandler(host).listen(port);
                })
                .onSuccess(listening -> server = listening);
    }

    /** The port it listens on: the one chosen when asked for port 0. */
    public int port() {
        return server.actualPort();
    }
}
// README: end
