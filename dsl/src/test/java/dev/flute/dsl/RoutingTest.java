package dev.flute.dsl;

import static dev.flute.dsl.Flute.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.flute.dsl.http.HttpError;
import dev.flute.dsl.http.Response;
import dev.flute.dsl.testing.TestClient;
import io.vertx.core.Future;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

class RoutingTest {
    enum Model {
        alexnet,
        resnet,
        lenet
    }

    static Map<String, Object> item(Integer id, Optional<String> q) {
        var out = new LinkedHashMap<String, Object>();
        out.put("item_id", id);
        out.put("q", q.orElse(null));
        return out;
    }

    static final Endpoint READ_ITEM = route(GET, "/items/<item_id>")
            .param(path("item_id", int_().ge(0)))
            .param(query("q", str().maxLength(5).optional()))
            .handle(RoutingTest::item);

    static final Endpoint LIST_ITEMS = route(GET, "/items/")
            .param(query("skip", int_().withDefault(0)))
            .param(query("limit", int_().ge(1).le(100).withDefault(10)))
            .param(query("tag", listOf(str()).optional()))
            .handle((skip, limit, tag) -> Map.of("skip", skip, "limit", limit, "tag", tag.orElse(List.of())));

    static final Endpoint CREATE = route(POST, "/items/").status(201).handle(() -> Map.of("created", true));

    static final Endpoint FILE = route(GET, "/files/<file_path:path>")
            .param(path("file_path", str()))
            .handle(p -> Map.of("file_path", p));

    static final Endpoint MODEL =
            route(GET, "/models/<name>").param(path("name", enum_(Model.class))).handle(m -> Map.of("model_name", m));

    static final Endpoint ME = route(GET, "/users/me").handle(() -> Map.of("user_id", "the current user"));

    static final Endpoint USER =
            route(GET, "/users/<user_id>").param(path("user_id", str())).handle(id -> Map.of("user_id", id));

    static final Endpoint TEAPOT = route(GET, "/teapot").handle(() -> {
        throw new HttpError(418, Map.of("why", "short and stout")).header("X-Error", "teapot");
    });

    static final Endpoint BROKEN = route(GET, "/broken").handle(() -> {
        throw new IllegalStateException("secret internals");
    });

    static final Endpoint ASYNC = route(GET, "/async").handle(() -> Future.succeededFuture(Map.of("async", true)));

    static final Endpoint BLOCKING = route(GET, "/blocking").blocking().handle(() -> {
        Thread.sleep(5);
        return Map.of("thread", Thread.currentThread().getName().contains("eventloop") ? "event loop" : "worker");
    });

    static final Endpoint CUSTOM =
            route(GET, "/custom").handle(() -> Response.text("hi").status(202).header("X-A", "b"));

    static final Api API = api("Test", "1.0")
            .routes(READ_ITEM, LIST_ITEMS, CREATE, FILE, MODEL, ME, USER, TEAPOT, BROKEN, ASYNC, BLOCKING, CUSTOM);

    static final TestClient client = TestClient.of(API);

    @AfterAll
    static void close() {
        client.close();
    }

    @Test
    void handler_is_a_plain_function() {
        assertEquals(
                Map.of("item_id", 3, "q", "x").toString().length(),
                item(3, Optional.of("x")).toString().length());
        assertEquals("x", item(3, Optional.of("x")).get("q"));
    }

    @Test
    void should_read_path_and_optional_query() {
        client.get("/items/5?q=abc")
                .send()
                .assertStatus(200)
                .assertJson("{\"item_id\":5,\"q\":\"abc\"}")
                .assertHeader("content-type", "application/json");
        client.get("/items/5").send().assertStatus(200).assertJson("{\"item_id\":5,\"q\":null}");
    }

    @Test
    void should_report_every_error_at_once_in_fastapi_format() {
        client.get("/items/-1?q=toolong")
                .send()
                .assertStatus(422)
                .assertJson(
                        """
                {"detail":[
                 {"type":"greater_than_equal","loc":["path","item_id"],"msg":"Input should be greater than or equal to 0","input":"-1","ctx":{"ge":0}},
                 {"type":"string_too_long","loc":["query","q"],"msg":"String should have at most 5 characters","input":"toolong","ctx":{"max_length":5}}]}""");
        client.get("/items/abc")
                .send()
                .assertStatus(422)
                .assertJson(
                        """
                {"detail":[{"type":"int_parsing","loc":["path","item_id"],"msg":"Input should be a valid integer, unable to parse string as an integer","input":"abc"}]}""");
    }

