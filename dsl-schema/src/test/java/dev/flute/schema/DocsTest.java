package dev.flute.schema;

import static dev.flute.dsl.Flute.*;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.flute.dsl.Api;
import dev.flute.dsl.testing.TestClient;
import dev.flute.dsl.testing.TestResponse;
import dev.flute.schema.internal.Assets;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class DocsTest {
    private static final Pattern REFERENCE = Pattern.compile("(?:src|href|spec-url)=\"([^\"]+)\"");

    /** One route, {@code GET /items/<item_id>} with an int from the path. */
    static Api items() {
        return api("FastAPI", "0.1.0")
                .routes(route(GET, "/items/<item_id>")
                        .name("read_item")
                        .param(path("item_id", int_()))
                        .handle(id -> Map.of("item_id", id)));
    }

    /** Every route needs the API's two headers: a request without them is refused with 422. */
    static Api guarded() {
        return api("FastAPI", "0.1.0")
                .dependencies(dep(header("x_token", str()), t -> t), dep(header("x_key", str()), k -> k))
                .routes(route(GET, "/items/").name("read_items").handle(() -> List.of(Map.of("item", "Foo"))));
    }

    static Api settings(Api api, String openapi, String docs, String redoc, String rootPath) {
        var s = api.settings();
        return api.settings(s.docs(openapi, docs, redoc).rootPath(rootPath));
    }

    /** What a browser fetches after the page: every src/href/spec-url, resolved against the page. */
    static List<String> references(String page, String html) {
        var out = new ArrayList<String>();
        var m = REFERENCE.matcher(html);
        while (m.find())
            out.add(URI.create("http://host" + page).resolve(m.group(1)).getPath());
        return out;
    }

    @Test
    void should_serve_the_document_of_the_api_without_the_doc_routes() {
        Api api = guarded()
                .group(group("/users")
                        .tags("users")
                        .routes(route(GET, "/<name>")
                                .name("read_user")
                                .param(path("name", str()))
                                .handle(name -> Map.of("name", name))));
        try (var client = TestClient.of(Docs.with(api))) {
            TestResponse r = client.get("/openapi.json").send().assertStatus(200);
            assertEquals("application/json", r.header("content-type"));
            assertEquals(OpenApi.of(api).json(), r.text());
            var paths = new ArrayList<String>();
            r.json().path("paths").fieldNames().forEachRemaining(paths::add);
            assertEquals(List.of("/items/", "/users/{name}"), paths, "the API's routes, not the pages");
        }
    }

    @Test
    void should_serve_swagger_ui_and_every_file_it_loads_from_the_webjar() {
        try (var client = TestClient.of(Docs.with(items()))) {
            String html = client.get("/docs").send().assertStatus(200).text();
            assertEquals("text/html; charset=utf-8", client.get("/docs").send().header("content-type"));
            assertTrue(html.contains("<title>FastAPI - Swagger UI</title>"), html);
            assertFalse(html.contains("<script>"), "no inline script: " + html);
            var refs = references("/docs", html);
            assertEquals(
                    List.of(
                            "/docs/swagger-ui.css",
                            "/docs/favicon-32x32.png",
                            "/docs/swagger-ui-bundle.js",
                            "/docs/swagger-initializer.js"),
                    refs);
            assertArrayEquals(
                    Assets.webjar("swagger-ui", "swagger-ui-bundle.js"),
                    client.get("/docs/swagger-ui-bundle.js")
                            .send()
                            .assertStatus(200)
                            .bytes());
            assertEquals(
                    "text/css; charset=utf-8",
                    client.get("/docs/swagger-ui.css").send().assertStatus(200).header("content-type"));
            assertEquals(
                    "image/png",
                    client.get("/docs/favicon-32x32.png")
                            .send()
                            .assertStatus(200)
                            .header("content-type"));
            String init = client.get("/docs/swagger-initializer.js")
                    .send()
                    .assertStatus(200)
                    .text();
            assertTrue(init.contains("\"url\":\"openapi.json\""), init);
            assertTrue(init.contains("\"docs/oauth2-redirect\""), init);
            assertTrue(init.contains("\"layout\":\"BaseLayout\""), init);
        }
    }

    @Test
    void should_serve_the_oauth2_redirect_page_and_its_script() {
        try (var client = TestClient.of(Docs.with(items()))) {
            String html =
                    client.get("/docs/oauth2-redirect").send().assertStatus(200).text();
            assertEquals(List.of("/docs/oauth2-redirect.js"), references("/docs/oauth2-redirect", html));
            String js = client.get("/docs/oauth2-redirect.js")
                    .send()
                    .assertStatus(200)
                    .text();
            assertTrue(js.contains("swaggerUIRedirectOauth2"), "the webjar's redirect script");
        }
    }

    @Test
    void should_serve_redoc_from_its_webjar() {
        try (var client = TestClient.of(Docs.with(items()))) {
            String html = client.get("/redoc").send().assertStatus(200).text();
            assertTrue(html.contains("<title>FastAPI - ReDoc</title>"), html);
            assertEquals(List.of("/openapi.json", "/redoc/redoc.standalone.js"), references("/redoc", html));
            byte[] js = client.get("/redoc/redoc.standalone.js")
                    .send()
                    .assertStatus(200)
                    .bytes();
            assertArrayEquals(Assets.webjar("redoc", "redoc.standalone.js"), js);
            assertTrue(js.length > 100_000, "the whole standalone bundle");
        }
    }

    @Test
    void should_follow_the_settings_and_turn_pages_off() {
        Api custom = settings(items(), "/api/v1/spec.json", "/help/swagger", null, "");
        try (var client = TestClient.of(Docs.with(custom))) {
            client.get("/api/v1/spec.json").send().assertStatus(200);
            client.get("/openapi.json").send().assertStatus(404);
            client.get("/redoc").send().assertStatus(404);
            String html = client.get("/help/swagger").send().assertStatus(200).text();
            assertTrue(references("/help/swagger", html).contains("/help/swagger/swagger-ui-bundle.js"), html);
            client.get("/help/swagger/swagger-ui-bundle.js").send().assertStatus(200);
            String init =
                    client.get("/help/swagger/swagger-initializer.js").send().text();
            // relative to /help/swagger: ../api/v1/spec.json resolves to /api/v1/spec.json
            assertTrue(init.contains("\"url\":\"../api/v1/spec.json\""), init);
            assertEquals(
                    "/api/v1/spec.json",
                    URI.create("http://host/help/swagger")
                            .resolve("../api/v1/spec.json")
                            .getPath());
        }
        Api none = settings(items(), null, "/docs", "/redoc", "");
        assertSame(none, Docs.with(none), "no document, no docs");
        try (var client = TestClient.of(Docs.with(none))) {
            client.get("/openapi.json").send().assertStatus(404);
            client.get("/docs").send().assertStatus(404);
        }
    }

    @Test
    void should_not_guard_the_docs_with_the_api_dependencies() {
        try (var client = TestClient.of(Docs.with(guarded()))) {
            client.get("/docs").send().assertStatus(200);
            client.get("/openapi.json").send().assertStatus(200);
            client.get("/items/").send().assertStatus(422);
            client.get("/items/")
                    .header("x-token", "fake-super-secret-token")
                    .header("x-key", "fake-super-secret-key")
                    .send()
                    .assertStatus(200);
        }
    }

    @Test
    void should_add_the_docs_once() {
        Api once = Docs.with(items());
        assertSame(once, Docs.with(once));
    }

    @Test
    void should_keep_serving_the_api_routes() {
        try (var client = TestClient.of(Docs.with(items()))) {
            client.get("/items/3").send().assertStatus(200).assertJson("{\"item_id\":3}");
        }
    }

    @Test
    void should_write_the_root_path_as_the_server() {
        Api behindProxy = settings(items(), "/openapi.json", "/docs", "/redoc", "/api/v1");
        try (var client = TestClient.of(Docs.with(behindProxy))) {
            var doc = client.get("/openapi.json").send().assertStatus(200).json();
            assertEquals("/api/v1", doc.path("servers").path(0).path("url").asText());
        }
    }

    @Test
    void should_compute_references_a_browser_resolves_back() {
        var cases = List.of(
                Map.entry("/docs", "/docs/swagger-ui.css"),
                Map.entry("/docs/", "/docs/swagger-ui.css"),
                Map.entry("/a/b/docs", "/openapi.json"),
                Map.entry("/redoc", "/openapi.json"),
                Map.entry("/x/redoc", "/x/openapi.json"),
                Map.entry("/docs", "/docs"),
                Map.entry("/docs/", "/docs/"));
        for (var c : cases) {
            for (String prefix : List.of("", "/mounted/under")) {
                String rel = Docs.relative(c.getKey(), c.getValue());
                String resolved = URI.create("http://h" + prefix + c.getKey())
                        .resolve(rel)
                        .getPath();
                assertEquals(prefix + c.getValue(), resolved, c + " → " + rel);
            }
        }
        assertEquals("docs/swagger-ui.css", Docs.relative("/docs", "/docs/swagger-ui.css"));
        assertEquals("../openapi.json", Docs.relative("/a/docs/x", "/a/openapi.json"));
    }
}
