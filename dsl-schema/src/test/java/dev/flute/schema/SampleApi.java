package dev.flute.schema;

import static dev.flute.dsl.Flute.*;

import dev.flute.dsl.Api;
import dev.flute.dsl.Dep;
import dev.flute.dsl.Operation;
import dev.flute.dsl.http.HttpError;
import dev.flute.dsl.types.ModelType;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A small shop that uses every feature the document describes: groups with tags, responses and a
 * guarding dependency, path/query/header/cookie inputs with constraints and metadata, enums, models
 * with nested and optional models, bodies, response models, extra responses with models, an
 * {@code openapiExtra}, a deprecated and a hidden operation, a 201 and a 204. It is the subject of
 * the approved document, of the export command ({@code --api dev.flute.schema.SampleApi}) and of the
 * browser test.
 */
public final class SampleApi {
    private SampleApi() {}

    public enum Size {
        S,
        M,
        L
    }

    public record Dimensions(double width, double height) {}

    public record Item(String name, String description, double price, Size size, Set<String> tags, Dimensions box) {}

    public record Problem(String detail) {}

    static final ModelType<Item> ITEM = model(Item.class)
            .description("Something the shop sells.")
            .field("name", str().minLength(1).maxLength(40).examples("Plumbus"))
            .field("description", str().nullable())
            .field("price", double_().gt(0).description("In euros"))
            .field("size", enum_(Size.class).withDefault(Size.M))
            .field("tags", setOf(str()).withDefault(Set.of()))
            .field("box", model(Dimensions.class).nullable());

    static final ModelType<Problem> PROBLEM = model(Problem.class);

    static final Dep<String> TOKEN = dep(header("x_token", str().description("The shop's API token")), token -> {
        if (!token.equals("secret")) throw new HttpError(400, "X-Token header invalid");
        return token;
    });

    static final Dep<Map<String, Object>> PAGE = dep(
            query("skip", int_().ge(0).withDefault(0)),
            query("limit", int_().ge(1).le(100).withDefault(10)),
            (skip, limit) -> Map.of("skip", skip, "limit", limit));

    static final Map<UUID, Item> STORE = new ConcurrentHashMap<>();

    /** The API, with its data reset. */
    public static Api api() {
        STORE.clear();
        STORE.put(
                UUID.fromString("3fa85f64-5717-4562-b3fc-2c963f66afa6"),
                new Item("Plumbus", null, 9.5, Size.M, Set.of("home"), null));
        return dev.flute.dsl.Flute.api("Shop", "1.2.0")
                .description("Everything the **shop** sells.")
                .routes(route(GET, "/health").name("health").tags("meta").handle(() -> Map.of("ok", true)))
                .group(group("/items")
                        .tags("items")
                        .dependencies(TOKEN)
                        .response(404, "Item not found")
                        .routes(
                                route(GET, "/")
                                        .name("list_items")
                                        .depends(PAGE)
                                        .param(query("size", enum_(Size.class).optional()))
                                        .param(query(
                                                "tag", listOf(str()).optional().description("Any of these tags")))
                                        .returns(listOf(ITEM))
                                        .handle((page, size, tag) -> List.copyOf(STORE.values())),
                                route(GET, "/<item_id>")
                                        .name("read_item")
                                        .summary("Read one item")
                                        .description("Finds an item by its id.\fInternal notes stay out.")
                                        .param(path("item_id", uuid().description("The item's id")))
                                        .param(cookie(
                                                "session", str().optional().deprecated()))
                                        .response(
                                                404, new Operation.ResponseDoc("No such item", json(PROBLEM), Map.of()))
                                        .returns(ITEM)
                                        .handle((id, session) -> {
                                            Item item = STORE.get(id);
                                            if (item == null) throw new HttpError(404, "Item not found");
                                            return item;
                                        }),
                                route(POST, "/")
                                        .name("create_item")
                                        .status(201)
                                        .param(body(ITEM))
                                        .param(query("notify", bool().withDefault(false)))
                                        .returns(ITEM)
                                        .openapiExtra(Map.of("x-audit", Map.of("level", "full")))
                                        .handle((item, notify) -> {
                                            STORE.put(UUID.randomUUID(), item);
                                            return item;
                                        }),
                                route(PUT, "/<item_id>/price")
                                        .name("set_price")
                                        .deprecated()
                                        .param(path("item_id", uuid()))
                                        .param(body("price", double_().gt(0)))
                                        .param(body("reason", str().nullable()))
                                        .handle((id, price, reason) -> Map.of("price", price)),
                                route(DELETE, "/<item_id>")
                                        .name("delete_item")
                                        .status(204)
                                        .param(path("item_id", uuid()))
                                        .handle(id -> {
                                            STORE.remove(id);
                                            return dev.flute.dsl.http.Response.empty(204);
                                        }),
                                route(GET, "/internal/stats")
                                        .name("stats")
                                        .includeInSchema(false)
                                        .handle(() -> Map.of("count", STORE.size()))));
    }
}
