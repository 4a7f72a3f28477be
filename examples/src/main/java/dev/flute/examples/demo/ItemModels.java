package dev.flute.examples.demo;

import static dev.flute.dsl.Flute.*;

import dev.flute.dsl.types.DoubleType;
import dev.flute.dsl.types.ModelType;
import dev.flute.dsl.types.NullableType;
import dev.flute.dsl.types.PartialType;
import dev.flute.dsl.types.StrType;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * What the items' routes read and answer, and the change events they publish. Components are named
 * as they are sent (snake_case): an event reads the same on the SSE feed and the websocket channel.
 */
public final class ItemModels {
    private ItemModels() {}

    /** What a client writes: a new item, a replacement, or (partially) a patch. */
    public record ItemIn(String name, String description, Double price) {}

    /** An item as stored; {@code image_url} is where its picture is served, when it has one. */
    public record Item(
            long id,
            String name,
            String description,
            double price,
            String owner,
            String image_url,
            OffsetDateTime created_at,
            OffsetDateTime updated_at) {

        /** The fields a client writes, as they are now: what a patch is applied to. */
        ItemIn input() {
            return new ItemIn(name, description, price);
        }
    }

    /** One page of items and how many match in all. */
    public record ItemList(List<Item> data, long count) {}

    public enum Change {
        created,
        updated,
        deleted
    }

    /** What happened to an item: sent to the SSE feed and the websocket channel. */
    public record ItemEvent(Change change, Item item) {}

    private static final StrType NAME = str().minLength(1).maxLength(100).examples("Hammer");
    private static final NullableType<String> DESCRIPTION =
            str().maxLength(1000).nullable();
    private static final DoubleType PRICE = double_().gt(0).le(1_000_000).examples(12.5);

    static final ModelType<ItemIn> ITEM_IN = model(ItemIn.class)
            .forbidExtra()
            .field("name", NAME)
            .field("description", DESCRIPTION)
            .field("price", PRICE);

    /**
     * {@code PATCH}: every field may be left out, and only those sent change. {@code null} clears the
     * description; a name or price cannot be null (Pydantic's {@code name: str = None}).
     */
    static final PartialType<ItemIn> ITEM_PATCH = model(ItemIn.class)
            .name("ItemPatch")
            .forbidExtra()
            .field("name", NAME.withDefault(null))
            .field("description", DESCRIPTION)
            .field("price", PRICE.withDefault(null))
            .partial();

    static final ModelType<Item> ITEM =
            model(Item.class).field("description", str().nullable()).field("image_url", str().nullable());

    static final ModelType<ItemList> ITEM_LIST = model(ItemList.class).field("data", listOf(ITEM));

    static final ModelType<ItemEvent> ITEM_EVENT = model(ItemEvent.class).field("item", ITEM);
}
