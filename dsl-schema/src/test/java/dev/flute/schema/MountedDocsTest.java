package dev.flute.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import dev.flute.dsl.Api;
import dev.flute.dsl.Json;
import dev.flute.dsl.vertx.FluteRouter;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.ext.web.Router;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Mounted in a host router, the served document names the mount point as its server (FastAPI's root_path). */
class MountedDocsTest {
    private final Vertx vertx = Vertx.vertx();

    @AfterEach
    void close() throws Exception {
        vertx.close().toCompletionStage().toCompletableFuture().get(30, TimeUnit.SECONDS);
    }

    private JsonNode documentAt(Api api, String mount, String path) throws Exception {
        Router host = Router.router(vertx);
        if (mount.isEmpty()) host.route().subRouter(FluteRouter.of(vertx, Docs.with(api)));
        else host.route(mount + "/*").subRouter(FluteRouter.of(vertx, Docs.with(api)));
        HttpServer server = vertx.createHttpServer()
                .requestHandler(host)
                .listen(0, "127.0.0.1")
                .toCompletionStage()
                .toCompletableFuture()
                .get(30, TimeUnit.SECONDS);
        HttpResponse<String> r = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.actualPort() + path))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode(), r.body());
        return Json.reader().readTree(r.body());
    }

    @Test
    void should_name_the_mount_point_as_the_server() throws Exception {
        JsonNode doc = documentAt(SampleApi.api(), "/shop/api", "/shop/api/openapi.json");
        assertEquals("/shop/api", doc.at("/servers/0/url").asText());
        assertEquals("[\"openapi\",\"info\",\"servers\",\"paths\",\"components\"]", Json.write(fieldNames(doc)));
    }

    @Test
    void should_put_the_mount_point_after_the_root_path() throws Exception {
        Api behindProxy = SampleApi.api().settings(SampleApi.api().settings().rootPath("/proxy"));
        JsonNode doc = documentAt(behindProxy, "/api", "/api/openapi.json");
        assertEquals("/proxy/api", doc.at("/servers/0/url").asText());
        assertEquals(1, doc.get("servers").size());
    }

    @Test
    void should_name_no_server_at_the_root() throws Exception {
        assertFalse(documentAt(SampleApi.api(), "", "/openapi.json").has("servers"));
    }

    private static java.util.List<String> fieldNames(JsonNode node) {
        var names = new java.util.ArrayList<String>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
