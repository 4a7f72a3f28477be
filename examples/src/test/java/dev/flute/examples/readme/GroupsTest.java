package dev.flute.examples.readme;

import static dev.flute.dsl.Flute.*;

import dev.flute.dsl.Api;
import dev.flute.dsl.Dep;
import dev.flute.dsl.Endpoint;
import dev.flute.dsl.Group;
import dev.flute.dsl.http.HttpError;
import dev.flute.dsl.http.Response;
import dev.flute.dsl.testing.TestClient;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class GroupsTest {
    static final Map<String, String> ITEMS = Map.of("plumbus", "Plumbus", "gun", "Portal Gun");

    // README: groups
    static final Dep<Void> TOKEN = dep(header("x_token", str()), token -> {
        if (!token.equals("fake-super-secret-token")) throw new HttpError(400, "X-Token header invalid");
        return null;
    });

    static final Endpoint<?> READ_ITEMS = route(GET, "/").handle(() -> ITEMS); // GET /items/

    static final Endpoint<?> READ_ITEM = route(GET, "/<item_id>")
            .param(path("item_id", str()))
            .handle(id -> Map.of("name", Optional.ofNullable(ITEMS.get(id)).orElseThrow()));

    static final Group ITEMS_ROUTER = group("/items") // FastAPI's APIRouter(prefix=...)
            .tags("items")
            .dependencies(TOKEN)
            .response(404, "Not found")
            .exceptionHandler(
                    NoSuchElementException.class, (request, e) -> Response.json(Map.of("detail", "Item not found"))
                            .status(404))
            .routes(READ_ITEMS, READ_ITEM);

    static Api app() {
        return api("Bigger", "1.0")
                .group(ITEMS_ROUTER) // app.include_router(items.router)
                .group(group("/admin").tags("admin").routes(route(POST, "/").handle(() -> Map.of("message", "Admin"))));
    }
    // README: end

    @Test
    void should_serve_each_group_under_its_prefix_with_its_dependencies() {
        try (var client = TestClient.of(app())) {
            client.get("/items/plumbus")
                    .header("X-Token", "fake-super-secret-token")
                    .send()
                    .assertStatus(200)
                    .assertText("{\"name\":\"Plumbus\"}");
            client.get("/items/plumbus").header("X-Token", "nope").send().assertStatus(400);
            client.get("/items/bar")
                    .header("X-Token", "fake-super-secret-token")
                    .send()
                    .assertStatus(404)
                    .assertText("{\"detail\":\"Item not found\"}");
            client.post("/admin/").send().assertStatus(200).assertText("{\"message\":\"Admin\"}");
        }
    }
}
