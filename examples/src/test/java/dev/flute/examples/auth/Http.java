package dev.flute.examples.auth;

import dev.flute.dsl.Api;
import dev.flute.dsl.vertx.FluteServer;
import dev.flute.dsl.vertx.ServerConfig;
import io.vertx.core.Vertx;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/** An API on a real server at an ephemeral port, with a plain JDK client; blocking, for readable tests. */
final class Http implements AutoCloseable {
    private final Vertx vertx;
    private final FluteServer server;
    private final HttpClient client = HttpClient.newHttpClient();

    private Http(Vertx vertx, FluteServer server) {
        this.vertx = vertx;
        this.server = server;
    }

    static Http start(Api api) throws Exception {
        Vertx vertx = Vertx.vertx();
        FluteServer server = FluteServer.start(vertx, api, ServerConfig.port(0).host("127.0.0.1"))
                .toCompletionStage()
                .toCompletableFuture()
                .get(20, TimeUnit.SECONDS);
        return new Http(vertx, server);
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + server.port() + path);
    }

    HttpResponse<String> get(String path, String authorization) throws Exception {
        var request = HttpRequest.newBuilder(uri(path)).GET();
        if (authorization != null) request.header("Authorization", authorization);
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> postForm(String path, String form) throws Exception {
        return postFormAsync(path, form).get(20, TimeUnit.SECONDS);
    }

    CompletableFuture<HttpResponse<String>> postFormAsync(String path, String form) {
        var request = HttpRequest.newBuilder(uri(path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build();
        return client.sendAsync(request, HttpResponse.BodyHandlers.ofString());
    }

    @Override
    public void close() throws Exception {
        try {
            server.close().toCompletionStage().toCompletableFuture().get(20, TimeUnit.SECONDS);
        } finally {
            vertx.close();
        }
    }
}
