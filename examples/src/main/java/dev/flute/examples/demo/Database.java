package dev.flute.examples.demo;

import static dev.flute.dsl.Flute.resource;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.flute.dsl.Dep;
import dev.flute.dsl.Outcome;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/**
 * The demo's database: a connection pool over the H2 file or PostgreSQL, its tables, and one
 * transaction per request as a resource dependency. JDBC blocks, so everything here runs on
 * workers: the session dependency is marked blocking, the hooks use {@code executeBlocking}.
 */
final class Database {
    /** Work done in a transaction of its own: start-up and background tasks, which have no request. */
    @FunctionalInterface
    interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    private final String url;
    private final Dep<Connection> session;
    private volatile HikariDataSource pool;

    Database(String url) {
        this.url = url;
        // Released when the handler returns (function scope), so the answer leaves after the commit.
        this.session =
                resource(this::begin, Database::end).blocking().functionScope().named("db_session");
    }

    /** The request's transaction: committed when the handler returns, rolled back when the request fails. */
    Dep<Connection> session() {
        return session;
    }

    /** Opens the pool and creates the missing tables: a startup hook. */
    Future<Void> open(Vertx vertx) {
        return vertx.executeBlocking(() -> {
            var config = new HikariConfig();
            config.setJdbcUrl(url);
            config.setPoolName("flute-demo");
            config.setAutoCommit(false);
            pool = new HikariDataSource(config);
            inTransaction(connection -> {
                try (var ddl = connection.createStatement()) {
                    for (String statement : schema()) ddl.execute(statement);
                }
                return null;
            });
            return null;
        });
    }

    /** Closes the pool: a shutdown hook, after the last request. */
    Future<Void> close(Vertx vertx) {
        return vertx.executeBlocking(() -> {
            if (pool != null) pool.close();
            return null;
        });
    }

    /** The time now as the database keeps it: UTC, to the microsecond (PostgreSQL's precision). */
    static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
    }

    /** Runs {@code work} in a transaction of its own (blocking: call it from a worker). */
    <T> T inTransaction(Work<T> work) throws SQLException {
        Connection connection = begin();
        Outcome outcome = Outcome.SUCCESS;
        try {
            return work.run(connection);
        } catch (SQLException | RuntimeException e) {
            outcome = new Outcome(e);
            throw e;
        } finally {
            end(connection, outcome);
        }
    }

    private Connection begin() throws SQLException {
        if (pool == null) throw new IllegalStateException("the database is not open: the API was not started");
        return pool.getConnection();
    }

    private static void end(Connection connection, Outcome outcome) throws SQLException {
        try {
            if (outcome.succeeded()) connection.commit();
            else connection.rollback();
        } finally {
            connection.close();
        }
    }

    /** The statements of {@code schema.sql}, comments left out. */
    private static String[] schema() {
        try (InputStream in = Database.class.getResourceAsStream("schema.sql")) {
            String sql = new String(in.readAllBytes(), StandardCharsets.UTF_8).replaceAll("(?m)^--.*$", "");
            return java.util.Arrays.stream(sql.split(";"))
                    .map(String::strip)
                    .filter(s -> !s.isEmpty())
                    .toArray(String[]::new);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
