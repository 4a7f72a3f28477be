package dev.flute.auth;

import dev.flute.dsl.http.HttpError;
import java.util.Collection;
import java.util.List;

/**
 * The scopes required along the dependency path that reached a dependency: FastAPI's
 * {@code SecurityScopes}. A dependency asks for it with {@code Auth.securityScopes()}; a route
 * requires scopes with {@code Auth.security(dep, "me")}.
 *
 * <pre>{@code
 * static final Dep<User> CURRENT_USER = dep(securityScopes(), TOKEN, (scopes, token) -> {
 *     Claims claims = verify(token, scopes);
 *     scopes.requireAll(claims.strings("scopes"));   // 401 Bearer scope="..." when one is missing
 *     return lookup(claims.subject());
 * });
 * }</pre>
 *
 * @param scopes the required scopes, outermost first, each once
 */
public record SecurityScopes(List<String> scopes) {

    public SecurityScopes {
        scopes = List.copyOf(scopes);
    }

    /** The scopes separated by spaces, as OAuth2 writes them. */
    public String scopeStr() {
        return String.join(" ", scopes);
    }

    /** The challenge to send with a 401: {@code Bearer}, or {@code Bearer scope="a b"} when scopes are required. */
    public String challenge() {
        return scopes.isEmpty() ? "Bearer" : "Bearer scope=\"" + scopeStr() + "\"";
    }

    /** A 401 with this detail and the {@link #challenge()}. */
    public HttpError unauthorized(String detail) {
        return new HttpError(401, detail).header("WWW-Authenticate", challenge());
    }

    /** Throws 401 "Not enough permissions" unless every required scope was granted. */
    public void requireAll(Collection<String> granted) {
        for (String scope : scopes) {
            if (!granted.contains(scope)) throw unauthorized("Not enough permissions");
        }
    }
}
