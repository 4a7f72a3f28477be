package dev.flute.client;

import dev.flute.dsl.Api;
import dev.flute.dsl.Endpoint;
import dev.flute.dsl.spi.ResolvedApi;
import dev.flute.dsl.spi.ResolvedRoute;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Where the client finds an endpoint's resolved route: in the API it was made with (group
 * prefixes, group dependencies and the API's overrides included), or, without one, resolved alone
 * at the root. Each route is compiled for the client once and shared by every copy of the client.
 */
final class Routes {
    private final Api api;
    private final Map<Endpoint<?>, ResolvedRoute> mounted = new HashMap<>();
    private final Set<Endpoint<?>> mountedTwice = new HashSet<>();
    private final Map<Endpoint<?>, ClientRoute> compiled = new ConcurrentHashMap<>();

    /** @param api the API the routes are served in, or null to resolve each endpoint alone */
    Routes(Api api) {
        this.api = api;
        if (api == null) return;
        // Endpoints compare by identity: the route values themselves are the keys.
        for (ResolvedRoute route : ResolvedApi.of(api).routes()) {
            if (mounted.putIfAbsent(route.endpoint(), route) != null) mountedTwice.add(route.endpoint());
        }
    }

    ClientRoute get(Endpoint<?> endpoint) {
        if (endpoint == null) throw new IllegalArgumentException("no route given");
        return compiled.computeIfAbsent(endpoint, e -> ClientRoute.compile(resolve(e)));
    }

    private ResolvedRoute resolve(Endpoint<?> endpoint) {
        if (api == null)
            return ResolvedApi.of(Api.of("client", "0").routes(endpoint))
                    .routes()
                    .get(0);
        if (mountedTwice.contains(endpoint)) {
            throw new IllegalArgumentException(endpoint.spec().describe() + " is mounted at several paths in "
                    + api.info().title() + ": call it through a client of an API that mounts it once");
        }
        ResolvedRoute route = mounted.get(endpoint);
        if (route == null) {
            throw new IllegalArgumentException(endpoint.spec().describe() + " is not a route of the API "
                    + api.info().title() + " this client was made for");
        }
        return route;
    }
}
