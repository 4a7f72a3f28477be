package dev.flute.dsl.vertx;

import static dev.flute.dsl.Flute.*;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.flute.dsl.Api;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.client.WebClient;
import io.vertx.ext.web.client.WebClientOptions;
import io.vertx.ext.web.handler.CorsHandler;
import io.vertx.junit5.VertxExtension;
import io.vertx.junit5.VertxTestContext;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Flute inside an existing Vert.x application: a sub-router next to the host's own handlers. */
@ExtendWith(VertxExtension.class)
class EmbeddingTest {

    @Test
    void flute_serves_under_a_mount_point_next_to_vertx_handlers(Vertx vertx, VertxTestContext test) {
        Api api = api("embedded", "1")
                .routes(
                        route(GET, "/items/<item_id>")
                                .param(path("item_id", int_()))
                                .handle(id -> Map.of("item_id", id)),
                        route(GET, "/items/").handle(() -> Map.of("all", true)));
        Router host = Router.router(vertx);
        host.route()
                .handler(CorsHandler.create().addOrigin("http://example.com").allowedMethod(HttpMethod.GET));
        host.get("/health").handler(ctx -> ctx.json(new JsonObject().put("up", true)));
        host.route("/api/*").subRouter(FluteRouter.of(vertx, api));

        vertx.createHttpServer()
                .requestHandler(host)
                .listen(0, "127.0.0.1")
                .compose(server -> {
                    var client = WebClient.create(vertx, new WebClientOptions().setFollowRedirects(false));
                    int port = server.actualPort();
                    return client.get(port, "127.0.0.1", "/api/items/7")
                            .putHeader("Origin", "http://example.com")
                            .send()
                            .compose(item -> {
                                test.verify(() -> {
                                    assertEquals(200, item.statusCode());
                                    assertEquals(new JsonObject().put("item_id", 7), item.bodyAsJsonObject());
                                    assertEquals(
                                            "http://example.com",
                                            item.getHeader("access-control-allow-origin"),
                                            "the host's CORS still applies");
                                });
                                return client.get(port, "127.0.0.1", "/api/items/x")
                                        .send();
                            })
                            .compose(invalid -> {
                                test.verify(() -> assertEquals(422, invalid.statusCode()));
                                return client.get(port, "127.0.0.1", "/api/items")
                                        .send();
                            })
                            .compose(redirect -> {
                                test.verify(() -> {
                                    assertEquals(307, redirect.statusCode(), redirect.bodyAsString());
                                    assertEquals(
                                            "http://127.0.0.1:" + port + "/api/items/",
                                            redirect.getHeader("location"),
                                            "redirects keep the mount point");
                                });
                                return client.get(port, "127.0.0.1", "/api/nowhere")
                                        .send();
                            })
                            .compose(missing -> {
                                test.verify(() -> {
                                    assertEquals(404, missing.statusCode());
                                    assertEquals(
                                            "text/html; charset=utf-8",
                                            missing.getHeader("content-type"),
                                            "a path Flute has no route for goes on to the host, whose 404 this is");
                                });
                                return client.get(port, "127.0.0.1", "/health").send();
                            });
                })
                .onComplete(test.succeeding(health -> test.verify(() -> {
                    assertEquals(
                            new JsonObject().put("up", true),
                            health.bodyAsJsonObject(),
                            "the host's own routes are untouched");
                    test.completeNow();
                })));
    }
}
