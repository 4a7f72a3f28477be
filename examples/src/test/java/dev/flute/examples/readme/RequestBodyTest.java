package dev.flute.examples.readme;

import static dev.flute.dsl.Flute.*;

import dev.flute.dsl.Endpoint;
import dev.flute.dsl.testing.TestClient;
import dev.flute.dsl.types.ModelType;
import org.junit.jupiter.api.Test;

class RequestBodyTest {
    // README: request-body
    public record Item(String name, String description, double price, Double tax) {}

    static final ModelType<Item> ITEM = model(Item.class).field("description", str().nullable());

    static final Endpoint<Item> CREATE_ITEM =
            route(POST, "/items/").param(body(ITEM)).returns(ITEM).handle(item -> item);

    record Update(int item_id, String q, Item item) {}

    static final Endpoint<?> UPDATE_ITEM = route(PUT, "/items/<item_id>") // path, query and body
            .param(path("item_id", int_()))
            .param(query("q", str().optional()))
            .param(body(ITEM))
            .handle((itemId, q, item) -> new Update(itemId, q.orElse(null), item));
    // README: end

    @Test
    void should_read_the_body_into_the_model_and_say_what_is_wrong() {
        try (var client = TestClient.of(api("Bodies", "1").routes(CREATE_ITEM, UPDATE_ITEM))) {
            client.post("/items/")
                    .json("{\"name\":\"Foo\",\"price\":35.4}")
                    .send()
                    .assertStatus(200)
                    .assertText("""
                    {"name":"Foo","description":null,"price":35.4,"tax":null}""");
            client.post("/items/")
                    .json("{\"name\":\"Foo\"}")
                    .send()
                    .assertStatus(422)
                    .assertText(
                            """
                    {"detail":[{"type":"missing","loc":["body","price"],"msg":"Field required","input":{"name":"Foo"}}]}""");
            client.post("/items/")
                    .json("{\"name\":")
                    .send()
                    .assertStatus(422)
                    .assertText(
                            """
                    {"detail":[{"type":"json_invalid","loc":["body",8],"msg":"JSON decode error","input":{},"ctx":{"error":"Expecting value"}}]}""");
            client.put("/items/5?q=x")
                    .json("{\"name\":\"Foo\",\"price\":1}")
                    .send()
                    .assertStatus(200)
                    .assertText(
                            """
                    {"item_id":5,"q":"x","item":{"name":"Foo","description":null,"price":1.0,"tax":null}}""");
        }
    }
}
