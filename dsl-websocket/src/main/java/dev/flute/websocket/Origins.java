package dev.flute.websocket;

import java.net.URI;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Which pages may open a websocket route's sockets, judged by the handshake's {@code Origin}
 * header. A browser sends its cookies with a websocket handshake from any site, so a route that
 * authenticates sockets by cookie could be driven by a foreign page (cross-site websocket
 * hijacking) unless the origin is checked.
 *
 * <ul>
 *   <li>{@link #sameOriginWithCookies()}, the default (Spring's rule): a handshake that carries
 *       cookies must come from the server's own origin; one without cookies may come from anywhere.
 *   <li>{@link #sameOrigin()}: every browser handshake must come from the server's own origin.
 *   <li>{@link #of(String...)}: the server's own origin and these, cookies or not.
 *   <li>{@link #any()}: no check, for sockets authenticated by a token in the messages or the query.
 * </ul>
 *
 * <p>A handshake without an {@code Origin} header does not come from a browser and is accepted: no
 * page can make a client send one without it. "Same origin" means the host and port the client
 * addressed (the {@code Host} header), so a proxy in front that terminates TLS keeps it working. A
 * refused handshake is answered 403.
 *
 * <pre>{@code
 * ws("/ws").options(SocketOptions.DEFAULT.origins(Origins.of("https://app.example.com"))).handle(...)
 * Api served = WebSockets.allowedOrigins(api, Origins.sameOrigin());   // every route without its own
 * }</pre>
 */
public final class Origins {
    private final boolean checked;
    private final boolean onlyWithCookies;
    private final Set<String> allowed;

    private Origins(boolean checked, boolean onlyWithCookies, Set<String> allowed) {
        this.checked = checked;
        this.onlyWithCookies = onlyWithCookies;
        this.allowed = Set.copyOf(allowed);
    }

    /** The default: the server's own origin when the handshake carries cookies, any origin otherwise. */
    public static Origins sameOriginWithCookies() {
        return new Origins(true, true, Set.of());
    }

    /** The server's own origin only, cookies or not. */
    public static Origins sameOrigin() {
        return new Origins(true, false, Set.of());
    }

    /** The server's own origin and these ({@code https://app.example.com}), cookies or not. */
    public static Origins of(String... origins) {
        var normalized = new LinkedHashSet<String>();
        for (String origin : origins) {
            String authority = authority(origin);
            if (authority == null)
                throw new IllegalArgumentException("not an origin (scheme://host[:port]): " + origin);
            normalized.add(scheme(origin) + "://" + authority);
        }
        return new Origins(true, false, normalized);
    }

    /** Any origin: no check. */
    public static Origins any() {
        return new Origins(false, false, Set.of());
    }

    /**
     * True when a handshake with this {@code Origin} header (null: not a browser), sent to this
     * {@code Host}, with or without cookies, may open a socket.
     */
    public boolean allows(String origin, String host, boolean cookies) {
        if (!checked || origin == null || (onlyWithCookies && !cookies)) return true;
        String authority = authority(origin);
        if (authority == null) return false; // "null" (a sandboxed page, a file) or garbage
        if (authority.equals(hostAuthority(host))) return true;
        return allowed.contains(scheme(origin) + "://" + authority);
    }

    @Override
    public String toString() {
        if (!checked) return "Origins.any()";
        if (onlyWithCookies) return "Origins.sameOriginWithCookies()";
        return allowed.isEmpty() ? "Origins.sameOrigin()" : "Origins.of(" + allowed + ")";
    }

    /** {@code host[:port]} of an origin, lower case, without the scheme's default port; null when it is none. */
    private static String authority(String origin) {
        try {
            URI uri = new URI(origin.trim());
            String scheme = uri.getScheme();
            if (uri.getHost() == null
                    || scheme == null
                    || uri.getRawPath() != null && !uri.getRawPath().isEmpty()) return null;
            int port = uri.getPort();
            boolean defaultPort = port < 0 || (port == 80 && isPlain(scheme)) || (port == 443 && !isPlain(scheme));
            String host = uri.getHost().toLowerCase(Locale.ROOT);
            return defaultPort ? host : host + ":" + port;
        } catch (java.net.URISyntaxException e) {
            return null;
        }
    }

    private static String scheme(String origin) {
        return URI.create(origin.trim()).getScheme().toLowerCase(Locale.ROOT);
    }

    private static boolean isPlain(String scheme) {
        return scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("ws");
    }

    /** The {@code Host} header as an authority: lower case, without a default port (80 or 443). */
    private static String hostAuthority(String host) {
        if (host == null) return null;
        String h = host.trim().toLowerCase(Locale.ROOT);
        if (h.endsWith(":80")) return h.substring(0, h.length() - 3);
        if (h.endsWith(":443")) return h.substring(0, h.length() - 4);
        return h;
    }
}
