package dev.flute.examples.readme;

import static dev.flute.dsl.Flute.*;

import dev.flute.dsl.Dep;
import dev.flute.dsl.Endpoint;
import dev.flute.dsl.http.HttpError;
import dev.flute.dsl.testing.TestClient;
import io.vertx.core.Future;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DependenciesTest {
    record User(String name) {}

    static final Map<String, User> USERS = Map.of("fake-super-secret-token", new User("alice"));

    // README: dependencies
    public record Commons(String q, int skip, int limit) {}

    static final Dep<Commons> COMMONS = dep(
            query("q", str().nullable()),
            query("skip", int_().withDefault(0)),
            query("limit", int_().withDefault(100)),
            Commons::new);

    static final Endpoint<?> READ_ITEMS = route(GET, "/items/").depends(COMMONS).handle(commons -> commons);

    static final Dep<String> TOKEN = dep(header("x_token", str()), token -> {
        if (!USERS.containsKey(token)) throw new HttpError(400, "X-Token header invalid");
        return token;
    });

    static final Dep<User> CURRENT_USER = depAsync(TOKEN, token -> Future.succeededFuture(USERS.get(token)));

    static final Endpoint<?> READ_ME =
            route(GET, "/users/me").depends(CURRENT_USER).handle(user -> user);

    static final Endpoint<?> PING = route(GET, "/ping")
            .dependencies(TOKEN) // run for its check only, like group(...) and api(...).dependencies(...)
            .handle(() -> Map.of("pong", true));
    // README: end

    @Test
    void should_pass_dependency_values_and_run_checks() {
        try (var client = TestClient.of(api("Deps", "1").routes(READ_ITEMS, READ_ME, PING))) {
            client.get("/items/?q=foo&limit=5")
                    .send()
                    .assertStatus(200)
                    .assertText("""
                    {"q":"foo","skip":0,"limit":5}""");
            client.get("/users/me")
                    .header("X-Token", "fake-super-secret-token")
                    .send()
                    .assertStatus(200)
                    .assertText("{\"name\":\"alice\"}");
            client.get("/ping")
                    .header("X-Token", "nope")
                    .send()
                    .assertStatus(400)
                    .assertText("""
                    {"detail":"X-Token header invalid"}""");
            client.get("/ping")
                    .send()
                    .assertStatus(422)
                    .assertText(
                            """
                    {"detail":[{"type":"missing","loc":["header","x-token"],"msg":"Field required","input":null}]}""");
        }
    }
}
