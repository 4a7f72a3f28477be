package dev.flute.auth;

import dev.flute.auth.internal.DslExtension;
import dev.flute.dsl.Dep;
import dev.flute.dsl.Flute;
import java.util.List;

/**
 * Security in one static import: {@code import static dev.flute.auth.Auth.*;}. Every scheme is a
 * dependency that reads its credentials, answers 401 with the scheme's challenge when they are
 * missing, and describes itself for OpenAPI.
 *
 * <pre>{@code
 * static final Dep<String> TOKEN = oauth2PasswordBearer("token").dep();
 * static final Dep<User> CURRENT_USER = dep(securityScopes(), TOKEN, (scopes, token) -> ...);
 * static final Endpoint ME = route(GET, "/users/me/")
 *     .depends(security(CURRENT_USER, "me"))           // FastAPI's Security(get_current_user, scopes=["me"])
 *     .handle(user -> user);
 * }</pre>
 */
public final class Auth {
    private Auth() {}

    /** FastAPI's {@code OAuth2PasswordBearer(tokenUrl=...)}. */
    public static OAuth2PasswordBearer oauth2PasswordBearer(String tokenUrl) {
        return OAuth2PasswordBearer.of(tokenUrl);
    }

    /** FastAPI's {@code HTTPBearer()}. */
    public static HttpBearer httpBearer() {
        return HttpBearer.of();
    }

    /** FastAPI's {@code HTTPBasic()}. */
    public static HttpBasic httpBasic() {
        return HttpBasic.of();
    }

    /** FastAPI's {@code APIKeyHeader(name=...)}. */
    public static ApiKey apiKeyHeader(String name) {
        return ApiKey.header(name);
    }

    /** FastAPI's {@code APIKeyQuery(name=...)}. */
    public static ApiKey apiKeyQuery(String name) {
        return ApiKey.query(name);
    }

    /** FastAPI's {@code APIKeyCookie(name=...)}. */
    public static ApiKey apiKeyCookie(String name) {
        return ApiKey.cookie(name);
    }

    /** FastAPI's {@code OpenIdConnect(openIdConnectUrl=...)}. */
    public static OpenIdConnect openIdConnect(String url) {
        return OpenIdConnect.of(url);
    }

    /** FastAPI's {@code OAuth2PasswordRequestForm}: the password grant's form. */
    public static Dep<OAuth2PasswordRequestForm> passwordForm() {
        return OAuth2PasswordRequestForm.dep();
    }

    /** FastAPI's {@code OAuth2PasswordRequestFormStrict}: {@code grant_type=password} required. */
    public static Dep<OAuth2PasswordRequestForm> passwordFormStrict() {
        return OAuth2PasswordRequestForm.strict();
    }

    /**
     * A use of {@code dep} that requires these scopes: FastAPI's {@code Security(dep, scopes=[...])}.
     * The scopes add to those required further up; every dependency below that reads
     * {@link #securityScopes()} sees the sum, and is computed once per request for each distinct set.
     */
    public static <T> Dep<T> security(Dep<T> dep, String... scopes) {
        List<String> all = List.of(scopes);
        Scopes.checkAll(all);
        return DslExtension.scoped(dep, all);
    }

    /** The scopes required on the way to the dependency that takes this input (FastAPI's {@code SecurityScopes}). */
    public static Dep<SecurityScopes> securityScopes() {
        return SCOPES;
    }

    private static final Dep<SecurityScopes> SCOPES =
            Flute.dep(DslExtension.securityScopes(), SecurityScopes::new).named("SecurityScopes");
}
