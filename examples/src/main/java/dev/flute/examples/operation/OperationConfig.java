package dev.flute.examples.operation;

import static dev.flute.dsl.Flute.*;

import dev.flute.dsl.Api;
import dev.flute.dsl.Endpoint;
import dev.flute.dsl.types.ModelType;
import java.util.Set;

/**
 * Seed §2.1.6: a route's documentation: response model, summary, and a description that stops at
 * a form feed, as FastAPI cuts a docstring there.
 */
public final class OperationConfig {
    private OperationConfig() {}

    public record Item(String name, String description, double price, Double tax, Set<String> tags) {}

    static final ModelType<Item> ITEM = model(Item.class)
            .field("description", str().nullable())
            .field("tags", setOf(str()).withDefault(Set.of()));

    static final Endpoint CREATE_ITEM = route(POST, "/items/")
            .name("create_item")
            .returns(ITEM)
            .summary("Create an item")
            .description(
                    """
                    Create an item with all the information:

                    - **name**: each item must have a name
                    - **description**: a long description
                    - **price**: required
                    - **tax**: if the item doesn't have tax, you can omit this
                    - **tags**: a set of unique tag strings for this item
                    \f
                    :param item: User input.
                    """)
            .param(body(ITEM))
            .handle(item -> item);

    public static Api app() {
        return api("FastAPI", "0.1.0").routes(CREATE_ITEM);
    }
}
