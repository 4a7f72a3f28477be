package dev.flute.examples.demo;

import static dev.flute.dsl.Flute.*;
import static dev.flute.examples.demo.Paging.PAGING;
import static dev.flute.examples.demo.UserModels.NOTIFICATION;

import dev.flute.dsl.Endpoint;
import dev.flute.examples.demo.UserModels.Notification;
import java.sql.SQLException;
import java.util.List;

/**
 * Notifications: written by background tasks after the response has gone (FastAPI's
 * {@code BackgroundTasks} sending an email), read by their user at {@code GET /users/me/notifications}.
 */
final class Notifications {
    private static final System.Logger LOG = System.getLogger("dev.flute.examples.demo");

    private final Database database;
    private final Security security;

    Notifications(Database database, Security security) {
        this.database = database;
        this.security = security;
    }

    /** Stores a message for a user in a transaction of its own: a blocking task, {@code tasks.addBlocking(...)}. */
    void send(long userId, String message) {
        try {
            database.inTransaction(db -> {
                NotificationStore.add(db, userId, message);
                return null;
            });
            LOG.log(System.Logger.Level.INFO, "notified user " + userId + ": " + message);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot store the notification for user " + userId, e);
        }
    }

    /** {@code GET /users/me/notifications}: the current user's, newest first. */
    Endpoint<List<Notification>> mine() {
        return route(GET, "/users/me/notifications")
                .operationId("readMyNotifications")
                .summary("My notifications, newest first")
                .tags("users")
                .returns(listOf(NOTIFICATION))
                .depends(security.currentUser())
                .depends(PAGING)
                .depends(database.session())
                .blocking()
                .handle((user, paging, db) -> NotificationStore.of(db, user.id(), paging.offset(), paging.limit()));
    }
}
