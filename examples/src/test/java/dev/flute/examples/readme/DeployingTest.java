package dev.flute.examples.readme;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.flute.dsl.Api;
import dev.flute.dsl.vertx.FluteServer;
import dev.flute.dsl.vertx.ServerConfig;
import dev.flute.dsl.vertx.Tls;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpVersion;
import io.vertx.ext.web.client.WebClient;
import io.vertx.ext.web.client.WebClientOptions;
import io.vertx.junit5.VertxExtension;
import io.vertx.junit5.VertxTestContext;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The README's deployment: HTTPS with HTTP/2 over ALPN, with dsl's self-signed test certificate. */
@ExtendWith(VertxExtension.class)
class DeployingTest {
    static final Path TLS = Path.of("..", "dsl", "src", "test", "resources", "tls");

    // README: deploying
    static Future<FluteServer> serve(Vertx vertx, Api api, int port, Path certificate, Path key) {
        return FluteServer.start(
                vertx,
                api,
                ServerConfig.port(port)
                        .host("0.0.0.0") // every interface; loopback unless told
                        .instances(4) // event loops sharing the port; one per core unless told
                        .tls(Tls.pem(certificate, key)) // HTTPS: HTTP/2 and HTTP/1.1 over ALPN
                        .compression(true)); // gzip or deflate for clients that accept it
    }
    // README: end

    @Test
    void should_serve_https_with_http2(Vertx vertx, VertxTestContext test) {
        var client = WebClient.create(
                vertx,
                new WebClientOptions()
                        .setSsl(true)
                        .setTrustAll(true)
                        .setVerifyHost(false)
                        .setUseAlpn(true)
                        .setProtocolVersion(HttpVersion.HTTP_2));
        serve(vertx, FirstSteps.app(), 0, TLS.resolve("cert.pem"), TLS.resolve("key.pem"))
                .compose(server -> client.get(server.port(), "127.0.0.1", "/").send())
                .onComplete(test.succeeding(response -> test.verify(() -> {
                    assertEquals(HttpVersion.HTTP_2, response.version());
                    assertEquals("{\"message\":\"Hello World\"}", response.bodyAsString());
                    test.completeNow();
                })));
    }
}
