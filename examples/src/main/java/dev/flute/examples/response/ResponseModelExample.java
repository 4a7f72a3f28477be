package dev.flute.examples.response;

import static dev.flute.dsl.Flute.*;

import dev.flute.dsl.Api;
import dev.flute.dsl.Endpoint;
import dev.flute.dsl.types.ModelType;
import java.util.List;

/**
 * Seed §2.7.1: results sent through response models. The list route returns plain maps; the model
 * fills in the fields they leave out and drops anything it does not declare.
 */
public final class ResponseModelExample {
    private ResponseModelExample() {}

    public record Item(String name, String description, double price, Double tax, List<String> tags) {}

    static final ModelType<Item> ITEM = model(Item.class)
            .field("description", str().nullable())
            .field("tags", listOf(str()).withDefault(List.of()));

    static final Endpoint CREATE_ITEM = route(POST, "/items/")
            .name("create_item")
            .returns(ITEM)
            .param(body(ITEM))
            .handle(item -> item);

    static final Endpoint READ_ITEMS = route(GET, "/items/")
            .name("read_items")
            .returns(listOf(ITEM))
            .handle(() -> List.of(
                    new Item("Portal Gun", null, 42.0, null, List.of()),
                    new Item("Plumbus", null, 32.0, null, List.of())));

    public static Api app() {
        return api("FastAPI", "0.1.0").routes(CREATE_ITEM, READ_ITEMS);
    }
}
