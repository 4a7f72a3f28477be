package dev.flute.examples.readme;

import static dev.flute.dsl.Flute.*;

import dev.flute.dsl.Endpoint;
import dev.flute.dsl.testing.TestClient;
import dev.flute.dsl.types.Type;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ValidationsTest {
    // README: validations
    record Found(int item_id, String q) {}

    static final Endpoint<?> READ_ITEM = route(GET, "/items/<item_id>")
            .param(path("item_id", int_().ge(1).le(1000).title("The ID of the item to get")))
            .param(query("item-query", str().minLength(3).maxLength(50).optional()))
            .handle((itemId, q) -> new Found(itemId, q.orElse(null)));
    // README: end

    // README: types
    static final Type<String> NAME = str().minLength(1).maxLength(50).pattern("^[a-z]+$");
    static final Type<Long> ID =
            long_().gt(0).title("Item id").description("Its key").examples(1, 2);
    static final Type<Double> PRICE = double_().gt(0).multipleOf(0.5);
    static final Type<List<String>> TAGS = listOf(str()).minLength(1).maxLength(10); // too_short, too_long
    static final Type<Optional<String>> NOTE = str().optional(); // absent: Optional.empty()
    static final Type<Integer> LIMIT = int_().withDefault(10); // absent: 10
    static final Type<Double> TAX = double_().nullable(); // absent or null: null
    static final Type<Boolean> SHORT = bool().deprecated(); // true, 1, yes, on, ...
    // README: end

    @Test
    void should_report_every_broken_constraint_at_once() {
        try (var client = TestClient.of(api("Validations", "1").routes(READ_ITEM))) {
            client.get("/items/7?item-query=abc")
                    .send()
                    .assertStatus(200)
                    .assertText("""
                    {"item_id":7,"q":"abc"}""");
            client.get("/items/0?item-query=ab")
                    .send()
                    .assertStatus(422)
                    .assertText(
                            """
                    {"detail":[{"type":"greater_than_equal","loc":["path","item_id"],"msg":"Input should be greater than or equal to 1","input":"0","ctx":{"ge":1}},{"type":"string_too_short","loc":["query","item-query"],"msg":"String should have at least 3 characters","input":"ab","ctx":{"min_length":3}}]}""");
        }
    }

    @Test
    void should_measure_a_list_as_sent() {
        var route = route(POST, "/tags")
                .param(body("tags", listOf(int_()).maxLength(2)))
                .handle(tags -> tags);
        try (var client = TestClient.of(api("Lists", "1").routes(route))) {
            client.post("/tags")
                    .json("[\"1\",\"2\",\"x\"]")
                    .send()
                    .assertStatus(422)
                    .assertText(
                            """
                    {"detail":[{"type":"too_long","loc":["body"],"msg":"List should have at most 2 items after validation, not 3","input":["1","2","x"],"ctx":{"field_type":"List","max_length":2,"actual_length":3}}]}""");
        }
    }
}
