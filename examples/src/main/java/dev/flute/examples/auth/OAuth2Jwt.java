package dev.flute.examples.auth;

import static dev.flute.auth.Auth.oauth2PasswordBearer;
import static dev.flute.auth.Auth.passwordForm;
import static dev.flute.dsl.Flute.*;

import dev.flute.auth.jwt.InvalidTokenException;
import dev.flute.auth.jwt.Jwt;
import dev.flute.auth.jwt.JwtKey;
import dev.flute.auth.password.Passwords;
import dev.flute.dsl.Api;
import dev.flute.dsl.Dep;
import dev.flute.dsl.Endpoint;
import dev.flute.dsl.http.HttpError;
import dev.flute.dsl.types.ModelType;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * Seed §2.13.2: OAuth2's password flow with JWT access tokens. {@code POST /token} takes the
 * password form and answers {@code {"access_token", "token_type":"bearer"}}; {@code /users/me/} and
 * {@code /users/me/items/} need {@code Authorization: Bearer <token>}. User johndoe, password
 * {@code secret}.
 *
 * <p>One change from the original, invisible on the wire: the user table is a dependency
 * ({@link #USERS_DB}) rather than a global, so a test can swap in a disabled user.
 */
public final class OAuth2Jwt {
    private OAuth2Jwt() {}

    /** {@code openssl rand -hex 32}; in a real service it comes from the environment, never the source. */
    static final String SECRET_KEY = "09d25e094faa6ca2556c818166b7a9563b93f7099f6f0f4caa6cf63b88e8d3e7";

    static final Duration ACCESS_TOKEN_EXPIRE = Duration.ofMinutes(30);

    public static final Jwt JWT = Jwt.of(JwtKey.secret("HS256", SECRET_KEY));

    static final Passwords PASSWORDS = Passwords.bcrypt();

    public record Token(String access_token, String token_type) {}

    public record User(String username, String email, String full_name, Boolean disabled) {}

    public record UserInDB(String username, String email, String full_name, Boolean disabled, String hashed_password) {
        /** The user as sent: FastAPI's response model leaves the hash out, here the type does. */
        public User user() {
            return new User(username, email, full_name, disabled);
        }
    }

    /** A record rather than {@code Map.of}, so the keys keep the original's order. */
    public record OwnedItem(String item_id, String owner) {}

    static final ModelType<Token> TOKEN = model(Token.class);

    static final ModelType<User> USER =
            model(User.class).field("email", str().nullable()).field("full_name", str().nullable());

    static final Map<String, UserInDB> FAKE_USERS_DB = Map.of(
            "johndoe",
            new UserInDB(
                    "johndoe",
                    "johndoe@example.com",
                    "John Doe",
                    false,
                    "$2b$12$EixZaYVK1fsbw1ZfbX3OXePaWxn96p36WQoeG6Lruj3vjPGga31lW"));

    /** The user table; override it in tests with {@code api.override(USERS_DB, dep(() -> otherUsers))}. */
    public static final Dep<Map<String, UserInDB>> USERS_DB =
            dep(() -> FAKE_USERS_DB).named("fake_users_db");

    static final Dep<String> OAUTH2_SCHEME = oauth2PasswordBearer("token").dep();

    static final Dep<UserInDB> CURRENT_USER = dep(OAUTH2_SCHEME, USERS_DB, (token, db) -> {
                HttpError credentialsException =
                        new HttpError(401, "Could not validate credentials").header("WWW-Authenticate", "Bearer");
                String username;
                try {
                    username = JWT.verify(token).subject();
                } catch (InvalidTokenException e) {
                    throw credentialsException;
                }
                UserInDB user = username == null ? null : db.get(username);
                if (user == null) throw credentialsException;
                return user;
            })
            .named("get_current_user");

    static final Dep<UserInDB> CURRENT_ACTIVE_USER = dep(CURRENT_USER, user -> {
                if (Boolean.TRUE.equals(user.disabled())) throw new HttpError(400, "Inactive user");
                return user;
            })
            .named("get_current_active_user");

    /**
     * An unknown user costs a full bcrypt verification too ({@code verify(password, null)}), so the
     * answer time does not tell which user names exist; the original returns at once.
     */
    static UserInDB authenticateUser(Map<String, UserInDB> db, String username, String password) {
        UserInDB user = db.get(username);
        boolean verified = PASSWORDS.verify(password, user == null ? null : user.hashed_password());
        return verified ? user : null;
    }

    static final Endpoint LOGIN_FOR_ACCESS_TOKEN = route(POST, "/token")
            .name("login_for_access_token")
            .returns(TOKEN)
            .depends(passwordForm())
            .depends(USERS_DB)
            .blocking() // bcrypt takes a quarter of a second: off the event loop
            .handle((form, db) -> {
                UserInDB user = authenticateUser(db, form.username(), form.password());
                if (user == null) {
                    throw new HttpError(401, "Incorrect username or password").header("WWW-Authenticate", "Bearer");
                }
                String accessToken = JWT.issue(Map.of("sub", user.username()), ACCESS_TOKEN_EXPIRE);
                return new Token(accessToken, "bearer");
            });

    static final Endpoint READ_USERS_ME = route(GET, "/users/me/")
            .name("read_users_me")
            .returns(USER)
            .depends(CURRENT_ACTIVE_USER)
            .handle(UserInDB::user);

    static final Endpoint READ_OWN_ITEMS = route(GET, "/users/me/items/")
            .name("read_own_items")
            .depends(CURRENT_ACTIVE_USER)
            .handle(currentUser -> List.of(new OwnedItem("Foo", currentUser.username())));

    public static Api app() {
        return api("FastAPI", "0.1.0").routes(LOGIN_FOR_ACCESS_TOKEN, READ_USERS_ME, READ_OWN_ITEMS);
    }
}
