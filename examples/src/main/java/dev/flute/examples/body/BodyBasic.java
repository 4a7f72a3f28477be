package dev.flute.examples.body;

import static dev.flute.dsl.Flute.*;

import dev.flute.dsl.Api;
import dev.flute.dsl.Endpoint;
import dev.flute.dsl.types.ModelType;

/** Seed §2.3.1: a JSON body read into a model and sent back. */
public final class BodyBasic {
    private BodyBasic() {}

    public record Item(String name, String description, double price, Double tax) {}

    static final ModelType<Item> ITEM = model(Item.class).field("description", str().nullable());

    static final Endpoint CREATE_ITEM =
            route(POST, "/items/").name("create_item").param(body(ITEM)).handle(item -> item);

    public static Api app() {
        return api("FastAPI", "0.1.0").routes(CREATE_ITEM);
    }
}
