package dev.flute.dsl.vertx;

import static dev.flute.dsl.Flute.*;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.flute.dsl.Api;
import io.vertx.core.Vertx;
import io.vertx.ext.web.Router;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A host app that answers 403 for {@code /api/admin/*} and mounts Flute at {@code /api/*}: Vert.x
 * Web keeps {@code %2F} encoded when it matches, so Flute must not read it as a separator, or
 * {@code /api/admin%2Fsecret} would reach the admin route past the host's rule. Standalone, the
 * same paths are refused the same way.
 */
class EncodedSlashTest {
    private static Vertx vertx;
    private static int standalone;
    private static int mounted;

    @BeforeAll
    static void start() throws Exception {
        Api api = api("paths", "1")
                .routes(
                        route(GET, "/admin/secret").handle(() -> Map.of("secret", true)),
                        route(GET, "/files/<name>").param(path("name", str())).handle(name -> Map.of("name", name)),
                        route(GET, "/static/<rest:path>")
                                .param(path("rest", str()))
                                .handle(r -> Map.of("rest", r)));
        vertx = Vertx.vertx();
        standalone = Servers.start(vertx, api).port();
        Router host = Router.router(vertx);
        host.route("/api/admin/*")
                .handler(ctx -> ctx.response().setStatusCode(403).end("forbidden by the host"));
        host.route("/api/*").subRouter(FluteRouter.of(vertx, api));
        mounted = vertx.createHttpServer()
                .requestHandler(host)
                .listen(0, "127.0.0.1")
                .toCompletionStage()
                .toCompletableFuture()
                .get(10, TimeUnit.SECONDS)
                .actualPort();
    }

    @AfterAll
    static void stop() {
        vertx.close();
    }

    private static String get(int port, String path) throws Exception {
        return RawSocket.exchange(port, "GET " + path + " HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n", 3000);
    }

    @ParameterizedTest
    @CsvSource({
        "/admin%2Fsecret, 404",
        "/admin%2fsecret, 404",
        "/admin%5Csecret, 404",
        "/files/..%2F..%2Fetc, 404",
        "/static/..%2F..%2Fetc%2Fpasswd, 404",
        "/admin/secret, 200",
        "/files/a%20b, 200",
    })
    void standalone_an_encoded_separator_is_no_route(String path, int status) throws Exception {
        assertEquals(status, RawSocket.status(get(standalone, path)), path);
    }

    @ParameterizedTest
    @CsvSource({
        "/api/admin%2Fsecret, 404",
        "/api/files/..%2Fadmin%2Fsecret, 404",
        "/api/admin/secret, 403",
        "/api/x/../admin/secret, 403",
        "/api/x/%2e%2e/admin/secret, 403",
        "/api/files/a%20b, 200",
    })
    void mounted_flute_never_crosses_the_hosts_path_rules(String path, int status) throws Exception {
        String response = get(mounted, path);
        assertEquals(status, RawSocket.status(response), path + " -> " + response);
    }
}
