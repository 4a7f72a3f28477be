package dev.flute.dsl.internal;

import dev.flute.dsl.http.ForwardingRequest;
import dev.flute.dsl.http.Request;
import java.util.Map;

/**
 * The request as middleware and handlers see it: the server's request, plus the route that serves
 * it once routing has found one. The route lives in the request's scope, so middleware that holds
 * this request sees it even when an inner middleware passed a replacement on.
 */
final class RoutedRequest extends ForwardingRequest {
    private final RequestScope scope;

    RoutedRequest(Request request, RequestScope scope) {
        super(request);
        this.scope = scope;
    }

    /** Parsed on first use, once per request, whichever inputs read them. */
    private Map<String, String> cookies;

    @Override
    public String route() {
        return scope.route();
    }

    @Override
    public Map<String, String> cookies() {
        if (cookies == null) cookies = super.cookies();
        return cookies;
    }

    @Override
    public String cookie(String name) {
        return cookies().get(name);
    }
}
