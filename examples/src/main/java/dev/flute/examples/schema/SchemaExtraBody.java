package dev.flute.examples.schema;

import static dev.flute.dsl.Flute.*;

import dev.flute.dsl.Api;
import dev.flute.dsl.Endpoint;
import dev.flute.dsl.types.ModelType;

/** Seed §2.4.1: examples declared where the body is used ({@code Body(examples=[...])}). */
public final class SchemaExtraBody {
    private SchemaExtraBody() {}

    public record Item(String name, String description, double price, Double tax) {}

    static final ModelType<Item> ITEM = model(Item.class).field("description", str().nullable());

    static final Endpoint UPDATE_ITEM = route(PUT, "/items/<item_id>")
            .name("update_item")
            .param(path("item_id", long_()))
            .param(body(ITEM).examples(SchemaExtraModel.fooItem()))
            .handle((itemId, item) -> SchemaExtraModel.results(itemId, item));

    public static Api app() {
        return api("FastAPI", "0.1.0").routes(UPDATE_ITEM);
    }
}
