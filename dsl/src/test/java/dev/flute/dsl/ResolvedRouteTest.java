package dev.flute.dsl;

import static dev.flute.dsl.Flute.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.flute.dsl.http.HttpError;
import dev.flute.dsl.spi.Node;
import dev.flute.dsl.spi.Parameter;
import dev.flute.dsl.spi.ResolvedApi;
import dev.flute.dsl.spi.ResolvedRoute;
import dev.flute.dsl.testing.TestClient;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What the core resolves once per mounted route, for every interpreter. */
class ResolvedRouteTest {
    static final SecurityScheme BEARER = new SecurityScheme("HTTPBearer", Map.of("type", "http", "scheme", "bearer"));

    static ResolvedRoute only(Api api) {
        return ResolvedApi.of(api).routes().get(0);
    }

    static List<String> names(ResolvedRoute route) {
        return route.parameters().stream()
                .map(p -> p.in().label() + ":" + p.name())
                .toList();
    }

    @Test
    void an_override_replaces_what_the_route_reads_everywhere() {
        Dep<String> tokenA = dep(header("x_a", str()), a -> a);
        Dep<String> tokenB = dep(header("x_b", str()), b -> "B:" + b);
        Api api = api("T", "1")
                .routes(route(GET, "/r").depends(tokenA.scopes("read")).handle(t -> t));
        assertEquals(List.of("header:x-a"), names(only(api)));

        Api overridden = api.override(tokenA, tokenB);
        assertEquals(List.of("header:x-b"), names(only(overridden)), "looked up by the dependency, not its scoped use");
        try (var client = TestClient.of(overridden)) {
            client.get("/r").header("X-B", "1").send().assertStatus(200).assertJson("\"B:1\"");
            client.get("/r").header("X-A", "1").send().assertStatus(422);
        }
    }

    @Test
    void a_dependency_used_twice_is_one_node_computed_once() {
        Dep<String> token = dep(header("x_token", str()), t -> t);
        Dep<String> user = dep(token, t -> "user " + t);
        ResolvedRoute route = only(api("T", "1")
                .routes(route(GET, "/r").depends(token).depends(user).handle((t, u) -> u)));
        Node.Call handler = route.handler();
        assertTrue(handler.isHandler());
        Node.Call userCall = (Node.Call) handler.args().get(1);
        assertSame(handler.args().get(0), userCall.args().get(0), "the token is computed once");
        assertEquals(List.of("header:x-token"), names(route), "and documented once");
    }

    @Test
    void groups_fold_into_the_route() {
        Dep<Object> guard = dep(header("x_key", str()), k -> null);
        Api api = api("T", "1")
                .group(group("/books")
                        .tags("books")
                        .response(404, "Not found")
                        .dependencies(guard)
                        .routes(route(POST, "")
                                .name("create_book")
                                .tags("write")
                                .handle(() -> 1)));
        ResolvedRoute route = only(api);
        assertEquals("/books", route.path().format());
        assertEquals(List.of("books", "write"), route.tags());
        assertEquals("create_book_books_post", route.operationId());
        assertEquals(List.of(404), List.copyOf(route.responses().keySet()));
        assertEquals(List.of("header:x-key"), names(route));
        try (var client = TestClient.of(api)) {
            client.post("/books").header("X-Key", "k").send().assertStatus(200);
        }
    }

    @Test
    void a_blocking_group_runs_its_handlers_off_the_event_loop() {
        Api api = api("T", "1")
                .group(group("/jdbc")
                        .blocking()
                        .routes(route(GET, "/q").handle(io.vertx.core.Context::isOnEventLoopThread)))
                .routes(route(GET, "/loop").handle(io.vertx.core.Context::isOnEventLoopThread));
        assertTrue(ResolvedApi.of(api).routes().get(1).blocking());
        try (var client = TestClient.of(api)) {
            client.get("/jdbc/q").send().assertStatus(200).assertJson("false");
            client.get("/loop").send().assertStatus(200).assertJson("true");
        }
    }

