package dev.flute.examples.demo;

import static dev.flute.dsl.Flute.*;
import static dev.flute.examples.demo.Errors.FORBIDDEN;
import static dev.flute.examples.demo.Errors.NOT_FOUND;
import static dev.flute.examples.demo.ItemFeed.FEED;
import static dev.flute.examples.demo.ItemFilter.FILTER;
import static dev.flute.examples.demo.ItemModels.*;
import static dev.flute.examples.demo.Paging.PAGING;

import dev.flute.dsl.BackgroundTasks;
import dev.flute.dsl.Endpoint;
import dev.flute.examples.demo.Errors.Detail;
import dev.flute.examples.demo.UserModels.UserPublic;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/**
 * The items' routes: a public catalogue anyone may read, which its owners write. Every change is
 * told to the feed by a background task, so listeners hear of it once it is committed.
 */
final class Items {
    private final Database database;
    private final Security security;
    private final Images images;

    Items(Database database, Security security, Images images) {
        this.database = database;
        this.security = security;
        this.images = images;
    }

    List<Endpoint<?>> routes() {
        return List.of(list(), create(), read(), patch(), delete());
    }

    /** {@code GET /items/}: a page of the items the filter lets through, and how many it lets through. */
    Endpoint<ItemList> list() {
        return route(GET, "/items/")
                .operationId("listItems")
                .summary("List items")
                .tags("items")
                .returns(ITEM_LIST)
                .depends(FILTER)
                .depends(PAGING)
                .depends(database.session())
                .blocking()
                .handle((filter, paging, db) ->
                        new ItemList(ItemStore.page(db, filter, paging), ItemStore.count(db, filter)));
    }

    /** {@code POST /items/}: a new item of the current user (201). */
    Endpoint<Item> create() {
        return route(POST, "/items/")
                .operationId("createItem")
                .summary("Create an item")
                .tags("items")
                .status(201)
                .returns(ITEM)
                .param(body(ITEM_IN))
                .depends(security.currentUser())
                .param(backgroundTasks())
                .depends(FEED)
                .depends(database.session())
                .blocking()
                .handle((in, user, tasks, feed, db) -> {
                    Item item = ItemStore.insert(db, user.id(), in);
                    tell(tasks, feed, Change.created, item);
                    return item;
                });
    }

    /** {@code GET /items/<item_id>}: one item; 404 when there is none. */
    Endpoint<Item> read() {
        return route(GET, "/items/<item_id>")
                .operationId("readItem")
                .summary("Read an item")
                .tags("items")
                .returns(ITEM)
                .error(NOT_FOUND)
                .param(path("item_id", long_()))
                .depends(database.session())
                .blocking()
                .handle((id, db) -> existing(db, id));
    }

    /** {@code PATCH /items/<item_id>}: only the fields sent change; {@code null} clears the description. */
    Endpoint<Item> patch() {
        return route(PATCH, "/items/<item_id>")
                .operationId("updateItem")
                .summary("Update some fields of an item")
                .tags("items")
                .returns(ITEM)
                .error(NOT_FOUND)
                .error(FORBIDDEN)
                .param(path("item_id", long_()))
                .param(body(ITEM_PATCH))
                .depends(security.currentUser())
                .param(backgroundTasks())
                .depends(FEED)
                .depends(database.session())
                .blocking()
                .handle((id, patch, user, tasks, feed, db) -> {
                    Item stored = owned(db, id, user);
                    Item item = ItemStore.update(db, id, patch.applyTo(stored.input()));
                    tell(tasks, feed, Change.updated, item);
                    return item;
                });
    }

    /** {@code DELETE /items/<item_id>}: 204; the picture goes too, once the deletion is committed. */
    Endpoint<Void> delete() {
        return route(DELETE, "/items/<item_id>")
                .operationId("deleteItem")
                .summary("Delete an item")
                .tags("items")
                .returns(noContent())
                .error(NOT_FOUND)
                .error(FORBIDDEN)
                .param(path("item_id", long_()))
                .depends(security.currentUser())
                .param(backgroundTasks())
                .depends(FEED)
                .depends(database.session())
                .blocking()
                .handle((id, user, tasks, feed, db) -> {
                    Item item = owned(db, id, user);
                    ItemStore.delete(db, id);
                    tell(tasks, feed, Change.deleted, item);
                    tasks.addBlocking(() -> images.delete(id));
                    return null;
                });
    }

    static Item existing(Connection db, long id) throws SQLException {
        return ItemStore.find(db, id).orElseThrow(() -> NOT_FOUND.of(new Detail("Item not found")));
    }

    /** The item, if {@code user} owns it: 404 when there is none, 403 when it is someone else's. */
    static Item owned(Connection db, long id, UserPublic user) throws SQLException {
        Item item = existing(db, id);
        if (!item.owner().equals(user.username())) throw FORBIDDEN.of(new Detail("Not the owner of this item"));
        return item;
    }

    /** A background task: it runs after the response, which leaves after the commit. */
    static void tell(BackgroundTasks tasks, ItemFeed feed, Change change, Item item) {
        tasks.add(() -> {
            feed.publish(new ItemEvent(change, item));
            return null;
        });
    }
}
