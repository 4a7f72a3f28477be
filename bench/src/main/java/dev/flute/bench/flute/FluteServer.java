package dev.flute.bench.flute;

import static dev.flute.dsl.Flute.*;

import dev.flute.bench.BenchConfig;
import dev.flute.bench.Sessions;
import dev.flute.dsl.Api;
import dev.flute.dsl.Dep;
import dev.flute.dsl.Endpoint;
import dev.flute.dsl.http.HttpError;
import dev.flute.dsl.http.Response;
import dev.flute.dsl.types.ModelType;
import dev.flute.dsl.vertx.FluteHandler;
import io.vertx.core.DeploymentOptions;
import io.vertx.core.Future;
import io.vertx.core.VerticleBase;
import io.vertx.core.Vertx;
import java.util.ArrayList;
import java.util.List;

/**
 * The BENCH.md contract written with Flute, as a Flute user would. Served like
 * {@code dev.flute.bench.raw.RawServer}: one verticle per event loop, each an {@code HttpServer}
 * with {@link BenchConfig#serverOptions} whose request handler is a {@link FluteHandler} (so
 * neither server has protections the other lacks; the DSL's own standalone server adds a
 * slowloris sweep and stricter limits).
 */
public final class FluteServer extends VerticleBase {
    public static final int ROUTE_APPS = 1000;

    // #3, #6
    public record ItemRead(int item_id, String q, int limit) {}

    // #4
    public record Image(String url, String name) {}

    public record Item(String name, double price, List<String> tags, Image image) {}

    public record ItemOut(String name, double price, List<String> tags) {}

    static final ModelType<Item> ITEM = model(Item.class)
            .field("name", str().minLength(1).maxLength(100))
            .field("price", double_().gt(0))
            .field("tags", listOf(str()).withDefault(List.of()))
            .field("image", model(Image.class).nullable());

    // #5
    public record Commons(int skip, int limit) {}

    public record DepsOut(int skip, int limit, String user, boolean session) {}

    static final Dep<Commons> COMMONS =
            dep(query("skip", int_().withDefault(0)), query("limit", int_().withDefault(100)), Commons::new);

    static final Dep<String> TOKEN = dep(
            header("x_token", str().optional()),
            token -> token.orElseThrow(() -> new HttpError(401, "Not authenticated")));

    static final Dep<String> USER = dep(TOKEN, token -> token);

    /** A response is an immutable value: built once, sent as often as asked. */
    static final Response<?> HELLO = Response.text("Hello, World!");

    static final Endpoint PLAINTEXT = route(GET, "/plaintext").handle(() -> HELLO);

    public record Message(String message) {}

    static final Endpoint JSON = route(GET, "/json").handle(() -> new Message("Hello, World!"));

    static final Endpoint CREATE_ITEM = route(POST, "/items/")
            .param(body(ITEM))
            .returns(model(ItemOut.class))
            .handle(item -> new ItemOut(item.name(), item.price(), item.tags()));

    public static Endpoint readItem(String template) {
        return route(GET, template)
                .param(path("item_id", int_().ge(0)))
                .param(query("q", str().maxLength(50).optional()))
                .param(query("limit", int_().ge(1).le(100).withDefault(10)))
                .handle((id, q, limit) -> new ItemRead(id, q.orElse(null), limit));
    }

    /** The whole contract; {@code sessions} is the pool the {@code session} resource draws from. */
    public static Api app(Sessions sessions) {
        Dep<Sessions.Session> session = resource(TOKEN, sessions::acquire, (s, outcome) -> {
            s.release();
        });
        Endpoint deps = route(GET, "/deps/")
                .depends(COMMONS)
                .depends(USER)
                .depends(session)
                .handle((commons, user, s) -> new DepsOut(commons.skip(), commons.limit(), user, s.isOpen()));

        var routes = new ArrayList<>(List.of(PLAINTEXT, JSON, readItem("/items/<item_id>"), CREATE_ITEM, deps));
        for (int n = 0; n < ROUTE_APPS; n++) routes.add(readItem("/r" + n + "/items/<item_id>"));
        return api("Bench", "1.0").routes(routes.toArray(Endpoint[]::new));
    }

    // ---- serving: the same shape as RawServer -------------------------------------------------

    private final int port;
    private final Sessions sessions = new Sessions();

    public FluteServer(int port) {
        this.port = port;
    }

    /** Deploys {@code instances} verticles, all listening on {@code port}. */
    public static Future<String> deploy(Vertx vertx, int port, int instances) {
        return vertx.deployVerticle(() -> new FluteServer(port), new DeploymentOptions().setInstances(instances));
    }

    /** The sessions opened by this instance (for tests). */
    public Sessions sessions() {
        return sessions;
    }

    @Override
    public Future<?> start() {
        FluteHandler handler = FluteHandler.of(vertx, app(sessions));
        return vertx.createHttpServer(BenchConfig.serverOptions(port))
                .requestHandler(handler::handle)
                .listen();
    }
}