    @Test
    void a_route_outside_a_group_needs_a_path() {
        var e = assertThrows(
                IllegalArgumentException.class,
                () -> ResolvedApi.of(api("T", "1").routes(route(GET, "").handle(() -> 1))));
        assertTrue(e.getMessage().contains("needs a path"), e.getMessage());
    }

    @Test
    void the_checks_name_the_route() {
        Dep<Integer> q = dep(query("q", int_()), v -> v);
        var clash = assertThrows(
                IllegalArgumentException.class,
                () -> ResolvedApi.of(api("T", "1")
                        .routes(route(GET, "/c")
                                .param(query("q", str()))
                                .depends(q)
                                .handle((a, b) -> a))));
        assertTrue(clash.getMessage().startsWith("route GET /c: two query inputs named 'q'"), clash.getMessage());
        var unbound = assertThrows(
                IllegalArgumentException.class,
                () -> ResolvedApi.of(api("T", "1").routes(route(GET, "/u/<id>").handle(() -> 1))));
        assertTrue(unbound.getMessage().contains("path variable <id>"), unbound.getMessage());
        var form = assertThrows(
                IllegalArgumentException.class,
                () -> ResolvedApi.of(api("T", "1")
                        .routes(route(POST, "/f")
                                .param(form("a", str()))
                                .param(body("b", str()))
                                .handle((a, b) -> a))));
        assertTrue(form.getMessage().contains("a JSON body and a form"), form.getMessage());
    }

    @Test
    void security_requirements_carry_the_scopes_required_on_the_way() {
        Dep<String> bearer = dep(
                        header("authorization", str().optional()),
                        a -> a.orElseThrow(() -> new HttpError(401, "Not authenticated")))
                .security(BEARER);
        Dep<String> user = dep(bearer.scopes("me"), t -> t);
        ResolvedRoute route = only(api("T", "1")
                .routes(route(GET, "/me").depends(user.scopes("items")).handle(u -> u)));
        assertEquals(1, route.security().size());
        assertEquals(List.of("items", "me"), route.security().get(0).scopes());
    }

    @Test
    void security_runs_before_the_inputs_are_reported_invalid() {
        Dep<String> bearer = dep(
                        header("authorization", str().optional()),
                        a -> a.orElseThrow(
                                () -> new HttpError(401, "Not authenticated").header("WWW-Authenticate", "Bearer")))
                .security(BEARER);
        var ran = new java.util.concurrent.atomic.AtomicInteger();
        Dep<String> other = dep(query("page", int_()), p -> {
            ran.incrementAndGet();
            return "page " + p;
        });
        Api api = api("T", "1")
                .routes(route(GET, "/items/")
                        .depends(bearer)
                        .depends(other)
                        .param(query("limit", int_()))
                        .handle((t, o, limit) -> o));
        try (var client = TestClient.of(api)) {
            client.get("/items/?limit=x&page=1")
                    .send()
                    .assertStatus(401)
                    .assertHeader("www-authenticate", "Bearer")
                    .assertJson("{\"detail\":\"Not authenticated\"}");
            client.get("/items/?limit=x&page=1")
                    .header("Authorization", "Bearer t")
                    .send()
                    .assertStatus(422);
            client.get("/items/?limit=2&page=1")
                    .header("Authorization", "Bearer t")
                    .send()
                    .assertStatus(200)
                    .assertJson("\"page 1\"");
        }
        assertEquals(1, ran.get(), "no other dependency ran on invalid input");
    }

    @Test
    void parameters_are_listed_in_fastapis_flat_order() {
        Dep<String> token = dep(header("x_token", str()), t -> t);
        ResolvedRoute route = only(api("T", "1")
                .dependencies(token)
                .routes(route(GET, "/i/<id>")
                        .param(cookie("c", str().optional()))
                        .param(path("id", int_()))
                        .handle((c, id) -> id)));
        assertEquals(List.of("cookie:c", "path:id", "header:x-token"), names(route));
        Parameter first = route.parameters().get(0);
        assertEquals("c", first.field());
    }
}
