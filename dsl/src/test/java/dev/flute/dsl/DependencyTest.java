package dev.flute.dsl;

import static dev.flute.dsl.Flute.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.flute.dsl.http.HttpError;
import dev.flute.dsl.testing.TestClient;
import io.vertx.core.Future;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class DependencyTest {
    record Commons(Optional<String> q, int skip, int limit) {}

    static final Dep<Commons> COMMONS = dep(
            query("q", str().optional()),
            query("skip", int_().withDefault(0)),
            query("limit", int_().withDefault(100)),
            Commons::new);

    @Test
    void class_style_dependencies_read_like_constructors() {
        var route = route(GET, "/items/").depends(COMMONS).handle(c -> Map.of("skip", c.skip(), "limit", c.limit()));
        try (var client = TestClient.of(api("t", "1").routes(route))) {
            client.get("/items/?skip=5").send().assertJson("{\"skip\":5,\"limit\":100}");
        }
    }

    @Test
    void should_compute_a_shared_dependency_once_per_request_unless_no_cache() {
        var calls = new AtomicInteger();
        Dep<Integer> counted = dep(() -> calls.incrementAndGet());
        Dep<Integer> a = dep(counted, x -> x);
        Dep<Integer> b = dep(counted, x -> x);
        var cached = route(GET, "/cached").depends(a).depends(b).handle((x, y) -> Map.of("calls", calls.get()));
        Dep<Integer> fresh = dep(() -> calls.incrementAndGet()).noCache();
        var uncached = route(GET, "/fresh")
                .depends(fresh)
                .depends(dep(fresh, x -> x))
                .handle((x, y) -> Map.of("x", x, "y", y));
        try (var client = TestClient.of(api("t", "1").routes(cached, uncached))) {
            client.get("/cached").send().assertJson("{\"calls\":1}");
            calls.set(0);
            client.get("/fresh").send().assertJson("{\"x\":1,\"y\":2}");
        }
    }

    @Test
    void should_resolve_async_and_blocking_dependencies_in_order() {
        Dep<String> async = depAsync(query("name", str()), n -> Future.succeededFuture("hello " + n));
        Dep<String> slow = dep(
                        async,
                        s -> s + " from "
                                + (Thread.currentThread().getName().contains("eventloop") ? "loop" : "worker"))
                .blocking();
        var route = route(GET, "/greet").depends(slow).handle(s -> Map.of("greeting", s));
        try (var client = TestClient.of(api("t", "1").routes(route))) {
            client.get("/greet?name=ada").send().assertJson("{\"greeting\":\"hello ada from worker\"}");
        }
    }

    @Test
    void should_wait_only_for_what_is_declared_async() {
        // dep: the function's value is the dependency's, a future included (its type says so).
        Dep<Future<String>> pending = dep(() -> Future.succeededFuture("later"));
        // Dep.ofAsync: a hand-made dependency that answers with a CompletionStage is waited for.
        Dep<String> stage =
                Dep.ofAsync(List.of(), (slots, at) -> java.util.concurrent.CompletableFuture.completedFuture("staged"));
        var route = route(GET, "/wait")
                .depends(pending)
                .depends(stage)
                .handle((f, s) -> Map.of("pending", f instanceof Future<?>, "value", f.result(), "stage", s));
        try (var client = TestClient.of(api("t", "1").routes(route))) {
            client.get("/wait").send().assertJson("{\"pending\":true,\"value\":\"later\",\"stage\":\"staged\"}");
        }
    }

    @Test
    void should_report_errors_of_all_dependencies_at_once_and_run_none() {
        var ran = new AtomicInteger();
        Dep<String> token = dep(header("x_token", str()), t -> {
            ran.incrementAndGet();
            return t;
        });
        var route = route(GET, "/items/").depends(COMMONS).dependencies(token).handle(c -> "ok");
        try (var client = TestClient.of(api("t", "1").routes(route))) {
            client.get("/items/?skip=x")
                    .send()
                    .assertStatus(422)
                    .assertJson(
                            """
                    {"detail":[
                     {"type":"int_parsing","loc":["query","skip"],"msg":"Input should be a valid integer, unable to parse string as an integer","input":"x"},
                     {"type":"missing","loc":["header","x-token"],"msg":"Field required","input":null}]}""");
        }
        assertEquals(0, ran.get(), "no dependency runs when inputs are invalid");
    }

    @Test
    void group_and_api_dependencies_run_for_every_route() {
        var seen = new CopyOnWriteArrayList<String>();
        Dep<Void> global = dep(() -> {
            seen.add("api");
            return null;
        });
        Dep<Void> groupDep = dep(() -> {
            seen.add("group");
            return null;
        });
        var route = route(GET, "/x").handle(() -> {
            seen.add("handler");
            return "ok";
        });
        try (var client = TestClient.of(api("t", "1")
                .dependencies(global)
                .group(group("/g").dependencies(groupDep).routes(route)))) {
            client.get("/g/x").send().assertStatus(200);
        }
        assertEquals(List.of("api", "group", "handler"), seen);
    }

    @Test
    void resources_release_in_reverse_order_after_the_response_and_tasks() {
        var log = new CopyOnWriteArrayList<String>();
        Dep<String> a = resource(
                () -> {
                    log.add("enter a");
                    return "a";
                },
                (v, outcome) -> log.add("exit a " + (outcome.succeeded() ? "ok" : "failed")));
        Dep<String> b = resource(
                a,
                x -> {
                    log.add("enter b");
                    return x + "b";
                },
                (v, outcome) -> log.add("exit b"));
        var route = route(GET, "/r").depends(b).param(backgroundTasks()).handle((v, tasks) -> {
            tasks.add(() -> log.add("task"));
            log.add("handler " + v);
            return "ok";
        });
        try (var client = TestClient.of(api("t", "1").routes(route))) {
            client.get("/r").send().assertStatus(200);
        }
        assertEquals(List.of("enter a", "enter b", "handler ab", "task", "exit b", "exit a ok"), log);
    }

    @Test
    void a_release_sees_the_failure_and_may_translate_it() {
        var log = new CopyOnWriteArrayList<String>();
        Dep<String> session = resource(() -> "session", (v, outcome) -> {
            log.add(outcome.failed() ? "rollback" : "commit");
            if (outcome.error() instanceof IllegalStateException) throw new HttpError(400, "请求数据存在冲突");
        });
        Dep<String> outer = resource(
                () -> "outer",
                (v, outcome) ->
                        log.add("outer sees " + outcome.error().getClass().getSimpleName()));
        var route = route(POST, "/users/").depends(outer).depends(session).handle((o, s) -> {
            throw new IllegalStateException("duplicate key");
        });
        try (var client = TestClient.of(api("t", "1").routes(route))) {
            client.post("/users/")
                    .checkResponse(false)
                    .send()
                    .assertStatus(400)
                    .assertJson("{\"detail\":\"请求数据存在冲突\"}");
        }
        assertEquals(List.of("rollback", "outer sees HttpError"), log);
    }

    @Test
    void a_failing_release_is_logged_and_the_others_still_run() {
        var log = new CopyOnWriteArrayList<String>();
        Dep<String> first = resource(() -> "1", (v, o) -> log.add("exit 1"));
        Dep<String> second = resource(() -> "2", (v, o) -> {
            throw new IllegalStateException("release failed");
        });
        var route = route(GET, "/r").depends(first).depends(second).handle((x, y) -> "ok");
        try (var client = TestClient.of(api("t", "1").routes(route))) {
            client.get("/r").send().assertStatus(200);
        }
        assertEquals(List.of("exit 1"), log);
    }

    @Test
    void function_scope_releases_before_the_response() {
        var log = new CopyOnWriteArrayList<String>();
        Dep<String> early = resource(() -> "e", (v, o) -> log.add("released")).functionScope();
        var route = route(GET, "/r").depends(early).param(backgroundTasks()).handle((e, tasks) -> {
            tasks.add(() -> log.add("task"));
            return "ok";
        });
        try (var client = TestClient.of(api("t", "1").routes(route))) {
            client.get("/r").send().assertStatus(200);
        }
        assertEquals(List.of("released", "task"), log);
    }

    @Test
    void a_failed_request_drops_its_background_tasks_and_still_releases() {
        var log = new CopyOnWriteArrayList<String>();
        Dep<String> session = resource(() -> "s", (v, o) -> log.add("released " + o.failed()));
        var route = route(GET, "/r").depends(session).param(backgroundTasks()).handle((s, tasks) -> {
            tasks.add(() -> log.add("task"));
            throw new dev.flute.dsl.http.HttpError(409, "Conflict");
        });
        try (var client = TestClient.of(api("t", "1").routes(route))) {
            client.get("/r").checkResponse(false).send().assertStatus(409); // undocumented on purpose
        }
        assertEquals(List.of("released true"), log, "FastAPI sends no background task with an error");
    }

    @Test
    void overrides_replace_a_dependency_without_touching_routes() {
        Dep<String> user = dep(header("x_token", str()), t -> "real " + t);
        var route = route(GET, "/me").depends(user).handle(u -> Map.of("user", u));
        var api = api("t", "1").routes(route);
        try (var client = TestClient.of(api.override(user, dep(() -> "fake")))) {
            client.get("/me").send().assertJson("{\"user\":\"fake\"}");
        }
    }

    @Test
    void a_dependency_cycle_made_by_an_override_is_refused_at_build() {
        Dep<String> a = dep(() -> "a");
        Dep<String> b = dep(a, x -> x + "b");
        var route = route(GET, "/c").depends(b).handle(x -> x);
        var e = assertThrows(
                IllegalArgumentException.class,
                () -> TestClient.of(api("t", "1").routes(route).override(a, dep(b, x -> x))));
        assertTrue(e.getMessage().contains("cycle"), e.getMessage());
    }

    @Test
    void inputs_of_one_name_with_different_types_across_dependencies_are_refused() {
        Dep<Integer> one = dep(query("limit", int_()), x -> x);
        Dep<String> two = dep(query("limit", str()), x -> x);
        var route = route(GET, "/c").depends(one).depends(two).handle((x, y) -> x);
        var e = assertThrows(
                IllegalArgumentException.class,
                () -> TestClient.of(api("t", "1").routes(route)));
        assertTrue(e.getMessage().contains("different types"), e.getMessage());
    }

    @Test
    void scopes_accumulate_from_the_route_down_to_the_dependency_that_reads_them() {
        Dep<List<String>> currentUser = dep(requiredScopes(), required -> required);
        Dep<List<String>> activeUser = dep(currentUser.scopes("me"), required -> required);
        var me = route(GET, "/me").depends(activeUser).handle(s -> Map.of("scopes", s));
        var items = route(GET, "/items").depends(activeUser.scopes("items")).handle(s -> Map.of("scopes", s));
        try (var client = TestClient.of(api("t", "1").routes(me, items))) {
            client.get("/me").send().assertJson("{\"scopes\":[\"me\"]}");
            client.get("/items").send().assertJson("{\"scopes\":[\"items\",\"me\"]}");
        }
    }

    @Test
    void scoped_uses_are_cached_per_scope_set_and_overridden_together() {
        var calls = new AtomicInteger();
        Dep<String> user = dep(requiredScopes(), required -> {
            calls.incrementAndGet();
            return "user " + required;
        });
        var route = route(GET, "/r")
                .depends(user.scopes("a"))
                .depends(user.scopes("a"))
                .depends(user.scopes("b"))
                .handle((x, y, z) -> Map.of("x", x, "z", z, "calls", calls.get()));
        try (var client = TestClient.of(api("t", "1").routes(route))) {
            client.get("/r").send().assertJson("{\"x\":\"user [a]\",\"z\":\"user [b]\",\"calls\":2}");
        }
        try (var client = TestClient.of(api("t", "1").routes(route).override(user, dep(() -> "fake")))) {
            client.get("/r").send().assertJson("{\"x\":\"fake\",\"z\":\"fake\",\"calls\":2}");
        }
    }
}
