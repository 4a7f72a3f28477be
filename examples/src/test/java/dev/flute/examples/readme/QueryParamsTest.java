package dev.flute.examples.readme;

import static dev.flute.dsl.Flute.*;

import dev.flute.dsl.Endpoint;
import dev.flute.dsl.testing.TestClient;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class QueryParamsTest {
    static final List<Map<String, String>> FAKE_ITEMS =
            List.of(Map.of("item_name", "Foo"), Map.of("item_name", "Bar"), Map.of("item_name", "Baz"));

    // README: query-params
    static final Endpoint<?> READ_ITEMS = route(GET, "/items/")
            .param(query("skip", int_().ge(0).withDefault(0)))
            .param(query("limit", int_().ge(0).withDefault(10)))
            .handle((skip, limit) -> FAKE_ITEMS.stream().skip(skip).limit(limit).toList());

    record ItemQuery(String item_id, String q) {}

    static final Endpoint<?> READ_ITEM = route(GET, "/items/<item_id>")
            .param(path("item_id", str()))
            .param(query("q", str().optional())) // absent: Optional.empty()
            .handle((itemId, q) -> new ItemQuery(itemId, q.orElse(null)));

    static final Endpoint<?> SEARCH = route(GET, "/search/")
            .param(query("q", listOf(str()))) // ?q=foo&q=bar
            .handle(q -> Map.of("q", q));
    // README: end

    @Test
    void should_read_defaults_optionals_and_repeated_values() {
        try (var client = TestClient.of(api("Queries", "1").routes(READ_ITEMS, READ_ITEM, SEARCH))) {
            client.get("/items/?skip=1")
                    .send()
                    .assertStatus(200)
                    .assertText("""
                    [{"item_name":"Bar"},{"item_name":"Baz"}]""");
            client.get("/items/foo?q=bar")
                    .send()
                    .assertStatus(200)
                    .assertText("""
                    {"item_id":"foo","q":"bar"}""");
            client.get("/items/foo")
                    .send()
                    .assertStatus(200)
                    .assertText("""
                    {"item_id":"foo","q":null}""");
            client.get("/search/?q=foo&q=bar")
                    .send()
                    .assertStatus(200)
                    .assertText("""
                    {"q":["foo","bar"]}""");
            client.get("/search/")
                    .send()
                    .assertStatus(422)
                    .assertText(
                            """
                    {"detail":[{"type":"missing","loc":["query","q"],"msg":"Field required","input":null}]}""");
        }
    }
}
