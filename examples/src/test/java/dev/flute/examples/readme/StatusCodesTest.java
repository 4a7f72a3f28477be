package dev.flute.examples.readme;

import static dev.flute.dsl.Flute.*;

import dev.flute.dsl.Endpoint;
import dev.flute.dsl.http.Response;
import dev.flute.dsl.testing.TestClient;
import dev.flute.dsl.types.ModelType;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;

class StatusCodesTest {
    public record Item(String name, int size) {}

    static final ModelType<Item> ITEM = model(Item.class);

    // README: status-codes
    static final Map<String, Item> ITEMS = new ConcurrentHashMap<>();

    static final Endpoint<Item> CREATE_ITEM = route(POST, "/items/")
            .status(201) // documented, and what Response.ok and plain values answer
            .param(body(ITEM))
            .returns(ITEM)
            .handle(item -> item);

    static final Endpoint<Item> UPSERT_ITEM = route(PUT, "/items/<item_id>")
            .param(path("item_id", str()))
            .param(body(ITEM))
            .returns(ITEM)
            .response(201, "Created")
            .respond((id, item) ->
                    ITEMS.put(id, item) == null ? Response.ok(item).status(201) : Response.ok(item));
    // README: end

    @Test
    void should_answer_the_declared_status_and_the_one_a_response_sets() {
        try (var client = TestClient.of(api("Statuses", "1").routes(CREATE_ITEM, UPSERT_ITEM))) {
            client.post("/items/")
                    .json("{\"name\":\"Foo\",\"size\":3}")
                    .send()
                    .assertStatus(201)
                    .assertText("""
                    {"name":"Foo","size":3}""");
            client.put("/items/foo")
                    .json("{\"name\":\"Foo\",\"size\":3}")
                    .send()
                    .assertStatus(201);
            client.put("/items/foo")
                    .json("{\"name\":\"Foo\",\"size\":4}")
                    .send()
                    .assertStatus(200)
                    .assertText("""
                    {"name":"Foo","size":4}""");
        }
    }
}
