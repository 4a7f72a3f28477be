package dev.flute.examples.demo;

import dev.flute.examples.demo.UserModels.Notification;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/** The notifications table: what background tasks tell users, newest first. */
final class NotificationStore {
    private NotificationStore() {}

    static void add(Connection db, long userId, String message) throws SQLException {
        try (var insert =
                db.prepareStatement("INSERT INTO notifications (user_id, message, created_at) VALUES (?, ?, ?)")) {
            insert.setLong(1, userId);
            insert.setString(2, message);
            insert.setObject(3, Database.now());
            insert.executeUpdate();
        }
    }

    static List<Notification> of(Connection db, long userId, int offset, int limit) throws SQLException {
        try (var query = db.prepareStatement("SELECT id, message, created_at FROM notifications WHERE user_id = ?"
                + " ORDER BY id DESC LIMIT ? OFFSET ?")) {
            query.setLong(1, userId);
            query.setInt(2, limit);
            query.setInt(3, offset);
            try (var rows = query.executeQuery()) {
                var out = new ArrayList<Notification>();
                while (rows.next()) {
                    out.add(new Notification(
                            rows.getLong(1), rows.getString(2), rows.getObject(3, OffsetDateTime.class)));
                }
                return out;
            }
        }
    }
}
