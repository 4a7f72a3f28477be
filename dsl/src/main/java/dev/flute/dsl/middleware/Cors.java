package dev.flute.dsl.middleware;

import dev.flute.dsl.Middleware;
import dev.flute.dsl.http.Request;
import dev.flute.dsl.http.Response;
import io.vertx.core.Future;
import io.vertx.core.http.HttpMethod;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Cross-origin resource sharing with the rules of FastAPI's {@code CORSMiddleware}: a preflight
 * ({@code OPTIONS} with {@code Access-Control-Request-Method}) is answered here, 200 {@code OK} or
 * 400 {@code Disallowed CORS origin, method, headers}, before routing could answer 405; any other
 * request from an {@code Origin} gets the allow headers on its response.
 *
 * <pre>{@code
 * api.middleware(Cors.allowOrigins("https://app.example.com").allowMethods("*").allowCredentials(true));
 * }</pre>
 *
 * <p>Add it first, so it is the outermost middleware. Mounted in a host router, the host's
 * {@code CorsHandler} is the Vert.x way (a preflight is not a request the API has a route for, so
 * it goes on to the host); this middleware still marks the API's own responses.
 */
public final class Cors implements Middleware {
    private static final List<String> ALL_METHODS = List.of("DELETE", "GET", "HEAD", "OPTIONS", "PATCH", "POST", "PUT");
    private static final List<String> SAFELISTED_HEADERS =
            List.of("Accept", "Accept-Language", "Content-Language", "Content-Type");

    private final List<String> origins;
    private final Pattern originRegex;
    private final List<String> methods;
    private final List<String> headers;
    private final boolean credentials;
    private final List<String> exposed;
    private final int maxAge;

    private Cors(
            List<String> origins,
            Pattern originRegex,
            List<String> methods,
            List<String> headers,
            boolean credentials,
            List<String> exposed,
            int maxAge) {
        this.origins = List.copyOf(origins);
        this.originRegex = originRegex;
        this.methods = methods.contains("*") ? ALL_METHODS : List.copyOf(methods);
        this.headers = List.copyOf(headers);
        this.credentials = credentials;
        this.exposed = List.copyOf(exposed);
        this.maxAge = maxAge;
    }

    /** Allows these origins ({@code "*"} for any), the method GET and the safelisted headers. */
    public static Cors allowOrigins(String... origins) {
        return new Cors(List.of(origins), null, List.of("GET"), List.of(), false, List.of(), 600);
    }

    /** Also allows the origins this regular expression matches as a whole ({@code https://.*\.example\.com}). */
    public Cors allowOriginRegex(String regex) {
        return new Cors(origins, Pattern.compile(regex), methods, headers, credentials, exposed, maxAge);
    }

    /** The methods a preflight may ask for ({@code "*"} for all); GET unless set. */
    public Cors allowMethods(String... allowed) {
        return new Cors(origins, originRegex, List.of(allowed), headers, credentials, exposed, maxAge);
    }

    /** The request headers allowed besides the safelisted ones ({@code "*"} for any). */
    public Cors allowHeaders(String... allowed) {
        return new Cors(origins, originRegex, methods, List.of(allowed), credentials, exposed, maxAge);
    }

    /** Whether cookies and credentials may be sent; the origin is then named, never {@code *}. */
    public Cors allowCredentials(boolean allowed) {
        return new Cors(origins, originRegex, methods, headers, allowed, exposed, maxAge);
    }

    /** Response headers a browser script may read. */
    public Cors exposeHeaders(String... names) {
        return new Cors(origins, originRegex, methods, headers, credentials, List.of(names), maxAge);
    }

    /** How long a browser may cache a preflight's answer; 600 seconds unless set. */
    public Cors maxAge(int seconds) {
        return new Cors(origins, originRegex, methods, headers, credentials, exposed, seconds);
    }

    @Override
    public Future<Response<?>> handle(Request request, Next next) {
        String origin = request.headers().get("origin");
        if (origin == null) return next.handle(request);
        if (request.method() == HttpMethod.OPTIONS && request.headers().contains("access-control-request-method")) {
            return Future.succeededFuture(preflight(request, origin));
        }
        boolean cookie = request.headers().contains("cookie");
        return next.handle(request).map(response -> simple(response, origin, cookie));
    }

    private boolean allowAllOrigins() {
        return origins.contains("*");
    }

    private boolean allowed(String origin) {
        return allowAllOrigins()
                || (originRegex != null && originRegex.matcher(origin).matches())
                || origins.contains(origin);
    }

    private Response preflight(Request request, String origin) {
        boolean explicitOrigin = !allowAllOrigins() || credentials;
        var failures = new ArrayList<String>();
        Response<?> response = Response.text("OK");
        if (!explicitOrigin) response = response.header("Access-Control-Allow-Origin", "*");
        else response = response.header("Vary", "Origin");
        response = response.header("Access-Control-Allow-Methods", String.join(", ", methods))
                .header("Access-Control-Max-Age", String.valueOf(maxAge));
        var allowedHeaders = new TreeSet<>(SAFELISTED_HEADERS);
        allowedHeaders.addAll(headers);
        String requested = request.headers().get("access-control-request-headers");
        boolean anyHeader = headers.contains("*");
        if (anyHeader && requested != null) response = response.header("Access-Control-Allow-Headers", requested);
        else if (!anyHeader)
            response = response.header("Access-Control-Allow-Headers", String.join(", ", allowedHeaders));
        if (credentials) response = response.header("Access-Control-Allow-Credentials", "true");

        if (allowed(origin)) {
            if (explicitOrigin) response = response.header("Access-Control-Allow-Origin", origin);
        } else {
            failures.add("origin");
        }
        if (!methods.contains(request.headers().get("access-control-request-method"))) failures.add("method");
        if (!anyHeader && requested != null) {
            var lower =
                    allowedHeaders.stream().map(h -> h.toLowerCase(Locale.ROOT)).toList();
            for (String header : requested.split(",")) {
                if (!lower.contains(header.strip().toLowerCase(Locale.ROOT))) {
                    failures.add("headers");
                    break;
                }
            }
        }
        if (failures.isEmpty()) return response;
        return Response.text("Disallowed CORS " + String.join(", ", failures))
                .status(400)
                .headers(response.headers());
    }

    private Response simple(Response<?> response, String origin, boolean cookie) {
        if (allowAllOrigins() && !cookie) response = response.header("Access-Control-Allow-Origin", "*");
        if (credentials) response = response.header("Access-Control-Allow-Credentials", "true");
        if (!exposed.isEmpty()) response = response.header("Access-Control-Expose-Headers", String.join(", ", exposed));
        // A request with cookies, or one from a listed origin, gets its own origin back (and Vary).
        if ((allowAllOrigins() && cookie) || (!allowAllOrigins() && allowed(origin))) {
            response = response.header("Access-Control-Allow-Origin", origin).header("Vary", "Origin");
        }
        return response;
    }
}
