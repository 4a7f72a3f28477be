package dev.flute.websocket.internal;

import static dev.flute.dsl.Flute.dep;
import static dev.flute.dsl.Flute.request;

import dev.flute.dsl.Dep;
import dev.flute.dsl.http.HttpError;
import dev.flute.websocket.Origins;

/**
 * The handshake's origin check, as a dependency every websocket route runs before its upgrade. A
 * route without origins of its own runs {@link #DEFAULT}, which an API replaces for all of them
 * ({@code WebSockets.allowedOrigins}).
 */
public final class OriginCheck {
    private OriginCheck() {}

    /** The check of every route that sets no origins: {@link Origins#sameOriginWithCookies()}. */
    public static final Dep<Boolean> DEFAULT = of(Origins.sameOriginWithCookies());

    /** A check of these origins; a refused handshake is answered 403. */
    public static Dep<Boolean> of(Origins origins) {
        return dep(request(), request -> {
                    var headers = request.headers();
                    if (!origins.allows(headers.get("origin"), headers.get("host"), headers.contains("cookie"))) {
                        throw new HttpError(403, "Origin not allowed");
                    }
                    return Boolean.TRUE;
                })
                .named("websocket origin check");
    }
}
