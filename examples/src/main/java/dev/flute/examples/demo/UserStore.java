package dev.flute.examples.demo;

import dev.flute.examples.demo.UserModels.UserPublic;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The users table, in plain JDBC: called from blocking handlers and tasks with the request's connection. */
final class UserStore {
    private UserStore() {}

    /** A stored user with what only the server may see. */
    record Account(UserPublic user, String hashedPassword) {}

    private static final String COLUMNS = "id, username, email, full_name, is_admin, created_at, hashed_password";

    /**
     * Inserts a user; a taken username fails with the database's integrity violation (SQL state
     * class 23), which the caller answers.
     */
    static UserPublic insert(
            Connection db, String username, String email, String fullName, String hashedPassword, boolean admin)
            throws SQLException {
        var now = Database.now();
        try (var insert = db.prepareStatement(
                "INSERT INTO users (username, email, full_name, hashed_password, is_admin, created_at)"
                        + " VALUES (?, ?, ?, ?, ?, ?)",
                Statement.RETURN_GENERATED_KEYS)) {
            insert.setString(1, username);
            insert.setString(2, email);
            insert.setString(3, fullName);
            insert.setString(4, hashedPassword);
            insert.setBoolean(5, admin);
            insert.setObject(6, now);
            insert.executeUpdate();
            try (var keys = insert.getGeneratedKeys()) {
                keys.next();
                return new UserPublic(keys.getLong(1), username, email, fullName, admin, now);
            }
        }
    }

    static Optional<Account> byUsername(Connection db, String username) throws SQLException {
        try (var query = db.prepareStatement("SELECT " + COLUMNS + " FROM users WHERE username = ?")) {
            query.setString(1, username);
            try (var rows = query.executeQuery()) {
                return rows.next() ? Optional.of(account(rows)) : Optional.empty();
            }
        }
    }

    /** A page of users in the order they signed up. */
    static List<UserPublic> page(Connection db, int offset, int limit) throws SQLException {
        try (var query = db.prepareStatement("SELECT " + COLUMNS + " FROM users ORDER BY id LIMIT ? OFFSET ?")) {
            query.setInt(1, limit);
            query.setInt(2, offset);
            try (var rows = query.executeQuery()) {
                var users = new ArrayList<UserPublic>();
                while (rows.next()) users.add(account(rows).user());
                return users;
            }
        }
    }

    static long count(Connection db) throws SQLException {
        try (var query = db.createStatement();
                var rows = query.executeQuery("SELECT COUNT(*) FROM users")) {
            rows.next();
            return rows.getLong(1);
        }
    }

    /** True for SQL state class 23, integrity constraint violations, in H2 and PostgreSQL alike. */
    static boolean isConflict(SQLException e) {
        return e.getSQLState() != null && e.getSQLState().startsWith("23");
    }

    private static Account account(ResultSet row) throws SQLException {
        var user = new UserPublic(
                row.getLong(1),
                row.getString(2),
                row.getString(3),
                row.getString(4),
                row.getBoolean(5),
                row.getObject(6, OffsetDateTime.class));
        return new Account(user, row.getString(7));
    }
}
