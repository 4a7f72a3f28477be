package dev.flute.dsl.internal;

import dev.flute.dsl.Api;
import dev.flute.dsl.ErrorHandlers;
import dev.flute.dsl.ExceptionHandler;
import dev.flute.dsl.http.HttpError;
import dev.flute.dsl.http.Request;
import dev.flute.dsl.http.RequestValidationError;
import dev.flute.dsl.http.Response;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpMethod;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * A compiled {@link Api}: {@code Request -> Future<Response>}. Built once; immutable and shared by
 * every event loop. The Vert.x handler and the in-memory test client both run requests through it.
 */
public final class Pipeline {
    private final Api api;
    private final RouteTable<Plan> table = new RouteTable<>();
    private final Blocking blocking;
    private final Map<Class<?>, ExceptionHandler<Throwable>> handlerCache = new ConcurrentHashMap<>();

    private Pipeline(Api api, Vertx vertx) {
        this.api = api;
        this.blocking = new Blocking(vertx);
        var shapes = new HashMap<String, Api.Mounted>();
        var operationIds = new HashMap<String, Api.Mounted>();
        for (Api.Mounted mounted : api.endpoints()) {
            Plan plan = Compiler.compile(mounted, api.settings().maxBodySize());
            PathTemplate template = Compiler.template(mounted);
            HttpMethod method = mounted.endpoint().spec().method();
            Api.Mounted shadowed = shapes.put(method.name() + " " + template.shape(), mounted);
            if (shadowed != null) {
                throw new IllegalArgumentException(
                        "routes " + describe(shadowed) + " and " + describe(mounted) + " match the same requests");
            }
            Api.Mounted sameId = operationIds.put(mounted.operationId(), mounted);
            if (sameId != null) {
                throw new IllegalArgumentException("routes " + describe(sameId) + " and " + describe(mounted)
                        + " have the same operationId '" + mounted.operationId() + "'");
            }
            table.add(template, method, plan);
        }
    }

    /** Compiles the API; fails with a message naming the route when a declaration is wrong. */
    public static Pipeline of(Api api, Vertx vertx) {
        return new Pipeline(api, vertx);
    }

    public Api api() {
        return api;
    }

    /** A scope for one request's background tasks and request-scoped resources. */
    public RequestScope newScope() {
        return new RequestScope(blocking);
    }

    /**
     * Serves one request. The future never fails: errors become responses through the handlers.
     * Once the response is sent, the caller calls {@link RequestScope#finish()}.
     */
    public Future<Response> handle(Request request, RequestScope scope) {
        Future<Response> result;
        try {
            result = dispatch(request, scope);
        } catch (Throwable e) {
            result = Future.failedFuture(e);
        }
        return result.recover(error -> Future.succeededFuture(respondToError(request, error)));
    }

    private Future<Response> dispatch(Request request, RequestScope scope) {
        String path = PercentDecoder.decode(request.path());
        RouteTable.Match<Plan> match = table.match(request.method(), path);
        if (match.found()) return match.target().run(request, match.captures(), scope, blocking);
        if (!match.allowed().isEmpty()) {
            return Future.failedFuture(new HttpError(405).header("allow", allowHeader(match.allowed())));
        }
        if (api.settings().redirectSlashes() && !path.equals("/")) {
            String raw = request.path();
            String other = path.endsWith("/") ? path.substring(0, path.length() - 1) : path + "/";
            if (!other.isEmpty() && table.matchesAnyMethod(other)) {
                String target = raw.endsWith("/") ? raw.substring(0, raw.length() - 1) : raw + "/";
                String query = request.rawQuery() == null ? "" : "?" + request.rawQuery();
                return Future.succeededFuture(
                        Response.redirect(request.origin() + request.mountPoint() + target + query));
            }
        }
        return Future.failedFuture(new HttpError(404));
    }

    /** GET implies HEAD, as Starlette declares it. */
    private static String allowHeader(java.util.Set<HttpMethod> allowed) {
        var methods = new ArrayList<String>();
        for (HttpMethod m : allowed) {
            methods.add(m.name());
            if (m == HttpMethod.GET && !allowed.contains(HttpMethod.HEAD)) methods.add("HEAD");
        }
        return String.join(", ", methods);
    }

    /** Finds the handler for the most specific class of the error and runs it. */
    private Response respondToError(Request request, Throwable error) {
        try {
            return handlerFor(error.getClass()).handle(request, error);
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
    private ExceptionHandler<Throwable> handlerFor(Class<?> type) {
        return handlerCache.computeIfAbsent(type, t -> {
            for (Class<?> c = t; c != null; c = c.getSuperclass()) {
                ExceptionHandler<?> custom = api.exceptionHandlers().get(c);
                if (custom != null) return (ExceptionHandler<Throwable>) custom;
                if (c == HttpError.class) return (ExceptionHandler<Throwable>) (Object) ErrorHandlers.HTTP_ERROR;
                if (c == RequestValidationError.class) {
                    return (ExceptionHandler<Throwable>) (Object) ErrorHandlers.VALIDATION_ERROR;
                }
            }
            return ErrorHandlers.SERVER_ERROR;
        });
    }

    private static String describe(Api.Mounted m) {
        return m.endpoint().spec().method().name() + " " + m.template();
    }

    /** For diagnostics: every route, one per line. */
    @Override
    public String toString() {
        return api.endpoints().stream().map(Pipeline::describe).collect(Collectors.joining("\n"));
    }

    List<Api.Mounted> routes() {
        return api.endpoints();
    }
}
