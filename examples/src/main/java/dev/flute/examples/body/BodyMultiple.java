package dev.flute.examples.body;

import static dev.flute.dsl.Flute.*;

import dev.flute.dsl.Api;
import dev.flute.dsl.Endpoint;
import dev.flute.dsl.types.ModelType;
import java.util.LinkedHashMap;

/** Seed §2.3.4: two bodies, each embedded under its name. */
public final class BodyMultiple {
    private BodyMultiple() {}

    public record User(String username, String full_name) {}

    static final ModelType<User> USER = model(User.class).field("full_name", str().nullable());

    static final Endpoint UPDATE_ITEM = route(PUT, "/items/<item_id>")
            .name("update_item")
            .param(path("item_id", long_()))
            .param(body(BodyBasic.ITEM))
            .param(body(USER))
            .handle((itemId, item, user) -> {
                var results = new LinkedHashMap<String, Object>();
                results.put("item_id", itemId);
                results.put("item", item);
                results.put("user", user);
                return results;
            });

    public static Api app() {
        return api("FastAPI", "0.1.0").routes(UPDATE_ITEM);
    }
}
