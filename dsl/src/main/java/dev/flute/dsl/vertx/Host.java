package dev.flute.dsl.vertx;

import static dev.flute.dsl.Flute.dep;
import static dev.flute.dsl.Flute.request;
import static dev.flute.dsl.Flute.requiredScopes;

import dev.flute.dsl.Dep;
import dev.flute.dsl.SecurityScheme;
import dev.flute.dsl.http.HttpError;
import dev.flute.dsl.http.Request;
import io.vertx.core.json.JsonArray;
import io.vertx.ext.auth.User;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.Session;
import java.util.ArrayList;
import java.util.List;

/**
 * What the host application's Vert.x handlers put on the request, as dependencies of a mounted API:
 * the {@link RoutingContext} itself, the {@link User} an authentication handler set, the
 * {@link Session} of a {@code SessionHandler}.
 *
 * <pre>{@code
 * static final Dep<User> USER = Host.user(new SecurityScheme("bearer", Map.of("type", "http", "scheme", "bearer")));
 *
 * route(GET, "/me").param(USER).handle(user -> Map.of("sub", user.subject()));
 * route(DELETE, "/items/<id>").param(path("id", int_())).depends(USER.scopes("items:write")).handle(...);
 *
 * host.route("/api/*").handler(JWTAuthHandler.create(jwt));
 * host.route("/api/*").subRouter(flute.router());
 * }</pre>
 *
 * <p>They need the API mounted in a host router ({@link FluteRouter}); a standalone server or the
 * {@code TestClient} has no host, and a route using them answers 500 with the reason logged. In
 * such tests, replace them: {@code api.override(Host.user(), dep(() -> User.fromName("alice")))}.
 */
public final class Host {
    private Host() {}

    private static final Dep<RoutingContext> ROUTING_CONTEXT =
            dep(request(), Host::routingContextOf).named("RoutingContext");

    private static final Dep<Session> SESSION = dep(ROUTING_CONTEXT, ctx -> {
                Session session = ctx.session();
                if (session == null) {
                    throw new IllegalStateException(
                            "no session on the RoutingContext: put a SessionHandler before the API in the host router");
                }
                return session;
            })
            .named("Session");

    private static final Dep<User> USER =
            dep(ROUTING_CONTEXT, requiredScopes(), Host::authorized).named("User");

    /** The host's {@link RoutingContext} for this request: {@code ctx.data()}, {@code ctx.vertx()}, anything a handler set. */
    public static Dep<RoutingContext> routingContext() {
        return ROUTING_CONTEXT;
    }

    /** The session of the host's {@code SessionHandler}; changes are stored when the response is sent. */
    public static Dep<Session> session() {
        return SESSION;
    }

    /**
     * The user the host's authentication handler set. Without one the request is refused with 401
     * {@code {"detail":"Not authenticated"}}; with scopes required where it is used
     * ({@code Host.user().scopes("admin")}), a user whose {@code scope} claim (a space-separated
     * string or a list, as Vert.x's JWT and OAuth2 handlers read it) lacks one gets 401
     * {@code {"detail":"Not enough permissions"}}. Both carry a {@code WWW-Authenticate: Bearer} challenge.
     */
    public static Dep<User> user() {
        return USER;
    }

    /**
     * {@link #user()}, documented in OpenAPI as {@code scheme} (the scheme the host's handler checks),
     * with the scopes each route requires.
     */
    public static Dep<User> user(SecurityScheme scheme) {
        return dep(ROUTING_CONTEXT, requiredScopes(), Host::authorized)
                .named("User")
                .security(scheme);
    }

    private static RoutingContext routingContextOf(Request request) {
        RoutingContext ctx = request.unwrap(RoutingContext.class);
        if (ctx == null) {
            throw new IllegalStateException("Host dependencies need the API mounted in a host Vert.x Router"
                    + " (FluteRouter); this request came from a standalone server or the TestClient");
        }
        return ctx;
    }

    private static User authorized(RoutingContext ctx, List<String> required) {
        User user = ctx.user();
        String challenge = required.isEmpty() ? "Bearer" : "Bearer scope=\"" + String.join(" ", required) + "\"";
        if (user == null) throw new HttpError(401, "Not authenticated").header("WWW-Authenticate", challenge);
        if (!required.isEmpty() && !grantedScopes(user).containsAll(required)) {
            throw new HttpError(401, "Not enough permissions").header("WWW-Authenticate", challenge);
        }
        return user;
    }

    /** The {@code scope} claim: a space-separated string or a list. */
    private static List<String> grantedScopes(User user) {
        Object scope = user.get("scope");
        var granted = new ArrayList<String>();
        if (scope instanceof String s) {
            for (String one : s.split(" ")) if (!one.isEmpty()) granted.add(one);
        } else if (scope instanceof JsonArray list) {
            for (Object one : list) granted.add(String.valueOf(one));
        }
        return granted;
    }
}
