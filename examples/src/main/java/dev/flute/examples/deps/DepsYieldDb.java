package dev.flute.examples.deps;

import static dev.flute.dsl.Flute.*;

import dev.flute.dsl.Api;
import dev.flute.dsl.Dep;
import dev.flute.dsl.Endpoint;
import dev.flute.dsl.Outcome;
import dev.flute.dsl.http.HttpError;
import dev.flute.dsl.types.ModelType;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.SQLTransientException;
import java.sql.Statement;
import org.h2.jdbcx.JdbcConnectionPool;

/**
 * Seed §2.12.6 (1, 2): a database session as a resource dependency over a real embedded SQL
 * database (H2, through JDBC and a connection pool). The release rolls back on failure and turns a
 * duplicate username into 400 and an unavailable database into 503; it always returns the
 * connection. JDBC blocks, so the session and the handlers are marked blocking.
 */
public final class DepsYieldDb {
    private DepsYieldDb() {}

    private static final System.Logger LOG = System.getLogger("examples.deps-yield-db");

    public record UserCreate(String username) {}

    public record User(long id, String username) {}

    static final ModelType<UserCreate> USER_CREATE = model(UserCreate.class);
    static final ModelType<User> USER = model(User.class);

    /** The session's release: FastAPI's {@code except ... finally} around {@code yield}. */
    static void close(Connection connection, Outcome outcome) throws SQLException {
        try {
            if (outcome.failed()) connection.rollback();
            if (outcome.error() instanceof SQLIntegrityConstraintViolationException conflict) {
                LOG.log(System.Logger.Level.WARNING, "数据冲突: " + conflict.getMessage());
                throw new HttpError(400, "请求数据存在冲突");
            }
            if (outcome.error() instanceof SQLTransientException unavailable) {
                LOG.log(System.Logger.Level.ERROR, "数据库连接失败: " + unavailable.getMessage());
                throw new HttpError(503, "数据库服务不可用");
            }
        } finally {
            connection.close();
        }
    }

    /** A fresh, empty database per app: the table is dropped and created when the app starts. */
    public static Api app() {
        var pool = JdbcConnectionPool.create(
                "jdbc:h2:mem:deps-yield-db-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1", "sa", "");
        return app(pool);
    }

    static Api app(JdbcConnectionPool pool) {
        Dep<Connection> getDb = resource(
                        () -> {
                            Connection connection = pool.getConnection();
                            connection.setAutoCommit(false);
                            return connection;
                        },
                        DepsYieldDb::close)
                .blocking()
                .named("get_db");

        Endpoint<User> getUser = route(GET, "/users/<user_id>")
                .name("get_user")
                .returns(USER)
                .blocking()
                .param(path("user_id", long_()))
                .depends(getDb)
                .handle((userId, db) -> {
                    try (var query = db.prepareStatement("SELECT id, username FROM users WHERE id = ?")) {
                        query.setLong(1, userId);
                        try (var row = query.executeQuery()) {
                            if (!row.next()) throw new HttpError(404, "User not found");
                            return new User(row.getLong(1), row.getString(2));
                        }
                    }
                });

        Endpoint<User> createUser = route(POST, "/users/")
                .name("create_user")
                .returns(USER)
                .blocking()
                .param(body(USER_CREATE))
                .depends(getDb)
                .handle((user, db) -> {
                    try (var insert = db.prepareStatement(
                            "INSERT INTO users (username) VALUES (?)", Statement.RETURN_GENERATED_KEYS)) {
                        insert.setString(1, user.username());
                        insert.executeUpdate();
                        db.commit();
                        try (var keys = insert.getGeneratedKeys()) {
                            keys.next();
                            return new User(keys.getLong(1), user.username());
                        }
                    }
                });

        return api("FastAPI", "0.1.0")
                .routes(getUser, createUser)
                .onStartup(vertx -> vertx.executeBlocking(() -> {
                    try (var connection = pool.getConnection();
                            var ddl = connection.createStatement()) {
                        ddl.execute("DROP TABLE IF EXISTS users");
                        ddl.execute(
                                "CREATE TABLE users (id BIGINT AUTO_INCREMENT PRIMARY KEY, username VARCHAR NOT NULL UNIQUE)");
                    }
                    return null;
                }))
                .onShutdown(vertx -> vertx.executeBlocking(() -> {
                    pool.dispose();
                    return null;
                }));
    }
}
