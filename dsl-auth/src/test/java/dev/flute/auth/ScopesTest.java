package dev.flute.auth;

import static dev.flute.auth.Auth.*;
import static dev.flute.dsl.Flute.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.flute.dsl.Api;
import dev.flute.dsl.Dep;
import dev.flute.dsl.testing.TestClient;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * FastAPI's scope semantics: a dependency sees the scopes required on the path that reached it,
 * parents' first; it runs once per request for each distinct set; what does not read scopes is
 * shared. The "token" here simply lists the granted scopes, separated by commas.
 */
class ScopesTest {
    static final Dep<String> TOKEN = oauth2PasswordBearer("token").dep();

    record User(String name, List<String> required) {}

    /** FastAPI's get_current_user of the scopes tutorial, with the required scopes recorded per call. */
    static Dep<User> currentUser(List<List<String>> seen) {
        return dep(securityScopes(), TOKEN, (scopes, token) -> {
            seen.add(scopes.scopes());
            scopes.requireAll(List.of(token.split(",")));
            return new User("johndoe", scopes.scopes());
        });
    }

    @Test
    void should_pass_parent_scopes_then_own_down_the_tree_like_fastapi() {
        var seen = new CopyOnWriteArrayList<List<String>>();
        Dep<User> current = currentUser(seen);
        Dep<User> active = dep(security(current, "me"), u -> u);
        Api app = api("t", "1")
                .routes(
                        route(GET, "/status/").depends(current).handle(User::required),
                        route(GET, "/users/me/").depends(security(active)).handle(User::required),
                        route(GET, "/users/me/items/")
                                .depends(security(active, "items"))
                                .handle(User::required));
        try (var client = TestClient.of(app)) {
            client.get("/status/").header("Authorization", "Bearer none").send().assertJson("[]");
            client.get("/users/me/").header("Authorization", "Bearer me").send().assertJson("[\"me\"]");
            client.get("/users/me/items/")
                    .header("Authorization", "Bearer me,items")
                    .send()
                    .assertJson("[\"items\",\"me\"]");
        }
    }

    @Test
    void should_refuse_missing_scopes_with_401_and_the_scope_challenge() {
        Dep<User> current = currentUser(new CopyOnWriteArrayList<>());
        Dep<User> active = dep(security(current, "me"), u -> u);
        var items = route(GET, "/users/me/items/")
                .depends(security(active, "items:read"))
                .handle(User::name);
        try (var client = TestClient.of(api("t", "1").routes(items))) {
            client.get("/users/me/items/")
                    .header("Authorization", "Bearer me")
                    .send()
                    .assertStatus(401)
                    .assertHeader("WWW-Authenticate", "Bearer scope=\"items:read me\"")
                    .assertJson("{\"detail\":\"Not enough permissions\"}");
        }
    }

    @Test
    void should_compute_a_dependency_once_per_scope_set_and_share_what_reads_no_scopes() {
        var seen = new CopyOnWriteArrayList<List<String>>();
        var tokenCalls = new AtomicInteger();
        Dep<String> token = dep(TOKEN, t -> {
            tokenCalls.incrementAndGet();
            return t;
        });
        Dep<List<String>> current = dep(securityScopes(), token, (scopes, t) -> {
            seen.add(scopes.scopes());
            return scopes.scopes();
        });
        var route = route(GET, "/x")
                .depends(security(current, "a"))
                .depends(security(security(current, "b"), "a")) // {a, b}
                .depends(security(current, "a", "b")) // {a, b} again: cached
                .depends(current) // {}
                .depends(security(current)) // {} again: no scope, the same use
                .handle((a, ab, ab2, none, none2) -> Map.of("a", a, "ab", ab, "ab2", ab2, "none", none));
        try (var client = TestClient.of(api("t", "1").routes(route))) {
            client.get("/x")
                    .header("Authorization", "Bearer t")
                    .send()
                    .assertJson("{\"a\":[\"a\"],\"ab\":[\"b\",\"a\"],\"ab2\":[\"b\",\"a\"],\"none\":[]}");
        }
        assertEquals(3, seen.size(), "one computation per distinct scope set: " + seen);
        assertEquals(1, tokenCalls.get(), "a dependency that reads no scopes is computed once");
    }

    @Test
    void should_apply_scopes_of_side_effect_dependencies_on_routes_and_groups() {
        var seen = new CopyOnWriteArrayList<List<String>>();
        Dep<User> current = currentUser(seen);
        var admin = group("/admin")
                .dependencies(security(current, "admin"))
                .routes(route(GET, "/stats")
                        .dependencies(security(current, "stats"))
                        .handle(() -> "ok"));
        try (var client = TestClient.of(api("t", "1").group(admin))) {
            client.get("/admin/stats")
                    .header("Authorization", "Bearer stats")
                    .send()
                    .assertStatus(401)
                    .assertHeader("WWW-Authenticate", "Bearer scope=\"admin\"");
            client.get("/admin/stats")
                    .header("Authorization", "Bearer admin,stats")
                    .send()
                    .assertStatus(200);
        }
    }

    @Test
    void should_keep_blocking_and_release_of_a_dependency_copied_for_its_scopes() {
        var events = new CopyOnWriteArrayList<String>();
        Dep<String> session = resource(
                        securityScopes(),
                        scopes -> {
                            events.add("open " + scopes.scopeStr() + " on "
                                    + (Thread.currentThread().getName().contains("eventloop") ? "loop" : "worker"));
                            return "session";
                        },
                        (s, outcome) -> events.add("close"))
                .blocking();
        var route = route(GET, "/s").depends(security(session, "db")).handle(s -> s);
        try (var client = TestClient.of(api("t", "1").routes(route))) {
            client.get("/s").send().assertJson("\"session\"");
        }
        assertEquals(List.of("open db on worker", "close"), events);
    }

    @Test
    void an_override_reaches_every_scoped_use() {
        Dep<User> current = currentUser(new CopyOnWriteArrayList<>());
        var route = route(GET, "/me").depends(security(current, "me")).handle(User::name);
        Api app = api("t", "1").routes(route).override(current, dep(() -> new User("tester", List.of())));
        try (var client = TestClient.of(app)) {
            client.get("/me").send().assertJson("\"tester\"");
        }
    }

    @Test
    void should_refuse_scope_names_that_oauth2_does_not_allow() {
        Dep<User> current = currentUser(new CopyOnWriteArrayList<>());
        assertThrows(IllegalArgumentException.class, () -> security(current, "two words"));
        assertThrows(IllegalArgumentException.class, () -> security(current, "quote\""));
        assertThrows(IllegalArgumentException.class, () -> security(current, ""));
        assertThrows(IllegalArgumentException.class, () -> oauth2PasswordBearer("token")
                .scope("é", "accented"));
    }

    @Test
    void security_scopes_read_without_any_required_scope_are_empty() {
        var route = route(GET, "/")
                .depends(securityScopes())
                .handle(s -> Map.of("str", s.scopeStr(), "challenge", s.challenge()));
        try (var client = TestClient.of(api("t", "1").routes(route))) {
            client.get("/").send().assertJson("{\"str\":\"\",\"challenge\":\"Bearer\"}");
        }
    }
}
