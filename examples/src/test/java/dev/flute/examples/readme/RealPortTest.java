package dev.flute.examples.readme;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.flute.dsl.vertx.FluteServer;
import dev.flute.dsl.vertx.ServerConfig;
import io.vertx.core.Vertx;
import io.vertx.ext.web.client.WebClient;
import io.vertx.junit5.VertxExtension;
import io.vertx.junit5.VertxTestContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

// README: testing-vertx
@ExtendWith(VertxExtension.class)
class RealPortTest {
    @Test
    void answers_over_the_network(Vertx vertx, VertxTestContext test) {
        FluteServer.start(vertx, FirstSteps.app(), ServerConfig.port(0)) // port 0: a free one
                .compose(server -> WebClient.create(vertx)
                        .get(server.port(), "127.0.0.1", "/")
                        .send())
                .onComplete(test.succeeding(response -> test.verify(() -> {
                    assertEquals(200, response.statusCode());
                    assertEquals("{\"message\":\"Hello World\"}", response.bodyAsString());
                    test.completeNow();
                })));
    }
}
// README: end
