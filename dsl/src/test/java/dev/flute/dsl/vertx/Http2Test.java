package dev.flute.dsl.vertx;

import static dev.flute.dsl.Flute.*;
import static dev.flute.dsl.vertx.HostServer.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.flute.dsl.Api;
import io.vertx.core.Vertx;
import io.vertx.junit5.VertxExtension;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.CertificateFactory;
import java.util.List;
import java.util.Map;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * HTTPS with HTTP/2 over ALPN (PEM files or a key store) and HTTP/2 over clear text, spoken by the
 * JDK's own client: every answer is the one HTTP/1.1 gets. The certificate is a self-signed one
 * under {@code src/test/resources/tls}.
 */
@ExtendWith(VertxExtension.class)
class Http2Test {
    private static final Path TLS = Path.of("src", "test", "resources", "tls");

    private static final Api API = api("h2", "1")
            .routes(
                    route(GET, "/items/<item_id>")
                            .param(path("item_id", int_()))
                            .handle(id -> Map.of("item_id", id)),
                    route(POST, "/echo").param(body("text", str())).handle(text -> Map.of("text", text)));

    /** The same exchanges, each as status, content type and body. */
    private static List<String> exchanges(HttpClient client, String base, HttpClient.Version expected) {
        List<HttpRequest> requests = List.of(
                HttpRequest.newBuilder(URI.create(base + "/items/7")).build(),
                HttpRequest.newBuilder(URI.create(base + "/items/x")).build(),
                HttpRequest.newBuilder(URI.create(base + "/nowhere")).build(),
                HttpRequest.newBuilder(URI.create(base + "/echo"))
                        .header("content-type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString("{\"text\":\"hi\"}"))
                        .build());
        return requests.stream()
                .map(request -> {
                    try {
                        HttpResponse<String> r = client.send(request, HttpResponse.BodyHandlers.ofString());
                        assertEquals(expected, r.version(), request.uri().toString());
                        return r.statusCode() + " "
                                + r.headers().firstValue("content-type").orElse("") + " " + r.body();
                    } catch (Exception e) {
                        throw new AssertionError(e);
                    }
                })
                .toList();
    }

    private static HttpClient client(HttpClient.Version version, SSLContext tls) {
        var builder = HttpClient.newBuilder().version(version);
        if (tls != null) builder.sslContext(tls);
        return builder.build();
    }

    /** Trusts the test certificate only. */
    private static SSLContext trustingTestCertificate() throws Exception {
        KeyStore trust = KeyStore.getInstance(KeyStore.getDefaultType());
        trust.load(null, null);
        try (InputStream pem = java.nio.file.Files.newInputStream(TLS.resolve("cert.pem"))) {
            trust.setCertificateEntry(
                    "flute", CertificateFactory.getInstance("X.509").generateCertificate(pem));
        }
        var managers = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        managers.init(trust);
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, managers.getTrustManagers(), null);
        return context;
    }

    private static void assertSameAnswers(Vertx vertx, ServerConfig config, String scheme, SSLContext tls) {
        FluteServer server = await(FluteServer.start(vertx, API, config));
        try {
            String base = scheme + "://127.0.0.1:" + server.port();
            List<String> http1 = exchanges(client(HttpClient.Version.HTTP_1_1, tls), base, HttpClient.Version.HTTP_1_1);
            List<String> http2 = exchanges(client(HttpClient.Version.HTTP_2, tls), base, HttpClient.Version.HTTP_2);
            assertEquals(http1, http2);
            assertEquals("200 application/json {\"item_id\":7}", http2.get(0));
            assertEquals("404 application/json {\"detail\":\"Not Found\"}", http2.get(2));
        } finally {
            await(server.close());
        }
    }

    @Test
    void should_serve_http2_over_tls_with_pem_files(Vertx vertx) throws Exception {
        var config = ServerConfig.port(0).tls(Tls.pem(TLS.resolve("cert.pem"), TLS.resolve("key.pem")));
        assertSameAnswers(vertx, config, "https", trustingTestCertificate());
    }

    @Test
    void should_serve_http2_over_tls_with_a_key_store(Vertx vertx) throws Exception {
        var config = ServerConfig.port(0).tls(Tls.keyStore(TLS.resolve("server.p12"), "changeit"));
        assertSameAnswers(vertx, config, "https", trustingTestCertificate());
    }

    @Test
    void should_serve_h2c_only_when_asked(Vertx vertx) {
        assertSameAnswers(vertx, ServerConfig.port(0).h2c(true), "http", null);
        FluteServer plain = await(FluteServer.start(vertx, API, ServerConfig.port(0)));
        try {
            // Without h2c the upgrade is declined and the exchange stays HTTP/1.1.
            exchanges(
                    client(HttpClient.Version.HTTP_2, null),
                    "http://127.0.0.1:" + plain.port(),
                    HttpClient.Version.HTTP_1_1);
        } finally {
            await(plain.close());
        }
    }

    /**
     * The header deadline is for a connection waiting for a request: on HTTP/2 a long request still
     * in flight on the connection must not be cut when a short one beside it ends.
     */
    @Test
    void should_not_cut_a_long_http2_request_when_another_on_its_connection_ends(Vertx vertx) throws Exception {
        Api api = api("h2", "1")
                .routes(
                        route(GET, "/slow").handleAsync(() -> {
                            var done = io.vertx.core.Promise.<Object>promise();
                            vertx.setTimer(2500, id -> done.complete(Map.of("slow", true)));
                            return done.future();
                        }),
                        route(GET, "/fast").handle(() -> Map.of("fast", true)));
        var config = ServerConfig.port(0)
                .headerTimeoutSeconds(1)
                .tls(Tls.pem(TLS.resolve("cert.pem"), TLS.resolve("key.pem")));
        FluteServer server = await(FluteServer.start(vertx, api, config));
        try {
            HttpClient client = client(HttpClient.Version.HTTP_2, trustingTestCertificate());
            String base = "https://127.0.0.1:" + server.port();
            // The connection is open (and HTTP/2) before the two requests share it.
            client.send(
                    HttpRequest.newBuilder(URI.create(base + "/fast")).build(), HttpResponse.BodyHandlers.ofString());
            var slow = client.sendAsync(
                    HttpRequest.newBuilder(URI.create(base + "/slow")).build(), HttpResponse.BodyHandlers.ofString());
            Thread.sleep(200);
            var fast = client.send(
                    HttpRequest.newBuilder(URI.create(base + "/fast")).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(HttpClient.Version.HTTP_2, fast.version());
            assertEquals("{\"fast\":true}", fast.body());
            assertEquals(
                    "{\"slow\":true}",
                    slow.get(10, java.util.concurrent.TimeUnit.SECONDS).body());
        } finally {
            await(server.close());
        }
    }

    @Test
    void should_listen_on_loopback_unless_told_otherwise() {
        assertEquals("127.0.0.1", ServerConfig.port(8000).host());
        assertEquals("0.0.0.0", ServerConfig.port(8000).host("0.0.0.0").host());
    }
}
