package dev.flute.examples.demo;

import dev.flute.examples.demo.ItemModels.Item;
import dev.flute.examples.demo.ItemModels.ItemIn;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The items table, in plain JDBC: called from blocking handlers with the request's connection. */
final class ItemStore {
    private ItemStore() {}

    private static final String SELECT = "SELECT i.id, i.name, i.description, i.price, u.username, i.has_image,"
            + " i.created_at, i.updated_at FROM items i JOIN users u ON u.id = i.owner_id";

    static Optional<Item> find(Connection db, long id) throws SQLException {
        try (var query = db.prepareStatement(SELECT + " WHERE i.id = ?")) {
            query.setLong(1, id);
            try (var rows = query.executeQuery()) {
                return rows.next() ? Optional.of(item(rows)) : Optional.empty();
            }
        }
    }

    /** The items the filter lets through, oldest first, one page of them. */
    static List<Item> page(Connection db, ItemFilter filter, Paging paging) throws SQLException {
        ItemFilter.Where where = filter.where();
        try (var query = db.prepareStatement(SELECT + " WHERE " + where.sql() + " ORDER BY i.id LIMIT ? OFFSET ?")) {
            int next = bind(query, where.parameters());
            query.setInt(next, paging.limit());
            query.setInt(next + 1, paging.offset());
            try (var rows = query.executeQuery()) {
                var items = new ArrayList<Item>();
                while (rows.next()) items.add(item(rows));
                return items;
            }
        }
    }

    static long count(Connection db, ItemFilter filter) throws SQLException {
        ItemFilter.Where where = filter.where();
        try (var query = db.prepareStatement(
                "SELECT COUNT(*) FROM items i JOIN users u ON u.id = i.owner_id WHERE " + where.sql())) {
            bind(query, where.parameters());
            try (var rows = query.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    static Item insert(Connection db, long ownerId, ItemIn in) throws SQLException {
        OffsetDateTime now = Database.now();
        try (var insert = db.prepareStatement(
                "INSERT INTO items (owner_id, name, description, price, created_at, updated_at)"
                        + " VALUES (?, ?, ?, ?, ?, ?)",
                Statement.RETURN_GENERATED_KEYS)) {
            insert.setLong(1, ownerId);
            insert.setString(2, in.name());
            insert.setString(3, in.description());
            insert.setDouble(4, in.price());
            insert.setObject(5, now);
            insert.setObject(6, now);
            insert.executeUpdate();
            try (var keys = insert.getGeneratedKeys()) {
                keys.next();
                return find(db, keys.getLong(1)).orElseThrow();
            }
        }
    }

    /** Writes the client's fields of an item; the item as it is now. */
    static Item update(Connection db, long id, ItemIn in) throws SQLException {
        try (var update = db.prepareStatement(
                "UPDATE items SET name = ?, description = ?, price = ?, updated_at = ? WHERE id = ?")) {
            update.setString(1, in.name());
            update.setString(2, in.description());
            update.setDouble(3, in.price());
            update.setObject(4, Database.now());
            update.setLong(5, id);
            update.executeUpdate();
        }
        return find(db, id).orElseThrow();
    }

    /** Records that the item has a picture now. */
    static Item withImage(Connection db, long id) throws SQLException {
        try (var update = db.prepareStatement("UPDATE items SET has_image = TRUE, updated_at = ? WHERE id = ?")) {
            update.setObject(1, Database.now());
            update.setLong(2, id);
            update.executeUpdate();
        }
        return find(db, id).orElseThrow();
    }

    static void delete(Connection db, long id) throws SQLException {
        try (var delete = db.prepareStatement("DELETE FROM items WHERE id = ?")) {
            delete.setLong(1, id);
            delete.executeUpdate();
        }
    }

    /** Binds the parameters from the first placeholder on; the index of the next one. */
    private static int bind(PreparedStatement statement, List<Object> parameters) throws SQLException {
        int index = 1;
        for (Object parameter : parameters) statement.setObject(index++, parameter);
        return index;
    }

    private static Item item(ResultSet row) throws SQLException {
        long id = row.getLong(1);
        return new Item(
                id,
                row.getString(2),
                row.getString(3),
                row.getDouble(4),
                row.getString(5),
                row.getBoolean(6) ? "/items/" + id + "/image" : null,
                row.getObject(7, OffsetDateTime.class),
                row.getObject(8, OffsetDateTime.class));
    }
}
