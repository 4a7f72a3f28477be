package dev.flute.examples.readme;

import static dev.flute.dsl.Flute.*;

import dev.flute.dsl.Api;
import dev.flute.dsl.Dep;
import dev.flute.dsl.Endpoint;
import dev.flute.dsl.http.HttpError;
import dev.flute.dsl.types.ModelType;

/** The API the README's Testing section tests ({@link TestingGuideTest}). */
final class ItemRoutes {
    private ItemRoutes() {}

    public record User(String name) {}

    public record Item(String name, double price) {}

    static final ModelType<Item> ITEM =
            model(Item.class).field("price", double_().gt(0));

    /** The real check is left out: the tests replace it, or see it refuse. */
    static final Dep<User> CURRENT_USER = dep(header("authorization", str()), token -> {
        throw new HttpError(401, "Not authenticated");
    });

    // README: testing-app
    static Item readItem(int id, User user) {
        return new Item("Item " + id + " of " + user.name(), 9.5);
    }

    static final Endpoint<Item> READ_ITEM = route(GET, "/items/<item_id>")
            .param(path("item_id", int_()))
            .depends(CURRENT_USER)
            .returns(ITEM)
            .handle(ItemRoutes::readItem);

    static Api app() {
        return api("Items", "1.0").routes(READ_ITEM).response(401, "Not authenticated");
    }
    // README: end
}
