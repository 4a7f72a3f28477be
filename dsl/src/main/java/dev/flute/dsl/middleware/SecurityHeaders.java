package dev.flute.dsl.middleware;

import dev.flute.dsl.Middleware;
import dev.flute.dsl.http.HeaderValues;
import dev.flute.dsl.http.Request;
import dev.flute.dsl.http.Response;
import io.vertx.core.Future;

/**
 * Middleware that adds the security headers a browser honours, each unless the response sets its
 * own; {@code X-Content-Type-Options: nosniff} is on every response already, without it.
 *
 * <ul>
 *   <li>{@code X-Frame-Options} ({@code DENY}): no page may frame the API's pages (clickjacking);
 *       {@code SAMEORIGIN} lets the app frame its own.
 *   <li>{@code Referrer-Policy} ({@code no-referrer}): links leave no URL, query strings included.
 *   <li>{@code Strict-Transport-Security} ({@code max-age=31536000; includeSubDomains}): sent only
 *       on requests that came over TLS, as RFC 6797 asks; a proxy that terminates TLS should send it.
 * </ul>
 *
 * <pre>{@code
 * api.middleware(SecurityHeaders.DEFAULT);
 * api.middleware(SecurityHeaders.DEFAULT.frameOptions("SAMEORIGIN").hsts(null));   // null leaves one out
 * }</pre>
 *
 * @param frameOptions the {@code X-Frame-Options} value, or null
 * @param referrerPolicy the {@code Referrer-Policy} value, or null
 * @param hsts the {@code Strict-Transport-Security} value for TLS requests, or null
 */
public record SecurityHeaders(String frameOptions, String referrerPolicy, String hsts) implements Middleware {

    public static final SecurityHeaders DEFAULT =
            new SecurityHeaders("DENY", "no-referrer", "max-age=31536000; includeSubDomains");

    public SecurityHeaders {
        if (frameOptions != null) HeaderValues.check("X-Frame-Options", frameOptions);
        if (referrerPolicy != null) HeaderValues.check("Referrer-Policy", referrerPolicy);
        if (hsts != null) HeaderValues.check("Strict-Transport-Security", hsts);
    }

    public SecurityHeaders frameOptions(String value) {
        return new SecurityHeaders(value, referrerPolicy, hsts);
    }

    public SecurityHeaders referrerPolicy(String value) {
        return new SecurityHeaders(frameOptions, value, hsts);
    }

    public SecurityHeaders hsts(String value) {
        return new SecurityHeaders(frameOptions, referrerPolicy, value);
    }

    @Override
    public Future<Response<?>> handle(Request request, Next next) {
        boolean tls = request.origin().startsWith("https:");
        return next.handle(request).map(response -> {
            Response<?> out = add(response, "X-Frame-Options", frameOptions);
            out = add(out, "Referrer-Policy", referrerPolicy);
            return tls ? add(out, "Strict-Transport-Security", hsts) : out;
        });
    }

    private static Response add(Response<?> response, String name, String value) {
        return value == null || response.header(name) != null ? response : response.header(name, value);
    }
}
