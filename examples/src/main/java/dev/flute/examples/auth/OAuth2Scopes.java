package dev.flute.examples.auth;

import static dev.flute.auth.Auth.*;
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
 * Beyond the seed: OAuth2 scopes (FastAPI's docs, "OAuth2 scopes"). A token carries the scopes its
 * user asked for at login and is allowed ({@code me}, {@code items:read}); {@code /users/me/} needs
 * {@code me}, {@code /users/me/items/} needs {@code items:read} as well, {@code /status/} only a valid
 * token. A missing scope → 401 "Not enough permissions" with {@code WWW-Authenticate: Bearer
 * scope="items:read me"}. Users: johndoe / secret (both scopes), alice / secret2 (only {@code me},
 * disabled).
 */
public final class OAuth2Scopes {
    private OAuth2Scopes() {}

    static final Jwt JWT = Jwt.of(JwtKey.secret("HS256", OAuth2Jwt.SECRET_KEY)).expiresIn(Duration.ofMinutes(30));

    static final Passwords PASSWORDS = Passwords.bcrypt();

    public record User(String username, String email, String full_name, Boolean disabled) {}

    public record UserInDB(
            String username,
            String email,
            String full_name,
            Boolean disabled,
            String hashed_password,
            List<String> scopes) {
        /** The user as sent: FastAPI's response model leaves the hash and scopes out, here the type does. */
        public User user() {
            return new User(username, email, full_name, disabled);
        }
    }

    public record Token(String access_token, String token_type) {}

    public record OwnedItem(String item_id, String owner) {}

    /** The token's claims as the handlers use them; a claim of another type makes the token invalid. */
    public record TokenData(String sub, List<String> scopes) {
        public TokenData {
            scopes = scopes == null ? List.of() : List.copyOf(scopes);
        }
    }

    static final ModelType<User> USER =
            model(User.class).field("email", str().nullable()).field("full_name", str().nullable());

    static final Map<String, UserInDB> USERS = Map.of(
            "johndoe",
            new UserInDB(
                    "johndoe",
                    "johndoe@example.com",
                    "John Doe",
                    false,
                    "$2b$12$EixZaYVK1fsbw1ZfbX3OXePaWxn96p36WQoeG6Lruj3vjPGga31lW",
                    List.of("me", "items:read")),
            "alice",
            new UserInDB(
                    "alice",
                    "alicechains@example.com",
                    "Alice Chains",
                    true,
                    "$2b$12$ar3mgJCHIoNW5ATT5w4Q1OPny7JfvejqvpWZJo0WCXOG7Yl1AHiZG",
                    List.of("me")));

    static final Dep<String> OAUTH2_SCHEME = oauth2PasswordBearer("token")
            .scope("me", "Read information about the current user.")
            .scope("items:read", "Read your items.")
            .dep();

    /** The scopes required on the way here decide the challenge, and which scopes the token must hold. */
    static final Dep<UserInDB> CURRENT_USER = dep(securityScopes(), OAUTH2_SCHEME, (scopes, token) -> {
                HttpError credentialsException = scopes.unauthorized("Could not validate credentials");
                TokenData data;
                try {
                    data = JWT.verify(token).as(TokenData.class);
                } catch (InvalidTokenException e) {
                    throw credentialsException;
                }
                UserInDB user = data.sub() == null ? null : USERS.get(data.sub());
                if (user == null) throw credentialsException;
                scopes.requireAll(data.scopes());
                return user;
            })
            .named("get_current_user");

    static final Dep<UserInDB> CURRENT_ACTIVE_USER = dep(security(CURRENT_USER, "me"), user -> {
                if (Boolean.TRUE.equals(user.disabled())) throw new HttpError(400, "Inactive user");
                return user;
            })
            .named("get_current_active_user");

    static final Endpoint LOGIN_FOR_ACCESS_TOKEN = route(POST, "/token")
            .name("login_for_access_token")
            .returns(model(Token.class))
            .depends(passwordForm())
            .blocking() // bcrypt
            .handle(form -> {
                UserInDB user = USERS.get(form.username());
                boolean verified = PASSWORDS.verify(form.password(), user == null ? null : user.hashed_password());
                if (!verified) throw new HttpError(400, "Incorrect username or password");
                // Grant only what the user may have: asking for a scope is not getting it.
                List<String> granted =
                        form.scopes().stream().filter(user.scopes()::contains).toList();
                return new Token(JWT.issue(Map.of("sub", user.username(), "scopes", granted)), "bearer");
            });

    static final Endpoint READ_USERS_ME = route(GET, "/users/me/")
            .name("read_users_me")
            .returns(USER)
            .depends(CURRENT_ACTIVE_USER)
            .handle(UserInDB::user);

    static final Endpoint READ_OWN_ITEMS = route(GET, "/users/me/items/")
            .name("read_own_items")
            .depends(security(CURRENT_ACTIVE_USER, "items:read"))
            .handle(user -> List.of(new OwnedItem("Foo", user.username())));

    static final Endpoint READ_SYSTEM_STATUS = route(GET, "/status/")
            .name("read_system_status")
            .depends(CURRENT_USER)
            .handle(user -> Map.of("status", "ok"));

    public static Api app() {
        return api("FastAPI", "0.1.0")
                .routes(LOGIN_FOR_ACCESS_TOKEN, READ_USERS_ME, READ_OWN_ITEMS, READ_SYSTEM_STATUS);
    }
}
