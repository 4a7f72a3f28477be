package dev.flute.examples.readme;

import static dev.flute.dsl.Flute.*;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.flute.dsl.Endpoint;
import dev.flute.dsl.Json;
import dev.flute.dsl.testing.TestClient;
import dev.flute.dsl.types.ModelType;
import dev.flute.dsl.types.Partial;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;

class PartialUpdatesTest {
    // README: partial-updates
    public record Item(String name, String description, Double price, double tax, List<String> tags) {}

    static final ModelType<Item> ITEM = model(Item.class) // every field may be left out
            .field("name", str().nullable())
            .field("description", str().nullable())
            .field("tax", double_().withDefault(10.5))
            .field("tags", listOf(str()).withDefault(List.of()));

    static final Map<String, Item> ITEMS =
            new ConcurrentHashMap<>(Map.of("bar", new Item("Bar", "The bartenders", 62.0, 20.2, List.of())));

    static final Endpoint<Item> UPDATE_ITEM = route(PATCH, "/items/<item_id>")
            .param(path("item_id", str()))
            .param(body(ITEM.partial())) // a Partial<Item>: the value, and which fields were sent
            .returns(ITEM)
            .handle((id, patch) -> ITEMS.compute(id, (key, stored) -> patch.applyTo(stored)));

    static final Endpoint<Partial<Item>> READ_SENT = route(POST, "/echo-sent/")
            .param(body(ITEM.partial()))
            .returns(json(ITEM.partial()).excludeUnset()) // response_model_exclude_unset
            .handle(patch -> patch);
    // README: end

    @Test
    void should_change_only_the_fields_sent() {
        try (var client = TestClient.of(api("Patch", "1").routes(UPDATE_ITEM, READ_SENT))) {
            client.patch("/items/bar")
                    .json("{\"price\":50,\"tags\":[\"x\"]}")
                    .send()
                    .assertStatus(200)
                    .assertText(
                            """
                    {"name":"Bar","description":"The bartenders","price":50.0,"tax":20.2,"tags":["x"]}""");
            client.post("/echo-sent/")
                    .json("{\"name\":\"Foo\",\"price\":1}")
                    .send()
                    .assertStatus(200)
                    .assertText("""
                    {"name":"Foo","price":1.0}""");
        }
    }

    @Test
    void should_encode_as_jsonable_encoder_does() {
        // README: jsonable-encoder
        Map<String, LocalDateTime> value = Map.of("at", LocalDateTime.of(2024, 5, 1, 10, 0));
        Object encodable = Json.encodable(value); // {at=2024-05-01T10:00:00}: maps, lists, strings, numbers
        String json = Json.write(value); // {"at":"2024-05-01T10:00:00"}: what a response sends
        // README: end
        assertEquals(Map.of("at", "2024-05-01T10:00:00"), encodable);
        assertEquals("{\"at\":\"2024-05-01T10:00:00\"}", json);
    }
}
