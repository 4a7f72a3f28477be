package dev.flute.dsl.spi;

import dev.flute.dsl.Api;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;

/**
 * An {@link Api} with every route resolved ({@link ResolvedRoute}): what its interpreters read.
 * Resolving checks everything that can be checked before a request, with messages naming the
 * route: path variables and path inputs, inputs of one name with different types, dependency
 * cycles, a form together with a JSON body, two routes matching the same requests, two
 * operations with one operationId.
 *
 * <pre>{@code
 * for (ResolvedRoute route : ResolvedApi.of(api).routes()) {
 *     System.out.println(route.describe() + " reads " + route.parameters());
 * }
 * }</pre>
 */
public record ResolvedApi(Api api, List<ResolvedRoute> routes) {

    public ResolvedApi {
        routes = List.copyOf(routes);
    }

    /** Resolves every route of {@code api}; fails with a message naming the route when a declaration is wrong. */
    public static ResolvedApi of(Api api) {
        var routes = new ArrayList<ResolvedRoute>();
        var shapes = new HashMap<String, ResolvedRoute>();
        var operationIds = new HashMap<String, ResolvedRoute>();
        for (Api.Mounted mounted : api.endpoints()) {
            ResolvedRoute route = Resolver.resolve(api, mounted);
            ResolvedRoute shadowed =
                    shapes.put(route.method().name() + " " + route.path().shape(), route);
            if (shadowed != null) {
                throw new IllegalArgumentException(
                        "routes " + shadowed.describe() + " and " + route.describe() + " match the same requests");
            }
            ResolvedRoute sameId = operationIds.put(route.operationId(), route);
            if (sameId != null) {
                throw new IllegalArgumentException("routes " + sameId.describe() + " and " + route.describe()
                        + " have the same operationId '" + route.operationId() + "'");
            }
            routes.add(route);
        }
        return new ResolvedApi(api, routes);
    }
}