    @Test
    void should_apply_defaults_and_repeat_lists() {
        client.get("/items/").send().assertJson("{\"skip\":0,\"limit\":10,\"tag\":[]}");
        client.get("/items/?tag=a&tag=b&limit=100")
                .send()
                .assertJson("{\"skip\":0,\"limit\":100,\"tag\":[\"a\",\"b\"]}");
        client.get("/items/?limit=0&skip=x")
                .send()
                .assertStatus(422)
                .assertJson(
                        """
                {"detail":[
                 {"type":"int_parsing","loc":["query","skip"],"msg":"Input should be a valid integer, unable to parse string as an integer","input":"x"},
                 {"type":"greater_than_equal","loc":["query","limit"],"msg":"Input should be greater than or equal to 1","input":"0","ctx":{"ge":1}}]}""");
    }

    @Test
    void should_use_declared_status() {
        client.post("/items/").send().assertStatus(201).assertJson("{\"created\":true}");
    }

    @Test
    void should_capture_rest_of_path_with_slashes() {
        client.get("/files/home/johndoe/myfile.txt").send().assertJson("{\"file_path\":\"home/johndoe/myfile.txt\"}");
        client.get("/files/a%20b/c").send().assertJson("{\"file_path\":\"a b/c\"}");
    }

    @Test
    void should_route_on_the_normalized_path_so_a_capture_never_climbs() {
        // Empty and dot segments are resolved first, as Vert.x Web routes (Starlette passes them on).
        client.get("/files//etc/passwd").send().assertJson("{\"file_path\":\"etc/passwd\"}");
        client.get("/files/a/../b").send().assertJson("{\"file_path\":\"b\"}");
        client.get("/files/a/%2e%2E/b").send().assertJson("{\"file_path\":\"b\"}");
        client.get("/files/../../etc/passwd").send().assertStatus(404);
    }

    @Test
    void should_refuse_an_encoded_slash_or_backslash_as_no_route() {
        for (String path : new String[] {"/files/a%2Fb", "/files/..%2F..%2Fetc", "/users/a%2fb", "/files/a%5Cb"}) {
            client.get(path).send().assertStatus(404).assertJson("{\"detail\":\"Not Found\"}");
        }
    }

    @Test
    void should_keep_an_allowed_encoded_slash_inside_its_segment() {
        var files = route(GET, "/files/<name>").param(path("name", str())).handle(name -> Map.of("name", name));
        var admin = route(GET, "/admin/secret").handle(() -> "secret");
        try (var allowing = TestClient.of(api("t", "1")
                .settings(Api.Settings.DEFAULT.allowEncodedSlashes(true))
                .routes(files, admin))) {
            allowing.get("/files/a%2Fb").send().assertJson("{\"name\":\"a/b\"}");
            allowing.get("/files/..%2F..%2Fetc").send().assertJson("{\"name\":\"../../etc\"}");
            // One segment "admin/secret", never the two segments of the admin route.
            allowing.get("/admin%2Fsecret").send().assertStatus(404);
        }
    }

    @Test
    void should_read_enums_by_value() {
        client.get("/models/lenet").send().assertJson("{\"model_name\":\"lenet\"}");
        client.get("/models/vgg")
                .send()
                .assertStatus(422)
                .assertJson(
                        """
                {"detail":[{"type":"enum","loc":["path","name"],"msg":"Input should be 'alexnet', 'resnet' or 'lenet'","input":"vgg","ctx":{"expected":"'alexnet', 'resnet' or 'lenet'"}}]}""");
    }

    @Test
    void literal_segments_win_over_variables() {
        client.get("/users/me").send().assertJson("{\"user_id\":\"the current user\"}");
        client.get("/users/42").send().assertJson("{\"user_id\":\"42\"}");
        client.get("/users/%C3%BC").send().assertJson("{\"user_id\":\"ü\"}");
    }

