package dev.flute.dsl.http;

import java.util.List;
import java.util.Locale;

/**
 * A cookie to set, with Starlette's defaults ({@code Path=/; SameSite=lax}).
 *
 * <pre>{@code Response.json(body).cookie(Cookie.of("session", id).withHttpOnly().maxAge(3600))}</pre>
 *
 * <p>Whatever its value, a cookie can never add attributes to itself: a value that is not a plain
 * token is quoted as Python's {@code http.cookies} (so Starlette) quotes it, {@code ;} and the other
 * separators and controls as octal escapes ({@code "x\073 Domain=evil"}). A name that is not a token,
 * a path or domain holding a control or {@code ;}, an unknown SameSite, or a value beyond Latin-1
 * (which a header cannot carry) is refused when the cookie is made.
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

    /** Python's {@code _LegalChars}: a value made only of these is sent as it is. */
    private static final String TOKEN = "!#$%&'*+-.^_`|~:";
    /** Characters a quoted value carries unescaped besides the token ones (Python's {@code _UnescapedChars}). */
    private static final String QUOTED = " ()/<=>?@[]{}";

    public Cookie {
        if (name == null || name.isEmpty() || !name.chars().allMatch(Cookie::isToken))
            throw new IllegalArgumentException("a cookie name is a token (letters, digits, " + TOKEN + "): " + name);
        if (value == null) throw new IllegalArgumentException("a cookie value cannot be null (use \"\")");
        for (int i = 0; i < value.length(); i++) {
            if (value.charAt(i) > 0xFF)
                throw new IllegalArgumentException("a cookie value is Latin-1; encode it first (URL, base64): " + name);
        }
        attribute("path", path);
        attribute("domain", domain);
        if (sameSite != null && !List.of("strict", "lax", "none").contains(sameSite.toLowerCase(Locale.ROOT)))
            throw new IllegalArgumentException("SameSite is strict, lax or none: " + sameSite);
    }

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
        var out = new StringBuilder(name).append('=').append(quote(value));
        if (maxAge != null) out.append("; Max-Age=").append(maxAge);
        if (domain != null) out.append("; Domain=").append(domain);
        if (httpOnly) out.append("; HttpOnly");
        if (path != null) out.append("; Path=").append(path);
        if (sameSite != null) out.append("; SameSite=").append(sameSite);
        if (secure) out.append("; Secure");
        return out.toString();
    }

    private static boolean isToken(int c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || TOKEN.indexOf(c) >= 0;
    }

    /** Python's {@code http.cookies._quote}: a token as it is, anything else quoted with octal escapes. */
    static String quote(String value) {
        if (!value.isEmpty() && value.chars().allMatch(Cookie::isToken)) return value;
        var out = new StringBuilder(value.length() + 8).append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '"' || c == '\\') out.append('\\').append(c);
            else if (isToken(c) || QUOTED.indexOf(c) >= 0) out.append(c);
            else out.append('\\').append(String.format("%03o", (int) c));
        }
        return out.append('"').toString();
    }

    /** An attribute value (path, domain) goes out as it is: it may hold neither a control nor a ';'. */
    private static void attribute(String what, String value) {
        if (value != null && (value.indexOf(';') >= 0 || HeaderValues.firstControl(value) >= 0))
            throw new IllegalArgumentException(
                    "a cookie " + what + " cannot hold ';' or a control character: " + value);
    }
}
