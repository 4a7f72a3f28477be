package dev.flute.examples.demo;

import static dev.flute.auth.Auth.*;
import static dev.flute.dsl.Flute.*;
import static dev.flute.examples.demo.Errors.UNAUTHORIZED;
import static dev.flute.examples.demo.UserModels.TOKEN;

import dev.flute.auth.jwt.Claims;
import dev.flute.auth.jwt.InvalidTokenException;
import dev.flute.auth.jwt.Jwt;
import dev.flute.auth.jwt.JwtKey;
import dev.flute.auth.password.Passwords;
import dev.flute.dsl.Dep;
import dev.flute.dsl.Endpoint;
import dev.flute.examples.demo.Errors.Detail;
import dev.flute.examples.demo.UserModels.Token;
import dev.flute.examples.demo.UserModels.UserPublic;
import dev.flute.examples.demo.UserStore.Account;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * OAuth2's password flow with JWT access tokens: {@code POST /token} checks the password (bcrypt)
 * and grants the scopes asked for that the user holds (all of them when none are asked for); the
 * current user is a dependency, and {@link #admin()} requires the {@code admin} scope.
 */
final class Security {
    static final String ADMIN_SCOPE = "admin";

    private final Jwt jwt;
    private final Passwords passwords;
    private final Database database;
    private final Dep<UserPublic> currentUser;

    Security(DemoSettings settings, Database database) {
        this.jwt = Jwt.of(JwtKey.secret("HS256", settings.signingKey())).expiresIn(settings.tokenLifetime());
        this.passwords = Passwords.bcrypt().cost(settings.passwordHashCost());
        this.database = database;
        Dep<String> token = oauth2PasswordBearer("token")
                .scope(ADMIN_SCOPE, "Manage every user and item.")
                .dep();
        this.currentUser = dep(securityScopes(), token, database.session(), (scopes, bearer, db) -> {
                    Claims claims;
                    try {
                        claims = jwt.verify(bearer);
                    } catch (InvalidTokenException e) {
                        throw scopes.unauthorized("Could not validate credentials");
                    }
                    Optional<Account> account =
                            claims.subject() == null ? Optional.empty() : UserStore.byUsername(db, claims.subject());
                    if (account.isEmpty()) throw scopes.unauthorized("Could not validate credentials");
                    scopes.requireAll(claims.strings("scope"));
                    return account.get().user();
                })
                .blocking()
                .named("current_user");
    }

    Passwords passwords() {
        return passwords;
    }

    /** The user the bearer token names; 401 without a valid one. */
    Dep<UserPublic> currentUser() {
        return currentUser;
    }

    /** The current user, whose token must carry the {@code admin} scope; 401 "Not enough permissions" otherwise. */
    Dep<UserPublic> admin() {
        return security(currentUser, ADMIN_SCOPE);
    }

    /** {@code POST /token}: the password form in, a bearer token out. */
    Endpoint<Token> login() {
        return route(POST, "/token")
                .operationId("login")
                .summary("Log in for an access token")
                .tags("users")
                .returns(TOKEN)
                .error(UNAUTHORIZED)
                .depends(passwordForm())
                .depends(database.session())
                .blocking() // bcrypt and JDBC
                .handle((form, db) -> {
                    Optional<Account> account = UserStore.byUsername(db, form.username());
                    // An unknown user costs a full bcrypt check too: the time taken tells nothing.
                    String hash = account.map(Account::hashedPassword).orElse(null);
                    if (!passwords.verify(form.password(), hash)) {
                        throw UNAUTHORIZED
                                .of(new Detail("Incorrect username or password"))
                                .header("WWW-Authenticate", "Bearer");
                    }
                    UserPublic user = account.get().user();
                    List<String> held = user.admin() ? List.of(ADMIN_SCOPE) : List.of();
                    List<String> granted = form.scopes().isEmpty()
                            ? held
                            : form.scopes().stream().filter(held::contains).toList();
                    String accessToken = jwt.issue(Map.of("sub", user.username(), "scope", String.join(" ", granted)));
                    return new Token(accessToken, "bearer");
                });
    }
}