    @Test
    void should_answer_404_405_and_redirect_slashes() {
        client.get("/nowhere").send().assertStatus(404).assertJson("{\"detail\":\"Not Found\"}");
        client.delete("/items/5")
                .send()
                .assertStatus(405)
                .assertJson("{\"detail\":\"Method Not Allowed\"}")
                .assertHeader("allow", "GET, HEAD");
        client.get("/items?skip=1")
                .send()
                .assertStatus(307)
                .assertHeader("location", "http://testserver/items/?skip=1");
    }

    @Test
    void should_answer_head_for_get_routes_without_body() {
        var r = client.head("/items/5").send().assertStatus(200);
        assertEquals("", r.text());
    }

    @Test
    void should_render_http_errors_with_headers() {
        client.get("/teapot")
                .checkResponse(false) // an undocumented 418 on purpose
                .send()
                .assertStatus(418)
                .assertJson("{\"detail\":{\"why\":\"short and stout\"}}")
                .assertHeader("x-error", "teapot");
    }

    @Test
    void should_hide_internal_errors() {
        client.get("/broken")
                .checkResponse(false) // a 500 on purpose
                .send()
                .assertStatus(500)
                .assertText("Internal Server Error")
                .assertHeader("content-type", "text/plain; charset=utf-8");
    }

    @Test
    void should_follow_futures_and_offload_blocking_handlers() {
        client.get("/async").send().assertJson("{\"async\":true}");
        client.get("/blocking").send().assertJson("{\"thread\":\"worker\"}");
    }

    @Test
    void should_send_response_objects_as_they_are() {
        client.get("/custom")
                .checkResponse(false) // a raw response of another status, undocumented
                .send()
                .assertStatus(202)
                .assertText("hi")
                .assertHeader("x-a", "b")
                .assertHeader("content-type", "text/plain; charset=utf-8");
    }

    @Test
    void should_refuse_bad_declarations_when_built() {
        var missingInput = route(GET, "/a/<id>").handle(() -> "x");
        var e = assertThrows(
                IllegalArgumentException.class,
                () -> TestClient.of(api("t", "1").routes(missingInput)));
        assertTrue(e.getMessage().contains("GET /a/<id>: path variable <id>"), e.getMessage());

        var extraInput = route(GET, "/a").param(path("id", int_())).handle(id -> id);
        e = assertThrows(
                IllegalArgumentException.class,
                () -> TestClient.of(api("t", "1").routes(extraInput)));
        assertTrue(e.getMessage().contains("no <id> in the path"), e.getMessage());

        var one = route(GET, "/a/<x>").param(path("x", int_())).handle(x -> x);
        var two = route(GET, "/a/<y>").param(path("y", str())).handle(y -> y);
        e = assertThrows(
                IllegalArgumentException.class,
                () -> TestClient.of(api("t", "1").routes(one, two)));
        assertTrue(e.getMessage().contains("match the same requests"), e.getMessage());

        var clash = route(GET, "/b")
                .param(query("q", int_()))
                .param(query("q", str()))
                .handle((a, b) -> a);
        e = assertThrows(
                IllegalArgumentException.class,
                () -> TestClient.of(api("t", "1").routes(clash)));
        assertTrue(e.getMessage().contains("different types"), e.getMessage());

        var x = route(GET, "/c").operationId("same").handle(() -> 1);
        var y = route(GET, "/d").operationId("same").handle(() -> 2);
        e = assertThrows(
                IllegalArgumentException.class,
                () -> TestClient.of(api("t", "1").routes(x, y)));
        assertTrue(e.getMessage().contains("same operationId"), e.getMessage());
    }

    @Test
    void blocking_handlers_run_on_virtual_threads_when_the_jvm_has_them() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(Runtime.version().feature() >= 21, "virtual threads need Java 21");
        var isVirtual = java.lang.invoke.MethodHandles.publicLookup()
                .findVirtual(Thread.class, "isVirtual", java.lang.invoke.MethodType.methodType(boolean.class));
        var route = route(GET, "/v").blocking().handle(() -> {
            try {
                return Map.of("virtual", (boolean) isVirtual.invoke(Thread.currentThread()));
            } catch (Throwable e) {
                throw new IllegalStateException(e);
            }
        });
        try (var virtualClient = TestClient.of(api("t", "1").routes(route))) {
            virtualClient.get("/v").send().assertJson("{\"virtual\":true}");
        }
    }
}
