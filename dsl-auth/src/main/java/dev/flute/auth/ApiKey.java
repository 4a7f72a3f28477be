package dev.flute.auth;

import dev.flute.auth.internal.Authorization;
import dev.flute.auth.internal.DslExtension;
import dev.flute.dsl.Dep;
import dev.flute.dsl.Flute;
import dev.flute.dsl.SecurityScheme;
import dev.flute.dsl.http.Request;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * An API key in a header, a query parameter or a cookie: FastAPI's {@code APIKeyHeader},
 * {@code APIKeyQuery} and {@code APIKeyCookie}. Missing or empty → 401
 * {@code {"detail":"Not authenticated"}} with {@code WWW-Authenticate: APIKey} (FastAPI ≥ 0.122;
 * 0.115 answered 403). The key is not checked here: compare it with {@code Secrets.equal}.
 *
 * <pre>{@code static final Dep<String> KEY = apiKeyHeader("X-API-Key").dep();}</pre>
 *
 * @param in where the key is sent
 * @param name the header, parameter or cookie name
 */
public record ApiKey(In in, String name, String schemeName, String description) {

    /** OpenAPI's {@code in} of an API key. */
    public enum In {
        HEADER,
        QUERY,
        COOKIE
    }

    public ApiKey {
        if (name == null || name.isEmpty()) throw new IllegalArgumentException("an API key needs a name");
    }

    public static ApiKey header(String name) {
        return new ApiKey(In.HEADER, name, "APIKeyHeader", null);
    }

    public static ApiKey query(String name) {
        return new ApiKey(In.QUERY, name, "APIKeyQuery", null);
    }

    public static ApiKey cookie(String name) {
        return new ApiKey(In.COOKIE, name, "APIKeyCookie", null);
    }

    public ApiKey schemeName(String scheme) {
        return new ApiKey(in, name, scheme, description);
    }

    public ApiKey description(String text) {
        return new ApiKey(in, name, schemeName, text);
    }

    public Dep<String> dep() {
        return DslExtension.describe(
                Flute.dep(Flute.request(), request -> read(request)
                                .orElseThrow(() -> Authorization.notAuthenticated("APIKey")))
                        .named(schemeName),
                securityScheme());
    }

    /** The key, or empty when it is missing or empty (FastAPI's {@code auto_error=False}). */
    public Dep<Optional<String>> optional() {
        return DslExtension.describe(Flute.dep(Flute.request(), this::read).named(schemeName), securityScheme());
    }

    /** As Starlette: a header's first value, a query parameter's or cookie's last. */
    private Optional<String> read(Request request) {
        String value =
                switch (in) {
                    case HEADER -> request.headers().get(name);
                    case QUERY -> request.queryParams().get(name);
                    case COOKIE -> request.cookie(name);
                };
        return value == null || value.isEmpty() ? Optional.empty() : Optional.of(value);
    }

    public Map<String, Object> openapi() {
        var doc = new LinkedHashMap<String, Object>();
        doc.put("type", "apiKey");
        if (description != null) doc.put("description", description);
        doc.put("in", in.name().toLowerCase(Locale.ROOT));
        doc.put("name", name);
        return doc;
    }

    SecurityScheme securityScheme() {
        return new SecurityScheme(schemeName, openapi());
    }
}
