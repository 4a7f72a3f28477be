package dev.flute.auth;

import dev.flute.auth.internal.Authorization;
import dev.flute.auth.internal.DslExtension;
import dev.flute.dsl.Dep;
import dev.flute.dsl.Flute;
import dev.flute.dsl.SecurityScheme;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * HTTP Bearer authentication, FastAPI's {@code HTTPBearer}: {@code Authorization: Bearer <token>}.
 * Missing, empty or another scheme → 401 {@code {"detail":"Not authenticated"}} with
 * {@code WWW-Authenticate: Bearer} (FastAPI ≥ 0.122; 0.115 answered 403).
 *
 * <pre>{@code static final Dep<HttpCredentials> BEARER = httpBearer().bearerFormat("JWT").dep();}</pre>
 */
public record HttpBearer(String bearerFormat, String schemeName, String description) {

    public static HttpBearer of() {
        return new HttpBearer(null, "HTTPBearer", null);
    }

    /** A hint for the docs ({@code "JWT"}); not checked. */
    public HttpBearer bearerFormat(String format) {
        return new HttpBearer(format, schemeName, description);
    }

    public HttpBearer schemeName(String name) {
        return new HttpBearer(bearerFormat, name, description);
    }

    public HttpBearer description(String text) {
        return new HttpBearer(bearerFormat, schemeName, text);
    }

    public Dep<HttpCredentials> dep() {
        return DslExtension.describe(
                Flute.dep(Flute.request(), request -> read(Authorization.of(request))
                                .orElseThrow(() -> Authorization.notAuthenticated("Bearer")))
                        .named(schemeName),
                securityScheme());
    }

    /** The credentials, or empty when they are missing or malformed (FastAPI's {@code auto_error=False}). */
    public Dep<Optional<HttpCredentials>> optional() {
        return DslExtension.describe(
                Flute.dep(Flute.request(), request -> read(Authorization.of(request)))
                        .named(schemeName),
                securityScheme());
    }

    private static Optional<HttpCredentials> read(Authorization a) {
        if (a.param().isEmpty() || !a.isScheme("bearer")) return Optional.empty();
        return Optional.of(new HttpCredentials(a.scheme(), a.param()));
    }

    public Map<String, Object> openapi() {
        var doc = new LinkedHashMap<String, Object>();
        doc.put("type", "http");
        if (description != null) doc.put("description", description);
        doc.put("scheme", "bearer");
        if (bearerFormat != null) doc.put("bearerFormat", bearerFormat);
        return doc;
    }

    SecurityScheme securityScheme() {
        return new SecurityScheme(schemeName, openapi());
    }
}
