package dev.flute.examples.readme;

import static dev.flute.dsl.Flute.*;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.flute.dsl.Endpoint;
import dev.flute.dsl.Route1;
import dev.flute.dsl.http.Cookie;
import dev.flute.dsl.http.Response;
import dev.flute.dsl.testing.TestClient;
import dev.flute.dsl.testing.TestResponse;
import dev.flute.dsl.types.ModelType;
import io.vertx.core.Future;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;

class HandlersTest {
    public record Item(String name) {}

    static final ModelType<Item> ITEM = model(Item.class);

    /** A store whose answers come later, as a Vert.x SQL client's do. */
    static final class Repo {
        final Map<Integer, Item> items = new ConcurrentHashMap<>(Map.of(1, new Item("Foo")));

        Future<Item> find(int id) {
            return Future.succeededFuture(items.get(id));
        }

        Item load(int id) {
            return items.get(id); // imagine JDBC here
        }
    }

    static final Repo REPO = new Repo();

    // README: handlers
    static final Route1<Integer, Item> READ_ITEM =
            route(GET, "/items/<id>").param(path("id", int_())).returns(ITEM).response(201, "Created");

    static final Endpoint<Item> PLAIN = READ_ITEM.handle(id -> new Item("Item " + id)); // O

    static final Endpoint<Item> ASYNC = READ_ITEM.handleAsync(id -> REPO.find(id)); // Future<O>

    static final Endpoint<Item> RESPONSE = READ_ITEM.respond(id -> Response.ok(new Item("Item " + id))
            .status(201)
            .header("X-Created", "1")
            .cookie(Cookie.of("last", String.valueOf(id)))); // Response<O>

    static final Endpoint<Item> ASYNC_RESPONSE =
            READ_ITEM.respondAsync(id -> REPO.find(id).map(Response::ok)); // Future<Response<O>>

    static final Endpoint<Item> BLOCKING = READ_ITEM.blocking().handle(id -> REPO.load(id)); // JDBC, files
    // README: end

    @Test
    void should_answer_each_kind_of_handler() {
        assertEquals("{\"name\":\"Item 7\"}", get(PLAIN, "/items/7").text());
        assertEquals("{\"name\":\"Foo\"}", get(ASYNC, "/items/1").text());
        var created = get(RESPONSE, "/items/7");
        assertEquals(201, created.status());
        assertEquals("1", created.header("X-Created"));
        assertEquals("last=7; Path=/; SameSite=lax", created.header("set-cookie"));
        assertEquals("{\"name\":\"Foo\"}", get(ASYNC_RESPONSE, "/items/1").text());
        assertEquals("{\"name\":\"Foo\"}", get(BLOCKING, "/items/1").text());
    }

    /** One route value, completed five ways: each is served alone (they share a path). */
    private static TestResponse get(Endpoint<Item> endpoint, String uri) {
        try (var client = TestClient.of(api("Handlers", "1").routes(endpoint))) {
            return client.get(uri).send();
        }
    }
}
