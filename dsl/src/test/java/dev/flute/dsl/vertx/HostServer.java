package dev.flute.dsl.vertx;

import io.vertx.core.Future;
import io.vertx.core.Handler;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerRequest;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.TimeUnit;

/** A host application's server on an ephemeral port, and a blocking client with cookies for the test thread. */
final class HostServer implements AutoCloseable {
    private final HttpServer server;
    private final HttpClient client = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .cookieHandler(new CookieManager())
            .build();

    private HostServer(HttpServer server) {
        this.server = server;
    }

    static HostServer start(Vertx vertx, Handler<HttpServerRequest> handler) {
        return new HostServer(
                await(vertx.createHttpServer().requestHandler(handler).listen(0, "127.0.0.1")));
    }

    int port() {
        return server.actualPort();
    }

    URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port() + path);
    }

    HttpResponse<String> get(String path, String... headers) {
        return send(HttpRequest.newBuilder(uri(path)).GET(), headers);
    }

    HttpResponse<String> send(String method, String path, String body, String... headers) {
        return send(
                HttpRequest.newBuilder(uri(path)).method(method, HttpRequest.BodyPublishers.ofString(body)), headers);
    }

    HttpResponse<String> send(HttpRequest.Builder request, String... headers) {
        if (headers.length > 0) request.headers(headers);
        try {
            return client.send(
                    request.timeout(java.time.Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new AssertionError("request failed: " + e, e);
        }
    }

    static <T> T await(Future<T> future) {
        try {
            return future.toCompletionStage().toCompletableFuture().get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    @Override
    public void close() {
        await(server.close());
    }
}
