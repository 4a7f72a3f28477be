package dev.flute.dsl.testing;

import dev.flute.dsl.Api;
import dev.flute.dsl.Gauges;
import dev.flute.dsl.internal.Contracts;
import dev.flute.dsl.internal.Pipeline;
import dev.flute.dsl.internal.RequestScope;
import dev.flute.dsl.spi.ResponseContract;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpMethod;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Runs requests through a whole {@link Api} in memory: routing, extraction, validation, handler and
 * encoding, exactly as served, without opening a port.
 *
 * <pre>{@code
 * try (var client = TestClient.of(api)) {
 *     client.get("/items/5?q=x").send().assertStatus(200).assertJson("{\"item_id\":5,\"q\":\"x\"}");
 * }
 * }</pre>
 *
 * <p>Every response is checked against the description of the route that answered it
 * ({@link ResponseContract}): its status documented (or one of the framework's own answers), its
 * content type the declared one, its body valid against the declared type. A response that differs
 * fails the request with every difference, each at its place ({@code $.items[2].price}). A test that
 * provokes something undocumented on purpose turns the check off for the client
 * ({@link #checkResponses(boolean)}) or one request ({@link TestRequest#checkResponse(boolean)}).
 */
public final class TestClient implements AutoCloseable {
    private final Vertx vertx;
    private final boolean ownsVertx;
    private final Pipeline pipeline;
    private final Context context;
    private final Contracts contracts = new Contracts();
    private volatile boolean checkResponses = true;

    private TestClient(Vertx vertx, boolean ownsVertx, Api api) {
        this.vertx = vertx;
        this.ownsVertx = ownsVertx;
        this.pipeline = Pipeline.of(api, vertx);
        this.context = vertx.getOrCreateContext();
        await(api.lifespan().start(vertx), "the startup hooks");
    }

    private static void await(io.vertx.core.Future<?> future, String what) {
        try {
            future.toCompletionStage().toCompletableFuture().get(30, java.util.concurrent.TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(what + " failed", e);
        }
    }

    /** A client with a Vert.x instance of its own, closed with the client. */
    public static TestClient of(Api api) {
        Vertx vertx = Vertx.vertx();
        try {
            return new TestClient(vertx, true, api);
        } catch (RuntimeException badApi) {
            vertx.close();
            throw badApi;
        }
    }

    /** A client on an existing Vert.x instance (left open on close). */
    public static TestClient of(Vertx vertx, Api api) {
        return new TestClient(vertx, false, api);
    }

    public TestRequest get(String uri) {
        return request(HttpMethod.GET, uri);
    }

    public TestRequest post(String uri) {
        return request(HttpMethod.POST, uri);
    }

    public TestRequest put(String uri) {
        return request(HttpMethod.PUT, uri);
    }

    public TestRequest patch(String uri) {
        return request(HttpMethod.PATCH, uri);
    }

    public TestRequest delete(String uri) {
        return request(HttpMethod.DELETE, uri);
    }

    public TestRequest head(String uri) {
        return request(HttpMethod.HEAD, uri);
    }

    public TestRequest options(String uri) {
        return request(HttpMethod.OPTIONS, uri);
    }

    /**
     * Whether responses are checked against their route's description (on by default); off for a
     * client whose tests provoke undocumented answers on purpose.
     */
    public TestClient checkResponses(boolean check) {
        this.checkResponses = check;
        return this;
    }

    /** What the API holds now (requests in flight, resources, blocking calls, upload files). */
    public Gauges gauges() {
        return pipeline.gauges();
    }

    /** A request with any method; {@code uri} is a path with an optional query, percent-encoded. */
    public TestRequest request(HttpMethod method, String uri) {
        return new TestRequest(this, method, uri);
    }

    /** Serves a request on the client's event-loop context, as a server would, waits for it and checks the answer. */
    TestResponse send(InMemoryRequest request, boolean check, java.time.Duration readFor) {
        var served = new AtomicReference<RequestScope>();
        TestResponse response =
                serve(request, served, readFor).routed(served.get().resolvedRoute());
        if (check && checkResponses) check(request, served.get(), response);
        return response;
    }

    private void check(InMemoryRequest request, RequestScope scope, TestResponse response) {
        ResponseContract contract = contracts.of(scope, request.method(), request.path());
        List<ResponseContract.Mismatch> wrong = response.complete()
                ? contract.check(request.method(), response.status(), response.header("content-type"), response.bytes())
                : contract.checkPart(
                        request.method(), response.status(), response.header("content-type"), response.bytes());
        if (wrong.isEmpty()) return;
        var message = new StringBuilder()
                .append(request.method().name())
                .append(' ')
                .append(request.path())
                .append(" answered ")
                .append(response.status())
                .append(", which the description of ")
                .append(contract.route())
                .append(" does not allow:");
        for (ResponseContract.Mismatch m : wrong) message.append("\n  ").append(m);
        message.append("\nthe response: ").append(response);
        message.append("\n(on purpose? client.checkResponses(false) or request.checkResponse(false))");
        throw new AssertionError(message.toString());
    }

    private TestResponse serve(
            InMemoryRequest request, AtomicReference<RequestScope> served, java.time.Duration readFor) {
        var done = new java.util.concurrent.CompletableFuture<TestResponse>();
        // Like a server: answer, then run the background tasks and releases, before the next request.
        context.runOnContext(v -> {
            RequestScope scope = pipeline.newScope();
            served.set(scope);
            pipeline.handle(request, scope)
                    .compose(response -> TestResponse.collect(vertx, request.method(), response, readFor))
                    .onComplete(result -> {
                        if (result.failed()) {
                            done.completeExceptionally(result.cause());
                            scope.finish();
                            return;
                        }
                        scope.finish().onComplete(finished -> done.complete(result.result()));
                    });
        });
        try {
            return done.get(30, java.util.concurrent.TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError("request " + request.method() + " " + request.path() + " did not complete", e);
        }
    }

    /** Runs the shutdown hooks (like leaving FastAPI's {@code with TestClient(app)}), then closes Vert.x if it owns it. */
    @Override
    public void close() {
        try {
            await(pipeline.drained().compose(v -> pipeline.api().lifespan().stop(vertx)), "the shutdown hooks");
        } finally {
            if (ownsVertx) vertx.close();
        }
    }
}
