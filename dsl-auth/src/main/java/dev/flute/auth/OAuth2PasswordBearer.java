package dev.flute.auth;

import dev.flute.auth.internal.Authorization;
import dev.flute.auth.internal.DslExtension;
import dev.flute.dsl.Dep;
import dev.flute.dsl.Flute;
import dev.flute.dsl.SecurityScheme;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * OAuth2's password flow, FastAPI's {@code OAuth2PasswordBearer}: the token from
 * {@code Authorization: Bearer <token>}, documented with the URL where a client gets one. Without a
 * bearer token the request ends in 401 {@code {"detail":"Not authenticated"}} with
 * {@code WWW-Authenticate: Bearer}; the token itself is not checked here (see {@code Jwt}).
 *
 * <pre>{@code
 * static final Dep<String> TOKEN = oauth2PasswordBearer("token").scope("me", "Read your profile").dep();
 * }</pre>
 *
 * @param tokenUrl where the password form is posted, relative to the document (FastAPI's {@code tokenUrl})
 * @param refreshUrl where a token is refreshed, or null
 * @param scopes the scopes a client may ask for, with their descriptions, for the docs
 * @param schemeName the name in the document; FastAPI's default is the class name
 * @param description documentation, or null
 */
public record OAuth2PasswordBearer(
        String tokenUrl, String refreshUrl, Map<String, String> scopes, String schemeName, String description) {

    public OAuth2PasswordBearer {
        if (tokenUrl == null) throw new IllegalArgumentException("OAuth2PasswordBearer needs a tokenUrl");
        scopes = Collections.unmodifiableMap(new LinkedHashMap<>(scopes));
        Scopes.checkAll(scopes.keySet());
    }

    public static OAuth2PasswordBearer of(String tokenUrl) {
        return new OAuth2PasswordBearer(tokenUrl, null, Map.of(), "OAuth2PasswordBearer", null);
    }

    /** Documents one more scope a client may request. */
    public OAuth2PasswordBearer scope(String name, String meaning) {
        var all = new LinkedHashMap<>(scopes);
        all.put(name, meaning);
        return new OAuth2PasswordBearer(tokenUrl, refreshUrl, all, schemeName, description);
    }

    public OAuth2PasswordBearer refreshUrl(String url) {
        return new OAuth2PasswordBearer(tokenUrl, url, scopes, schemeName, description);
    }

    public OAuth2PasswordBearer schemeName(String name) {
        return new OAuth2PasswordBearer(tokenUrl, refreshUrl, scopes, name, description);
    }

    public OAuth2PasswordBearer description(String text) {
        return new OAuth2PasswordBearer(tokenUrl, refreshUrl, scopes, schemeName, text);
    }

    /** The token; without one the request ends in 401. */
    public Dep<String> dep() {
        return DslExtension.describe(
                Flute.dep(Flute.request(), request -> token(Authorization.of(request))
                                .orElseThrow(() -> Authorization.notAuthenticated("Bearer")))
                        .named(schemeName),
                securityScheme());
    }

    /** The token, or empty without one (FastAPI's {@code auto_error=False}). */
    public Dep<Optional<String>> optional() {
        return DslExtension.describe(
                Flute.dep(Flute.request(), request -> token(Authorization.of(request)))
                        .named(schemeName),
                securityScheme());
    }

    /** As FastAPI: any {@code Bearer} header counts, even with an empty token, which the verifier refuses. */
    private static Optional<String> token(Authorization authorization) {
        return authorization.isScheme("bearer") ? Optional.of(authorization.param()) : Optional.empty();
    }

    /** The Security Scheme Object FastAPI writes for it. */
    public Map<String, Object> openapi() {
        var password = new LinkedHashMap<String, Object>();
        if (refreshUrl != null) password.put("refreshUrl", refreshUrl);
        password.put("scopes", scopes);
        password.put("tokenUrl", tokenUrl);
        var doc = new LinkedHashMap<String, Object>();
        doc.put("type", "oauth2");
        if (description != null) doc.put("description", description);
        doc.put("flows", Map.of("password", password));
        return doc;
    }

    SecurityScheme securityScheme() {
        return new SecurityScheme(schemeName, openapi());
    }
}
