package dev.flute.dsl.http;

/**
 * A cookie to set, with Starlette's defaults ({@code Path=/; SameSite=lax}).
 *
 * <pre>{@code Response.json(body).cookie(Cookie.of("session", id).withHttpOnly().maxAge(3600))}</pre>
 */
public record Cookie(
        String name,
        String value,
        Long maxAge,
        String path,
        String domain,
        boolean secure,
        boolean httpOnly,
        String sameSite) {

    public static Cookie of(String name, String value) {
        return new Cookie(name, value, null, "/", null, false, false, "lax");
    }

    public Cookie maxAge(long seconds) {
        return new Cookie(name, value, seconds, path, domain, secure, httpOnly, sameSite);
    }

    public Cookie path(String path) {
        return new Cookie(name, value, maxAge, path, domain, secure, httpOnly, sameSite);
    }

    public Cookie domain(String domain) {
        return new Cookie(name, value, maxAge, path, domain, secure, httpOnly, sameSite);
    }

    public Cookie withSecure() {
        return new Cookie(name, value, maxAge, path, domain, true, httpOnly, sameSite);
    }

    public Cookie withHttpOnly() {
        return new Cookie(name, value, maxAge, path, domain, secure, true, sameSite);
    }

    /** {@code strict}, {@code lax} or {@code none}; null leaves the attribute out. */
    public Cookie sameSite(String sameSite) {
        return new Cookie(name, value, maxAge, path, domain, secure, httpOnly, sameSite);
    }

    /** The {@code Set-Cookie} header value. */
    public String encode() {
        var out = new StringBuilder(name).append('=').append(value);
        if (maxAge != null) out.append("; Max-Age=").append(maxAge);
        if (domain != null) out.append("; Domain=").append(domain);
        if (httpOnly) out.append("; HttpOnly");
        if (path != null) out.append("; Path=").append(path);
        if (sameSite != null) out.append("; SameSite=").append(sameSite);
        if (secure) out.append("; Secure");
        return out.toString();
    }
}
