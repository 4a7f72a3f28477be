package dev.flute.dsl;

import com.google.errorprone.annotations.CheckReturnValue;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * A whole API as an immutable value: its routes, groups, global dependencies, exception handlers
 * and settings. Serve it ({@code Flute.serve}), mount it in an existing Vert.x router
 * ({@code FluteRouter.of(vertx, api)}), test it ({@code TestClient.of(api)}) or document it
 * ({@code OpenApi.of(api)}).
 *
 * <pre>{@code
 * Api api = api("Items", "1.0")
 *     .routes(READ_ITEM, CREATE_ITEM)
 *     .group(group("/users").tags("users").routes(READ_USER));
 * }</pre>
 */
@CheckReturnValue
public record Api(
        Info info,
        Group root,
        Settings settings,
        Map<Dep<?>, Dep<?>> overrides,
        Lifespan lifespan,
        List<Mount> mounts) {

    public Api {
        var copy = new java.util.IdentityHashMap<Dep<?>, Dep<?>>(overrides);
        overrides = java.util.Collections.unmodifiableMap(copy);
        mounts = List.copyOf(mounts);
    }

    /** An API without mounted Vert.x handlers. */
    public Api(Info info, Group root, Settings settings, Map<Dep<?>, Dep<?>> overrides, Lifespan lifespan) {
        this(info, root, settings, overrides, lifespan, List.of());
    }

    /**
     * A Vert.x handler serving every request under {@code prefix} (FastAPI's {@code app.mount}):
     * static files, an existing router. It sees the prefix as its mount point, is left out of the
     * document, and is served by {@code FluteServer} and {@code FluteRouter} (the in-memory test
     * client has no Vert.x router to run it).
     *
     * @param prefix a path of literal segments, {@code /static}
     */
    public record Mount(String prefix, io.vertx.core.Handler<io.vertx.ext.web.RoutingContext> handler) {
        public Mount {
            if (!prefix.matches("(/[A-Za-z0-9._~!$&'()+,;=@-]+)+")) {
                throw new IllegalArgumentException(
                        "a mount prefix is a path of literal segments without a trailing slash: '" + prefix + "'");
            }
            if (handler == null) throw new IllegalArgumentException("mount " + prefix + " needs a handler");
        }
    }

    /** The document's {@code info}. */
    public record Info(String title, String version, String description, String summary) {}

    /**
     * @param openapiUrl where the OpenAPI document is served; null turns it (and the docs) off
     * @param docsUrl Swagger UI; null turns it off
     * @param redocUrl ReDoc; null turns it off
     * @param redirectSlashes answer 307 to the other spelling of a path ({@code /items} for {@code /items/})
     * @param maxBodySize the largest request body read, in bytes; larger gets 413
     * @param rootPath the prefix a proxy strips before the request reaches the API (OpenAPI's server)
     * @param formLimits the limits of form and multipart bodies, unless a route sets its own
     * @param allowEncodedSlashes accept {@code %2F} and {@code %5C} inside a path segment, as part of
     *     the segment's value; off by default: such a path is answered 404, as Tomcat and Spring's
     *     firewall refuse it, because a peer that reads it as a separator sees another path
     * @param maxJsonDepth how deeply a JSON body may nest (256); deeper is a 422 {@code json_invalid}
     *     before it can exhaust the stack
     * @param maxBlocking how many blocking calls (handlers, dependencies, releases, tasks marked
     *     blocking) may run or wait at once; a request that needs one more is answered 503 with
     *     {@code Retry-After} instead of queueing without bound (default 256)
     * @param responseChecks whether every response is checked against its route's description while
     *     serving (off by default; {@code LOG} or {@code FAIL} during development)
     */
    public record Settings(
            String openapiUrl,
            String docsUrl,
            String redocUrl,
            boolean redirectSlashes,
            long maxBodySize,
            String rootPath,
            FormLimits formLimits,
            boolean allowEncodedSlashes,
            int maxJsonDepth,
            int maxBlocking,
            ResponseChecks responseChecks) {

        public static final Settings DEFAULT = new Settings(
                "/openapi.json",
                "/docs",
                "/redoc",
                true,
                10L * 1024 * 1024,
                "",
                FormLimits.DEFAULT,
                false,
                Json.MAX_DEPTH,
                256,
                ResponseChecks.OFF);

        public Settings {
            if (maxBodySize <= 0) throw new IllegalArgumentException("maxBodySize must be positive: " + maxBodySize);
            if (formLimits == null) throw new IllegalArgumentException("formLimits cannot be null");
            if (maxJsonDepth <= 0) throw new IllegalArgumentException("maxJsonDepth must be positive: " + maxJsonDepth);
            if (maxBlocking <= 0) throw new IllegalArgumentException("maxBlocking must be positive: " + maxBlocking);
            if (responseChecks == null) throw new IllegalArgumentException("responseChecks cannot be null");
        }

        /** Where the document and the docs pages are served; null turns one off. */
        public Settings docs(String openapiUrl, String docsUrl, String redocUrl) {
            return with(d -> {
                d.openapiUrl = openapiUrl;
                d.docsUrl = docsUrl;
                d.redocUrl = redocUrl;
            });
        }

        public Settings redirectSlashes(boolean redirect) {
            return with(d -> d.redirectSlashes = redirect);
        }

        public Settings maxBodySize(long bytes) {
            return with(d -> d.maxBodySize = bytes);
        }

        public Settings rootPath(String prefix) {
            return with(d -> d.rootPath = prefix);
        }

        /** Accept encoded slashes inside path segments (off by default; see the record's description). */
        public Settings allowEncodedSlashes(boolean allow) {
            return with(d -> d.allowEncodedSlashes = allow);
        }

        /** How deeply a JSON body may nest; see the record's description. */
        public Settings maxJsonDepth(int depth) {
            return with(d -> d.maxJsonDepth = depth);
        }

        /** How many blocking calls may run or wait at once before requests are answered 503. */
        public Settings maxBlocking(int calls) {
            return with(d -> d.maxBlocking = calls);
        }

        /** Checks every response against its route's description while serving: log or refuse what differs. */
        public Settings responseChecks(ResponseChecks checks) {
            return with(d -> d.responseChecks = checks);
        }

        /** The limits of every form body of the API; a route's own {@code formLimits} wins. */
        public Settings formLimits(FormLimits limits) {
            return with(d -> d.formLimits = limits);
        }

        /** A copy with the changes {@code edit} makes: one place that copies every component. */
        private Settings with(Consumer<Draft> edit) {
            var d = new Draft(this);
            edit.accept(d);
            return new Settings(
                    d.openapiUrl,
                    d.docsUrl,
                    d.redocUrl,
                    d.redirectSlashes,
                    d.maxBodySize,
                    d.rootPath,
                    d.formLimits,
                    d.allowEncodedSlashes,
                    d.maxJsonDepth,
                    d.maxBlocking,
                    d.responseChecks);
        }

        private static final class Draft {
            String openapiUrl;
            String docsUrl;
            String redocUrl;
            boolean redirectSlashes;
            long maxBodySize;
            String rootPath;
            FormLimits formLimits;
            boolean allowEncodedSlashes;
            int maxJsonDepth;
            int maxBlocking;
            ResponseChecks responseChecks;

            Draft(Settings s) {
                openapiUrl = s.openapiUrl;
                docsUrl = s.docsUrl;
                redocUrl = s.redocUrl;
                redirectSlashes = s.redirectSlashes;
                maxBodySize = s.maxBodySize;
                rootPath = s.rootPath;
                formLimits = s.formLimits;
                allowEncodedSlashes = s.allowEncodedSlashes;
                maxJsonDepth = s.maxJsonDepth;
                maxBlocking = s.maxBlocking;
                responseChecks = s.responseChecks;
            }
        }
    }

    public static Api of(String title, String version) {
        return new Api(
                new Info(title, version, null, null),
                Group.of(""),
                Settings.DEFAULT,
                Map.of(),
                Lifespan.NONE,
                List.of());
    }

    public Api description(String description) {
        return withInfo(new Info(info.title(), info.version(), description, info.summary()));
    }

    public Api summary(String summary) {
        return withInfo(new Info(info.title(), info.version(), info.description(), summary));
    }

    public Api routes(Endpoint<?>... endpoints) {
        return withRoot(root.routes(endpoints));
    }

    public Api group(Group group) {
        return withRoot(root.group(group));
    }

    /** Dependencies every route runs (FastAPI's {@code FastAPI(dependencies=[...])}). */
    public Api dependencies(Dep<?>... dependencies) {
        return withRoot(root.dependencies(dependencies));
    }

    /** A response every route may give, documented on each operation. */
    public Api response(int status, String description) {
        return withRoot(root.response(status, description));
    }

    /** A typed error every route may answer, documented on each operation with its schema. */
    public Api error(ErrorOutput<?> error) {
        return withRoot(root.error(error));
    }

    /** Every handler of the API blocks (a JDBC service): each runs on a worker, never the event loop. */
    public Api blocking() {
        return withRoot(root.blocking());
    }

    /**
     * Every route answers 504 {@code {"detail":"Gateway Timeout"}} when it has not answered within
     * {@code limit}, unless it or its group sets its own: {@code api.timeout(Duration.ofSeconds(30))}.
     */
    public Api timeout(java.time.Duration limit) {
        return withRoot(root.timeout(limit));
    }

    /** Handles exceptions of type {@code type} (and subclasses without a more specific handler). */
    public <E extends Throwable> Api exceptionHandler(Class<E> type, ExceptionHandler<? super E> handler) {
        return withRoot(root.exceptionHandler(type, handler));
    }

    /** Wraps every request, unknown paths included; the first added is the outermost. */
    public Api middleware(Middleware... middleware) {
        return withRoot(root.middleware(middleware));
    }

    public Api settings(Settings settings) {
        return new Api(info, root, settings, overrides, lifespan, mounts);
    }

    /**
     * Replaces a dependency wherever it is used, without touching route code: FastAPI's
     * {@code app.dependency_overrides[original] = replacement}, for tests.
     */
    public <T> Api override(Dep<T> original, Dep<? extends T> replacement) {
        var all = new java.util.IdentityHashMap<Dep<?>, Dep<?>>(overrides);
        all.put(original, replacement);
        return new Api(info, root, settings, all, lifespan, mounts);
    }

    /** Runs before the server accepts requests (open pools, run migrations). */
    public Api onStartup(Lifespan.Hook hook) {
        return new Api(info, root, settings, overrides, lifespan.onStartup(hook), mounts);
    }

    /** Runs after the server stopped and in-flight work finished (close pools). */
    public Api onShutdown(Lifespan.Hook hook) {
        return new Api(info, root, settings, overrides, lifespan.onShutdown(hook), mounts);
    }

    /**
     * Serves {@code prefix} and everything below it with a Vert.x handler, FastAPI's
     * {@code app.mount}: {@code api.mount("/static", StaticHandler.create("public"))}. Mounts come
     * before the API's routes; a request the handler passes on ({@code ctx.next()}, a file the
     * {@code StaticHandler} does not have) gets the API's answer (404 standalone).
     */
    public Api mount(String prefix, io.vertx.core.Handler<io.vertx.ext.web.RoutingContext> handler) {
        return new Api(
                info, root, settings, overrides, lifespan, Group.concat(mounts, List.of(new Mount(prefix, handler))));
    }

    /** Every endpoint with the groups it sits in, outermost first. */
    public List<Mounted> endpoints() {
        var out = new java.util.ArrayList<Mounted>();
        collect(root, List.of(), out);
        return List.copyOf(out);
    }

    /** An endpoint in place: the groups around it give its full path, tags, responses and dependencies. */
    public record Mounted(Endpoint<?> endpoint, List<Group> groups) {
        /** The full path template: every group prefix, then the route's template. */
        public String template() {
            var path = new StringBuilder();
            for (Group g : groups) path.append(g.prefix());
            return path.append(endpoint.spec().template()).toString();
        }

        /** Side-effect dependencies: the API's, each group's, then the route's. */
        public List<Dep<?>> dependencies() {
            var all = new java.util.ArrayList<Dep<?>>();
            for (Group g : groups) all.addAll(g.dependencies());
            all.addAll(endpoint.spec().dependencies());
            return List.copyOf(all);
        }
    }

    /** A copy with another root group (for tools that add routes, such as the documentation pages). */
    public Api withRoot(Group root) {
        return new Api(info, root, settings, overrides, lifespan, mounts);
    }

    private Api withInfo(Info info) {
        return new Api(info, root, settings, overrides, lifespan, mounts);
    }

    private static void collect(Group group, List<Group> outer, List<Mounted> out) {
        var path = Group.concat(outer, List.of(group));
        for (Endpoint<?> e : group.endpoints()) out.add(new Mounted(e, path));
        for (Group child : group.groups()) collect(child, path, out);
    }
}
