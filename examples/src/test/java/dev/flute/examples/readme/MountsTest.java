package dev.flute.examples.readme;

import static dev.flute.dsl.Flute.*;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.flute.dsl.Api;
import dev.flute.dsl.vertx.FluteServer;
import dev.flute.dsl.vertx.ServerConfig;
import io.vertx.core.Vertx;
import io.vertx.ext.web.client.WebClient;
import io.vertx.ext.web.handler.StaticHandler;
import io.vertx.junit5.VertxExtension;
import io.vertx.junit5.VertxTestContext;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(VertxExtension.class)
class MountsTest {
    // README: mounts
    static Api app() {
        return api("Site", "1.0")
                .mount("/static", StaticHandler.create("static")) // app.mount("/static", StaticFiles(...))
                .routes(route(GET, "/").handle(() -> Map.of("message", "Hello World")));
    }
    // README: end

    @Test
    void should_serve_the_files_of_the_mounted_handler(Vertx vertx, VertxTestContext test) {
        FluteServer.start(vertx, app(), ServerConfig.port(0))
                .compose(server -> WebClient.create(vertx)
                        .get(server.port(), "127.0.0.1", "/static/hello.txt")
                        .send())
                .onComplete(test.succeeding(response -> test.verify(() -> {
                    assertEquals(200, response.statusCode());
                    assertEquals("Hello from a file\n", response.bodyAsString());
                    test.completeNow();
                })));
    }
}
