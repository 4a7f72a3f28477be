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
 * OpenID Connect, FastAPI's {@code OpenIdConnect}: documents the provider's discovery URL and hands
 * over the whole {@code Authorization} header, which the application verifies (for a JWT access
 * token, with {@code Jwt} and the provider's JWKs). Without the header → 401
 * {@code {"detail":"Not authenticated"}} with {@code WWW-Authenticate: Bearer} (FastAPI ≥ 0.122).
 *
 * <pre>{@code static final Dep<String> OIDC = openIdConnect("https://id.example.com/.well-known/openid-configuration").dep();}</pre>
 */
public record OpenIdConnect(String openIdConnectUrl, String schemeName, String description) {

    public OpenIdConnect {
        if (openIdConnectUrl == null || openIdConnectUrl.isEmpty()) {
            throw new IllegalArgumentException("OpenIdConnect needs the discovery URL");
        }
    }

    public static OpenIdConnect of(String openIdConnectUrl) {
        return new OpenIdConnect(openIdConnectUrl, "OpenIdConnect", null);
    }

    public OpenIdConnect schemeName(String name) {
        return new OpenIdConnect(openIdConnectUrl, name, description);
    }

    public OpenIdConnect description(String text) {
        return new OpenIdConnect(openIdConnectUrl, schemeName, text);
    }

    /** The {@code Authorization} header as sent ({@code "Bearer eyJ..."}). */
    public Dep<String> dep() {
        return DslExtension.describe(
                Flute.dep(Flute.request(), request -> header(request.headers().get("authorization"))
                                .orElseThrow(() -> Authorization.notAuthenticated("Bearer")))
                        .named(schemeName),
                securityScheme());
    }

    public Dep<Optional<String>> optional() {
        return DslExtension.describe(
                Flute.dep(Flute.request(), request -> header(request.headers().get("authorization")))
                        .named(schemeName),
                securityScheme());
    }

    private static Optional<String> header(String value) {
        return value == null || value.isEmpty() ? Optional.empty() : Optional.of(value);
    }

    public Map<String, Object> openapi() {
        var doc = new LinkedHashMap<String, Object>();
        doc.put("type", "openIdConnect");
        if (description != null) doc.put("description", description);
        doc.put("openIdConnectUrl", openIdConnectUrl);
        return doc;
    }

    SecurityScheme securityScheme() {
        return new SecurityScheme(schemeName, openapi());
    }
}
