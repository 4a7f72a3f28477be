package dev.flute.auth.internal;

import dev.flute.dsl.http.HttpError;
import dev.flute.dsl.http.Request;
import dev.flute.dsl.python.PyStrings;
import java.util.Locale;

/**
 * The {@code Authorization} header split as FastAPI splits it ({@code get_authorization_scheme_param}):
 * the scheme before the first space, the rest stripped. Only the first header counts when a client
 * sends several, as in Starlette.
 *
 * @param scheme the scheme as sent ({@code ""} when the header is absent or empty)
 * @param param what follows the first space, stripped ({@code ""} when nothing does)
 */
public record Authorization(String scheme, String param) {
    private static final Authorization NONE = new Authorization("", "");

    public static Authorization of(Request request) {
        return parse(request.headers().get("authorization"));
    }

    public static Authorization parse(String header) {
        if (header == null || header.isEmpty()) return NONE;
        int space = header.indexOf(' ');
        if (space < 0) return new Authorization(header, "");
        return new Authorization(header.substring(0, space), PyStrings.strip(header.substring(space + 1)));
    }

    /**
     * Compares the scheme case-insensitively, as Python's {@code lower()} does for the Latin-1
     * characters a header can carry; {@code equalsIgnoreCase} would also fold non-ASCII letters.
     */
    public boolean isScheme(String lowerCase) {
        return scheme.toLowerCase(Locale.ROOT).equals(lowerCase);
    }

    /** FastAPI ≥ 0.122's answer to missing or malformed credentials: 401 with the scheme's challenge. */
    public static HttpError notAuthenticated(String challenge) {
        return new HttpError(401, "Not authenticated").header("WWW-Authenticate", challenge);
    }
}
