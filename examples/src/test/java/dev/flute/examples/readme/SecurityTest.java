package dev.flute.examples.readme;

import static dev.flute.auth.Auth.*;
import static dev.flute.dsl.Flute.*;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.flute.auth.jwt.Jwt;
import dev.flute.auth.jwt.JwtKey;
import dev.flute.auth.password.Passwords;
import dev.flute.dsl.Api;
import dev.flute.dsl.Dep;
import dev.flute.dsl.Endpoint;
import dev.flute.dsl.http.HttpError;
import dev.flute.dsl.testing.TestClient;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SecurityTest {
    static final String SECRET_KEY = "09d25e094faa6ca2556c818166b7a9563b93f7099f6f0f4caa6cf63b88e8d3e7";

    public record User(String username, String email) {}

    record UserInDb(User user, String hashedPassword, List<String> scopes) {}

    static final Map<String, UserInDb> USERS = Map.of(
            "johndoe",
            new UserInDb(
                    new User("johndoe", "johndoe@example.com"),
                    "$2b$12$EixZaYVK1fsbw1ZfbX3OXePaWxn96p36WQoeG6Lruj3vjPGga31lW", // "secret"
                    List.of("me")));

    // README: security
    static final Jwt JWT = Jwt.of(JwtKey.secret("HS256", SECRET_KEY)).expiresIn(Duration.ofMinutes(30));
    static final Passwords PASSWORDS = Passwords.bcrypt(); // verifies passlib's $2b$ hashes

    public record Token(String access_token, String token_type) {}

    static final Dep<String> TOKEN = oauth2PasswordBearer("token")
            .scope("me", "Read information about the current user.")
            .dep(); // 401 Not authenticated without an Authorization: Bearer header

    static final Dep<User> CURRENT_USER = dep(securityScopes(), JWT.claims(TOKEN), (scopes, claims) -> {
        scopes.requireAll(claims.strings("scopes")); // 401 Not enough permissions
        return Optional.ofNullable(USERS.get(claims.subject()))
                .map(UserInDb::user)
                .orElseThrow(() -> scopes.unauthorized("Could not validate credentials"));
    });

    static final Endpoint<Token> LOGIN = route(POST, "/token")
            .depends(passwordForm()) // username, password, scope: OAuth2PasswordRequestForm
            .returns(model(Token.class))
            .blocking() // bcrypt: never on the event loop
            .handle(form -> {
                UserInDb user = USERS.get(form.username());
                if (!PASSWORDS.verify(form.password(), user == null ? null : user.hashedPassword()))
                    throw new HttpError(400, "Incorrect username or password");
                List<String> granted =
                        form.scopes().stream().filter(user.scopes()::contains).toList();
                return new Token(JWT.issue(Map.of("sub", form.username(), "scopes", granted)), "bearer");
            });

    static final Endpoint<User> READ_ME = route(GET, "/users/me/")
            .depends(security(CURRENT_USER, "me")) // the token must grant "me"
            .returns(model(User.class))
            .handle(user -> user);
    // README: end

    static Api app() {
        return api("Security", "1").routes(LOGIN, READ_ME);
    }

    @Test
    void should_log_in_with_a_password_and_read_the_user_with_the_token() {
        try (var client = TestClient.of(app())) {
            var login = client.post("/token")
                    .form("username", "johndoe", "password", "secret", "scope", "me")
                    .send()
                    .assertStatus(200);
            String token = login.json().get("access_token").asText();
            login.assertText("{\"access_token\":\"" + token + "\",\"token_type\":\"bearer\"}");
            client.get("/users/me/")
                    .header("Authorization", "Bearer " + token)
                    .send()
                    .assertStatus(200)
                    .assertText(
                            """
                            {"username":"johndoe","email":"johndoe@example.com"}""");
            client.post("/token")
                    .form("username", "johndoe", "password", "guess")
                    .send()
                    .assertStatus(400)
                    .assertText("""
                            {"detail":"Incorrect username or password"}""");
        }
    }

    @Test
    void should_refuse_a_missing_token_and_one_without_the_scope() {
        try (var client = TestClient.of(app())) {
            client.get("/users/me/")
                    .send()
                    .assertStatus(401)
                    .assertHeader("WWW-Authenticate", "Bearer")
                    .assertText("{\"detail\":\"Not authenticated\"}");
            String noScope = JWT.issue(Map.of("sub", "johndoe", "scopes", List.of()));
            var refused = client.get("/users/me/")
                    .header("Authorization", "Bearer " + noScope)
                    .send()
                    .assertStatus(401)
                    .assertText("""
                            {"detail":"Not enough permissions"}""");
            assertEquals("Bearer scope=\"me\"", refused.header("WWW-Authenticate"));
            client.get("/users/me/")
                    .header("Authorization", "Bearer not.a.token")
                    .send()
                    .assertStatus(401)
                    .assertText("""
                            {"detail":"Could not validate credentials"}""");
        }
    }
}
