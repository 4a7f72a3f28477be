package dev.flute.examples.demo;

import static dev.flute.dsl.Flute.*;
import static dev.flute.examples.demo.Errors.CONFLICT;
import static dev.flute.examples.demo.Paging.PAGING;
import static dev.flute.examples.demo.UserModels.*;

import dev.flute.auth.password.Passwords;
import dev.flute.dsl.Endpoint;
import dev.flute.dsl.http.RequestValidationError;
import dev.flute.dsl.http.ValidationError;
import dev.flute.examples.demo.Errors.Detail;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;

/** The users' routes: sign-up, the current user, and the admins' list of everyone. */
final class Users {
    private static final System.Logger LOG = System.getLogger("dev.flute.examples.demo");

    static final String ADMIN = "admin";

    private final Database database;
    private final Security security;
    private final Notifications notifications;

    Users(Database database, Security security, Notifications notifications) {
        this.database = database;
        this.security = security;
        this.notifications = notifications;
    }

    List<Endpoint<?>> routes() {
        return List.of(signUp(), security.login(), me(), notifications.mine(), everyone());
    }

    /**
     * Creates the user {@code admin} unless it exists: a startup hook. Without a password in the
     * settings it gets a random one, logged once, here.
     */
    Future<Void> createAdmin(Vertx vertx, String password) {
        return vertx.executeBlocking(() -> database.inTransaction(db -> {
            if (UserStore.byUsername(db, ADMIN).isPresent()) return null;
            String chosen =
                    password != null ? password : DemoSettings.randomSecret().substring(0, 20);
            UserStore.insert(
                    db,
                    ADMIN,
                    "admin@example.com",
                    "Administrator",
                    security.passwords().hash(chosen),
                    true);
            if (password == null) {
                LOG.log(
                        System.Logger.Level.WARNING,
                        "created the user '" + ADMIN + "' with the password " + chosen
                                + " (DEMO_ADMIN_PASSWORD chooses it)");
            }
            return null;
        }));
    }

    /** {@code POST /users/}: a new user (201), welcomed by a background notification; 409 when the name is taken. */
    Endpoint<UserPublic> signUp() {
        return route(POST, "/users/")
                .operationId("signUp")
                .summary("Sign up")
                .tags("users")
                .status(201)
                .returns(USER)
                .error(CONFLICT)
                .param(body(SIGN_UP))
                .param(backgroundTasks())
                .depends(database.session())
                .blocking() // bcrypt and JDBC
                .handle((in, tasks, db) -> {
                    checkLength(in.password());
                    String hash = security.passwords().hash(in.password());
                    UserPublic user;
                    try {
                        user = UserStore.insert(db, in.username(), in.email(), in.full_name(), hash, false);
                    } catch (SQLException e) {
                        if (UserStore.isConflict(e)) throw CONFLICT.of(new Detail("Username already registered"));
                        throw e;
                    }
                    tasks.addBlocking(
                            () -> notifications.send(user.id(), "Welcome to the Flute demo, " + user.username() + "!"));
                    return user;
                });
    }

    /** {@code GET /users/me}: who the token belongs to. */
    Endpoint<UserPublic> me() {
        return route(GET, "/users/me")
                .operationId("readMe")
                .summary("The current user")
                .tags("users")
                .returns(USER)
                .depends(security.currentUser())
                .handle(user -> user);
    }

    /** {@code GET /admin/users}: every user, a page at a time; the token needs the {@code admin} scope. */
    Endpoint<UserList> everyone() {
        return route(GET, "/admin/users")
                .operationId("listUsers")
                .summary("Every user (admins only)")
                .tags("admin")
                .returns(USER_LIST)
                .dependencies(security.admin())
                .depends(PAGING)
                .depends(database.session())
                .blocking()
                .handle((paging, db) ->
                        new UserList(UserStore.page(db, paging.offset(), paging.limit()), UserStore.count(db)));
    }

    /**
     * bcrypt reads 72 bytes at most: a longer password is refused as a Pydantic validator refuses a
     * field ({@code value_error}), without echoing the password.
     */
    static void checkLength(String password) {
        if (password.getBytes(StandardCharsets.UTF_8).length <= Passwords.MAX_BYTES) return;
        throw new RequestValidationError(List.of(new ValidationError(
                "value_error",
                List.of("body", "password"),
                "Value error, the password is longer than " + Passwords.MAX_BYTES + " bytes in UTF-8",
                null,
                Map.of("error", Map.of()))));
    }
}
