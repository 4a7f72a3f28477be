package dev.flute.examples.schema;

import static dev.flute.dsl.Flute.*;

import dev.flute.dsl.Api;
import dev.flute.dsl.Endpoint;
import dev.flute.dsl.types.ModelType;

/** Seed §2.4.1: examples declared on each field ({@code Field(examples=[...])}). */
public final class SchemaExtraField {
    private SchemaExtraField() {}

    public record Item(String name, String description, double price, Double tax) {}

    static final ModelType<Item> ITEM = model(Item.class)
            .field("name", str().examples("Foo"))
            .field("description", str().nullable().examples("A very nice Item"))
            .field("price", double_().examples(35.4))
            .field("tax", double_().nullable().examples(3.2));

    static final Endpoint UPDATE_ITEM = route(PUT, "/items/<item_id>")
            .name("update_item")
            .param(path("item_id", long_()))
            .param(body(ITEM))
            .handle((itemId, item) -> SchemaExtraModel.results(itemId, item));

    public static Api app() {
        return api("FastAPI", "0.1.0").routes(UPDATE_ITEM);
    }
}
