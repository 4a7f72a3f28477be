package dev.flute.examples.response;

import static dev.flute.dsl.Flute.*;

import dev.flute.dsl.Api;
import dev.flute.dsl.Endpoint;
import dev.flute.dsl.Json;
import dev.flute.dsl.http.Response;
import dev.flute.dsl.types.ModelType;
import java.time.temporal.Temporal;

/**
 * Seed §2.7.4: {@code jsonable_encoder}. The model is turned into plain JSON-ready values and sent
 * in a response object; its date-time keeps the form it came in (naive, {@code Z}, an offset).
 */
public final class JsonableEncoder {
    private JsonableEncoder() {}

    public record Item(String title, Temporal timestamp, String description) {}

    static final ModelType<Item> ITEM = model(Item.class).field("description", str().nullable());

    static final Endpoint UPDATE_ITEM = route(PUT, "/items/<id>")
            .name("update_item")
            .param(path("id", str()))
            .param(body(ITEM))
            .handle((id, item) -> Response.json(Json.encodable(item)));

    public static Api app() {
        return api("FastAPI", "0.1.0").routes(UPDATE_ITEM);
    }
}
