package dev.flute.dsl.internal;

import dev.flute.dsl.Api;
import dev.flute.dsl.ErrorHandlers;
import dev.flute.dsl.ExceptionHandler;
import dev.flute.dsl.Group;
import dev.flute.dsl.Middleware;
import dev.flute.dsl.http.HttpError;
import dev.flute.dsl.http.Request;
import dev.flute.dsl.http.RequestValidationError;
import dev.flute.dsl.http.Response;
import dev.flute.dsl.spi.ResolvedApi;
import dev.flute.dsl.spi.ResolvedRoute;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A compiled {@link Api}: {@code Request -> Future<Response<?>>}. Built once; immutable and shared by
 * every event loop. The Vert.x handler and the in-memory test client both run requests through it.
 *
 * <p>Layers, outermost first: API middleware, routing (404, 405, slash redirects), group
 * middleware, exception handlers (the route's groups innermost first, then the API's, then
 * FastAPI's defaults), the route's plan.
 */
public final class Pipeline {
    /** The method websocket routes are declared with; a handshake is matched against it. */
    static final HttpMethod WEBSOCKET = dev.flute.dsl.RouteSpec.WEBSOCKET;

    private final Api api;
    private final RouteTable<Plan> table = new RouteTable<>();
    private final Blocking blocking;
    private final List<Middleware> apiMiddleware;
    private final Map<Class<?>, ExceptionHandler<Throwable>> apiHandlerCache = new ConcurrentHashMap<>();
    /**
     * The counts (requests in flight, resources held) kept per thread that starts requests, so
     * event loops never write the same counter; see {@link Counters}.
     */
    private final List<Counters> counters = new CopyOnWriteArrayList<>();

    private final ThreadLocal<Counters> counter = ThreadLocal.withInitial(() -> {
        var c = new Counters(this::finished);
        counters.add(c);
        return c;
    });
    private final ServedChecks checks;
    private final List<Promise<Void>> drainWaiters = new ArrayList<>();
    private volatile boolean draining;
    private final Vertx vertx;
    /** Whether any route is a websocket: an API without one never looks for an upgrade header. */
    private final boolean sockets;

    private Pipeline(Api api, Vertx vertx) {
        this.api = api;
        this.blocking = new Blocking(vertx, api.settings().maxBlocking());
        this.vertx = vertx;
        this.apiMiddleware = api.root().middleware();
        this.checks = new ServedChecks(api.settings().responseChecks());
        boolean sockets = false;
        for (ResolvedRoute route : ResolvedApi.of(api).routes()) {
            table.add(route.path(), route.method(), Compiler.compile(route, api.settings()));
            sockets |= route.method() == WEBSOCKET;
        }
        this.sockets = sockets;
    }

    /** Compiles the API; fails with a message naming the route when a declaration is wrong. */
    public static Pipeline of(Api api, Vertx vertx) {
        return new Pipeline(api, vertx);
    }

    public Api api() {
        return api;
    }

    /** A scope for one request's background tasks and request-scoped resources; counted as in flight until finished. */
    public RequestScope newScope() {
        Counters c = counter.get();
        c.inFlight.incrementAndGet();
        return new RequestScope(blocking, c);
    }

    /** What the API holds now: requests in flight, resources held, blocking calls, upload files. */
    public dev.flute.dsl.Gauges gauges() {
        int inFlight = 0;
        int held = 0;
        for (Counters c : counters) {
            inFlight += c.inFlight.get();
            held += c.held.get();
        }
        return new dev.flute.dsl.Gauges(inFlight, held, blocking.inUse(), Spool.open());
    }

    private int inFlight() {
        int sum = 0;
        for (Counters c : counters) sum += c.inFlight.get();
        return sum;
    }

    /** Completes once no request is in flight (their background tasks and releases included). */
    public Future<Void> drained() {
        synchronized (drainWaiters) {
            draining = true; // before the count is read: a request that finishes now then sees it
            if (inFlight() == 0) return Future.succeededFuture();
            Promise<Void> waiter = Promise.promise();
            drainWaiters.add(waiter);
            return waiter.future();
        }
    }

    private void finished() {
        if (!draining || inFlight() != 0) return;
        List<Promise<Void>> waiters;
        synchronized (drainWaiters) {
            waiters = new ArrayList<>(drainWaiters);
            drainWaiters.clear();
            draining = false;
        }
        waiters.forEach(Promise::tryComplete);
    }

    /**
     * Serves one request. The future never fails: errors become responses through the handlers.
     * Once the response is sent, the caller calls {@link RequestScope#finish()}.
     */
    public Future<Response<?>> handle(Request received, RequestScope scope) {
        return Answer.future(serve(received, scope));
    }

    /**
     * Serves one request as {@link #handle} does, without a future when no step answered later: the
     * {@link Response} itself, or else a {@code Future<Response<?>>} that never fails.
     */
    public Object serve(Request received, RequestScope scope) {
        Request request = new RoutedRequest(received, scope);
        Object answer;
        try {
            // dispatch answers its own errors; what API middleware fails with is answered here.
            answer = apiMiddleware.isEmpty()
                    ? dispatch(request, scope)
                    : answered(
                            chain(apiMiddleware, 0, r -> Answer.future(dispatch(r, scope)))
                                    .handle(request),
                            request,
                            null);
        } catch (Throwable e) {
            answer = respondToError(request, e, null);
        }
        if (!checks.on()) return answer;
        if (answer instanceof Response<?> response) return checks.apply(request, scope, response);
        return Answer.pending(answer).map(response -> checks.apply(request, scope, response));
    }

    /** {@code middleware[from..]} around {@code inner}. */
    private static Middleware.Next chain(List<Middleware> middleware, int from, Middleware.Next inner) {
        if (from == middleware.size()) return inner;
        Middleware.Next rest = chain(middleware, from + 1, inner);
        Middleware outer = middleware.get(from);
        return request -> {
            try {
                return outer.handle(request, rest);
            } catch (Throwable e) {
                return Future.failedFuture(e);
            }
        };
    }

    /** Routes the request and runs its route; the answer is a response, or a future that never fails. */
    private Object dispatch(Request request, RequestScope scope) {
        scope.dispatching();
        String path = RequestPath.normalize(request.path());
        if (!api.settings().allowEncodedSlashes() && RequestPath.hasEncodedSeparator(path)) {
            // Refused as no route: a peer that reads %2F as '/' would route it elsewhere.
            return answered(Future.failedFuture(new HttpError(404)), request, null);
        }
        RouteTable.Match<Plan> match = table.match(request.method(), path);
        if (isHandshake(request)) {
            RouteTable.Match<Plan> socket = table.match(WEBSOCKET, path);
            if (socket.found()) {
                scope.routed(socket.target());
                return handshake(socket, request, scope);
            }
        }
        if (match.found()) {
            Plan plan = match.target();
            scope.routed(plan);
            List<Middleware> middleware = plan.route.groupMiddleware();
            if (middleware.isEmpty()) return runPlan(plan, request, match.captures(), scope);
            Middleware.Next route = r -> Answer.future(runPlan(plan, r, match.captures(), scope));
            return answered(chain(middleware, 0, route).handle(request), request, null);
        }
        return answered(notRouted(request, path, match.allowed()), request, null);
    }

    private Object runPlan(Plan plan, Request request, String[] captures, RequestScope scope) {
        Object answer;
        try {
            answer = plan.run(request, captures, scope, blocking);
        } catch (Throwable e) {
            return respondToError(request, e, plan);
        }
        if (answer instanceof Response<?> response) return resolved(response, request, plan);
        Future<Response<?>> future = Answer.pending(answer);
        if (future.succeeded()) return resolved(future.result(), request, plan);
        if (future.failed()) return respondToError(request, future.cause(), plan);
        // One step for the rest of the way, however the route's answer ends.
        return future.transform(done -> done.succeeded()
                ? Answer.future(resolved(done.result(), request, plan))
                : Future.succeededFuture(respondToError(request, done.cause(), plan)));
    }

    /**
     * A file's status and headers are decided here (206, 416, or the error a missing file is), so
     * middleware and exception handlers see what will be sent.
     */
    private Object resolved(Response<?> response, Request request, Plan plan) {
        if (response.kind() != Response.Kind.DEFERRED) return response;
        return answered(response.resolve(vertx), request, plan);
    }

    /**
     * Whether this API answers the request when it is mounted in a host router: a route of its
     * method matches (a websocket route, for a handshake), or a slash redirect leads to one. The
     * host's next handler gets everything else, so its routes on the same paths stay reachable.
     */
    public boolean owns(Request request) {
        String path = RequestPath.normalize(request.path());
        if (isHandshake(request) && table.match(WEBSOCKET, path).found()) return true;
        if (table.match(request.method(), path).found()) return true;
        String other = otherSpelling(path);
        return other != null && table.match(request.method(), other).found();
    }

    /** The path with its trailing slash added or removed, when slash redirects are on; null when not. */
    private String otherSpelling(String path) {
        if (!api.settings().redirectSlashes() || path.equals("/")) return null;
        String other = path.endsWith("/") ? path.substring(0, path.length() - 1) : path + "/";
        return other.isEmpty() ? null : other;
    }

    /**
     * Errors become responses, encoded by the route's typed error outputs when it declares one for
     * their status; an answer already there is passed on as it is, with nothing allocated.
     */
    private Object answered(Object answer, Request request, Plan plan) {
        if (answer instanceof Response<?>) return answer;
        Future<Response<?>> future = Answer.pending(answer);
        if (future.succeeded()) return future.result();
        if (future.failed()) return respondToError(request, future.cause(), plan);
        return future.recover(error -> Future.succeededFuture(respondToError(request, error, plan)));
    }

    /** A GET asking to upgrade to a websocket, to an API that has websocket routes. */
    private boolean isHandshake(Request request) {
        if (!sockets || request.method() != HttpMethod.GET) return false;
        String upgrade = request.headers().get(HttpHeaders.UPGRADE);
        return upgrade != null && upgrade.equalsIgnoreCase("websocket");
    }

    /**
     * A websocket route runs its inputs and dependencies before the upgrade; when they refuse, the
     * handshake is refused with 403 before any handler runs, as FastAPI (through uvicorn) answers.
     */
    private Future<Response<?>> handshake(RouteTable.Match<Plan> match, Request request, RequestScope scope) {
        Future<Response<?>> answer;
        try {
            answer = Answer.future(match.target().run(request, match.captures(), scope, blocking));
        } catch (Throwable e) {
            answer = Future.failedFuture(e);
        }
        return answer.recover(error -> Future.succeededFuture(
                error instanceof RequestValidationError
                        ? Response.empty(403)
                        : respondToError(request, error, match.target())));
    }

    private Future<Response<?>> notRouted(Request request, String path, Set<HttpMethod> matched) {
        // A websocket route does not answer plain HTTP: its path alone is no reason for a 405.
        var allowed = new java.util.LinkedHashSet<>(matched);
        allowed.remove(WEBSOCKET);
        if (!allowed.isEmpty()) {
            return Future.failedFuture(new HttpError(405).header("allow", allowHeader(allowed)));
        }
        String other = otherSpelling(path);
        if (other != null) {
            if (table.matchesAnyMethod(other)) {
                String query = request.rawQuery() == null ? "" : "?" + request.rawQuery();
                return Future.succeededFuture(
                        Response.redirect(request.origin() + request.mountPoint() + other + query));
            }
        }
        return Future.failedFuture(new HttpError(404));
    }

    /** GET implies HEAD, as Starlette declares it. */
    private static String allowHeader(Set<HttpMethod> allowed) {
        var methods = new ArrayList<String>();
        for (HttpMethod m : allowed) {
            methods.add(m.name());
            if (m == HttpMethod.GET && !allowed.contains(HttpMethod.HEAD)) methods.add("HEAD");
        }
        return String.join(", ", methods);
    }

    /**
     * Finds the handler for the most specific class of the error (the route's groups first) and runs
     * it; the route, when there is one, encodes a typed error's body.
     */
    private Response<?> respondToError(Request request, Throwable error, Plan plan) {
        try {
            List<Group> groups = plan == null ? List.of() : plan.route.groups();
            Response<?> response = handlerFor(error.getClass(), groups).handle(request, error);
            return plan == null ? response : plan.encodeError(response, request);
        } catch (Throwable handlerFailed) {
            if (handlerFailed != error) handlerFailed.addSuppressed(error);
            try {
                return ErrorHandlers.SERVER_ERROR.handle(request, handlerFailed);
            } catch (Exception impossible) {
                return Response.text("Internal Server Error").status(500);
            }
        }
    }

    @SuppressWarnings("unchecked")
    private ExceptionHandler<Throwable> handlerFor(Class<?> type, List<Group> groups) {
        // Groups are searched innermost first; the root group (the API) is last and its lookups are cached.
        if (groups.size() > 1) {
            for (Class<?> c = type; c != null; c = c.getSuperclass()) {
                for (int g = groups.size() - 1; g >= 1; g--) {
                    ExceptionHandler<?> custom =
                            groups.get(g).exceptionHandlers().get(c);
                    if (custom != null) return (ExceptionHandler<Throwable>) custom;
                }
                ExceptionHandler<Throwable> found = apiHandler(c);
                if (found != null) return found;
            }
            return ErrorHandlers.SERVER_ERROR;
        }
        return apiHandlerCache.computeIfAbsent(type, t -> {
            for (Class<?> c = t; c != null; c = c.getSuperclass()) {
                ExceptionHandler<Throwable> found = apiHandler(c);
                if (found != null) return found;
            }
            return ErrorHandlers.SERVER_ERROR;
        });
    }

    /** The API's handler or FastAPI's default for exactly this class, or null. */
    @SuppressWarnings("unchecked")
    private ExceptionHandler<Throwable> apiHandler(Class<?> c) {
        ExceptionHandler<?> custom = api.root().exceptionHandlers().get(c);
        if (custom != null) return (ExceptionHandler<Throwable>) custom;
        if (c == HttpError.class) return (ExceptionHandler<Throwable>) (Object) ErrorHandlers.HTTP_ERROR;
        if (c == RequestValidationError.class)
            return (ExceptionHandler<Throwable>) (Object) ErrorHandlers.VALIDATION_ERROR;
        return null;
    }
}
