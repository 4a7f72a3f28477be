package dev.flute.auth;

import dev.flute.auth.internal.Authorization;
import dev.flute.auth.internal.DslExtension;
import dev.flute.dsl.Dep;
import dev.flute.dsl.Flute;
import dev.flute.dsl.SecurityScheme;
import dev.flute.dsl.http.HttpError;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * HTTP Basic authentication, FastAPI's {@code HTTPBasic}: the user name and password decoded from
 * {@code Authorization: Basic base64(user:password)}. Missing, another scheme, bad base64, non-ASCII
 * or no colon → 401 {@code {"detail":"Not authenticated"}} with {@code WWW-Authenticate: Basic}
 * (or {@code Basic realm="..."}), as FastAPI ≥ 0.122 answers.
 *
 * <pre>{@code
 * static final Dep<BasicCredentials> BASIC = httpBasic().realm("admin").dep();
 * ... if (!Secrets.equal(c.password(), ADMIN_PASSWORD)) throw new HttpError(401, ...)
 * }</pre>
 */
public record HttpBasic(String realm, String schemeName, String description) {
    /** Canonical base64 only: Python would drop stray characters first, Flute refuses them. */
    private static final Pattern BASE64 =
            Pattern.compile("(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?");

    public HttpBasic {
        if (realm != null && !realm.matches("[\\x20-\\x7e&&[^\"\\\\]]*")) {
            throw new IllegalArgumentException("a realm is printable ASCII without '\"' or '\\': it is sent quoted");
        }
    }

    public static HttpBasic of() {
        return new HttpBasic(null, "HTTPBasic", null);
    }

    /** The realm named in the challenge: {@code WWW-Authenticate: Basic realm="..."}. */
    public HttpBasic realm(String name) {
        return new HttpBasic(name, schemeName, description);
    }

    public HttpBasic schemeName(String name) {
        return new HttpBasic(realm, name, description);
    }

    public HttpBasic description(String text) {
        return new HttpBasic(realm, schemeName, text);
    }

    public Dep<BasicCredentials> dep() {
        return DslExtension.describe(
                Flute.dep(Flute.request(), request -> read(Authorization.of(request), true)
                                .orElseThrow(this::notAuthenticated))
                        .named(schemeName),
                securityScheme());
    }

    /**
     * The credentials, or empty without a Basic header. As in FastAPI, a Basic header that cannot be
     * decoded is still refused with 401: the client did try, and got it wrong.
     */
    public Dep<Optional<BasicCredentials>> optional() {
        return DslExtension.describe(
                Flute.dep(Flute.request(), request -> read(Authorization.of(request), false))
                        .named(schemeName),
                securityScheme());
    }

    private Optional<BasicCredentials> read(Authorization a, boolean required) {
        if (!a.isScheme("basic")) {
            if (required) throw notAuthenticated();
            return Optional.empty();
        }
        String param = a.param();
        if (!BASE64.matcher(param).matches()) throw notAuthenticated();
        byte[] bytes = Base64.getDecoder().decode(param);
        for (byte b : bytes) if (b < 0) throw notAuthenticated(); // Python's decode('ascii')
        String data = new String(bytes, StandardCharsets.US_ASCII);
        int colon = data.indexOf(':');
        if (colon < 0) throw notAuthenticated();
        return Optional.of(new BasicCredentials(data.substring(0, colon), data.substring(colon + 1)));
    }

    private HttpError notAuthenticated() {
        return Authorization.notAuthenticated(realm == null ? "Basic" : "Basic realm=\"" + realm + "\"");
    }

    public Map<String, Object> openapi() {
        var doc = new LinkedHashMap<String, Object>();
        doc.put("type", "http");
        if (description != null) doc.put("description", description);
        doc.put("scheme", "basic");
        return doc;
    }

    SecurityScheme securityScheme() {
        return new SecurityScheme(schemeName, openapi());
    }
}
