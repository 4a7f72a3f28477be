package dev.flute.bench.jmh;

import dev.flute.bench.ContractCheck;
import dev.flute.bench.Sessions;
import dev.flute.bench.flute.FluteServer;
import dev.flute.bench.raw.RawEndpoints;
import dev.flute.bench.raw.RawServer;
import dev.flute.dsl.Api;
import dev.flute.dsl.http.Response;
import dev.flute.dsl.internal.Encoded;
import dev.flute.dsl.internal.Pipeline;
import dev.flute.dsl.internal.RequestScope;
import dev.flute.dsl.vertx.FluteHandler;
import io.vertx.core.MultiMap;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.TearDown;

/**
 * The per-request work of each contract endpoint, without the network, in two pairs.
 *
 * <p>As servers: {@link #fluteServed()} through Flute's Vert.x adapter ({@code FluteHandler}, as
 * {@code FluteServer} serves it) against {@link #rawRouted()} through the raw server's own
 * {@code Router} (as {@link RawServer} serves it), on the same in-memory request and response: the
 * body collected as it arrives after the request's head was handled, the response's status, headers
 * and bytes handed to Vert.x. This is the pair that matches what wrk measures, the socket aside.
 *
 * <p>As functions: {@link #flute()}, the compiled pipeline with the body already in hand (dispatch,
 * extraction, validation, dependencies, handler, response model, JSON encoding, the request
 * scope's releases) against {@link #raw()}, the hand-written {@link RawEndpoints} (parsing, checks,
 * Jackson) called directly, without routing.
 *
 * <pre>
 * java -jar bench/target/bench.jar jmh -prof gc                  # everything
 * java -jar bench/target/bench.jar jmh -p endpoint=deps,r999 -prof gc
 * </pre>
 */
public class EndpointBench extends PerRequestBench {
    /** One request of the contract, as {@code run.sh} sends it. */
    enum Case {
        plaintext(HttpMethod.GET, "/plaintext", null, null),
        json(HttpMethod.GET, "/json", null, null),
        items(HttpMethod.GET, "/items/5", "q=x", null),
        items_422(HttpMethod.GET, "/items/abc", "q=" + "x".repeat(51) + "&limit=0", null),
        post_items(HttpMethod.POST, "/items/", null, ContractCheck.VALID_ITEM),
        post_items_422(HttpMethod.POST, "/items/", null, ContractCheck.INVALID_ITEM),
        deps(HttpMethod.GET, "/deps/", null, null),
        r0(HttpMethod.GET, "/r0/items/5", "q=x", null),
        r999(HttpMethod.GET, "/r999/items/5", "q=x", null);

        final HttpMethod method;
        final String path;
        final String query;
        final String uri;
        final Buffer body;
        final MultiMap headers = HttpHeaders.headers();

        Case(HttpMethod method, String path, String query, String body) {
            this.method = method;
            this.path = path;
            this.query = query;
            this.uri = query == null ? path : path + "?" + query;
            this.body = body == null ? null : Buffer.buffer(body);
            headers.add("host", "127.0.0.1:8080");
            if (body != null) {
                headers.add("content-type", "application/json");
                headers.add("content-length", String.valueOf(this.body.length()));
            }
            if (path.equals("/deps/")) headers.add("x-token", "bench");
        }

        BenchRequest request() {
            return new BenchRequest(method, path, query, headers, body);
        }

        BenchServerRequest serverRequest() {
            return new BenchServerRequest(method, uri, path, query, headers, body);
        }
    }

    @Param({"plaintext", "json", "items", "items_422", "post_items", "post_items_422", "deps", "r0", "r999"})
    public String endpoint;

    /**
     * Whether every contract request is served first, by each side, before this one is measured: a
     * server answers all its routes, so the call sites they share (a router's, a pipeline's) are
     * polymorphic in the code the JIT compiles. Without it ({@code -p mixed=false}) each fork has
     * seen one request only, and code shared by every route is measured at its best.
     */
    @Param({"true"})
    public boolean mixed;

    private Case c;
    private Vertx vertx;
    private Pipeline pipeline;
    private FluteHandler served;
    private final Sessions fluteSessions = new Sessions();
    private final Sessions rawSessions = new Sessions();
    private final RawEndpoints rawEndpoints = new RawEndpoints();
    private final Sessions routedSessions = new Sessions();
    private Router router;

    @Setup(Level.Trial)
    public void setUp() {
        c = Case.valueOf(endpoint);
        vertx = Vertx.vertx();
        Api api = FluteServer.app(fluteSessions);
        pipeline = Pipeline.of(api, vertx);
        served = FluteHandler.of(vertx, api);
        router = RawServer.router(vertx, new RawEndpoints(), routedSessions);
        if (mixed) serveEveryRequest(MIXED_ROUNDS);
        // Like for like: every side must answer this request with the same bytes.
        Encoded flute = fluteEncoded();
        String raw = raw().toString();
        if (!flute.body().toString().equals(raw)) {
            throw new IllegalStateException(endpoint + ": flute answers " + flute.body() + " but raw " + raw);
        }
        BenchServerResponse byRouter = route();
        BenchServerResponse byAdapter = serve();
        sameAnswer(flute, "raw through its router", byRouter);
        sameAnswer(flute, "flute through its adapter", byAdapter);
        if (!byRouter.headers().entries().equals(byAdapter.headers().entries())) {
            throw new IllegalStateException(endpoint + ": flute's adapter sends the headers "
                    + byAdapter.headers().entries() + " but raw's router "
                    + byRouter.headers().entries());
        }
    }

    private void sameAnswer(Encoded flute, String side, BenchServerResponse other) {
        String type = other.headers().get(HttpHeaders.CONTENT_TYPE);
        if (other.getStatusCode() != flute.status()
                || !flute.contentType().equals(type)
                || !flute.body().equals(other.body())) {
            throw new IllegalStateException(endpoint + ": flute answers " + flute.status() + " " + flute.contentType()
                    + " " + flute.body() + " but " + side + " " + other.getStatusCode() + " " + type + " "
                    + other.body());
        }
    }

    /** Enough for every shared method to be compiled with what each request brings to its profile. */
    private static final int MIXED_ROUNDS = 20_000;

    /** Serves every contract request {@code rounds} times on each side; the measured request stays {@code c}. */
    void serveEveryRequest(int rounds) {
        Case measured = c;
        for (int round = 0; round < rounds; round++) {
            for (Case each : Case.values()) {
                c = each;
                flute();
                fluteServed();
                rawRouted();
                raw();
            }
        }
        c = measured;
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        vertx.close();
        if (fluteSessions.open() != 0 || rawSessions.open() != 0 || routedSessions.open() != 0) {
            throw new IllegalStateException("sessions left open: flute " + fluteSessions.open() + ", raw "
                    + rawSessions.open() + ", raw routed " + routedSessions.open());
        }
    }

    /** The request through Flute, encoded as the Vert.x writer encodes it, its scope finished once "sent". */
    @Benchmark
    public Buffer flute() {
        RequestScope scope = pipeline.newScope();
        // As the Vert.x adapter serves it: a route whose steps answer at once is answered without a future.
        if (!(pipeline.serve(c.request(), scope) instanceof Response<?> response)) {
            throw new IllegalStateException("a synchronous route suspended");
        }
        // Written out here, not through fluteEncoded(): an Encoded returned from a method escapes,
        // and would count 40 bytes per request that the Vert.x writer never allocates.
        Encoded encoded = Encoded.of(response);
        scope.finish();
        return encoded.body();
    }

    /** {@link #flute()}'s answer whole (status, headers), for the setup's comparison. */
    private Encoded fluteEncoded() {
        RequestScope scope = pipeline.newScope();
        // As the Vert.x adapter serves it: a route whose steps answer at once is answered without a future.
        if (!(pipeline.serve(c.request(), scope) instanceof Response<?> response)) {
            throw new IllegalStateException("a synchronous route suspended");
        }
        Encoded encoded = Encoded.of(response);
        scope.finish();
        return encoded;
    }

    /**
     * The same request through the raw server's {@code Router}: its routing context, the scan of its
     * routes, the path parameter's match, the handler, the session released once {@code end} has
     * "sent" the response (the future {@code RawServer} waits for).
     */
    @Benchmark
    public Buffer rawRouted() {
        return route().body();
    }

    private BenchServerResponse route() {
        BenchServerRequest request = c.serverRequest();
        router.handle(request);
        return answered(request, "the router");
    }

    /** The response the request got; a side that left it unanswered fails the benchmark. */
    private BenchServerResponse answered(BenchServerRequest request, String side) {
        BenchServerResponse response = request.response();
        if (!response.ended()) throw new IllegalStateException(side + " did not answer " + endpoint);
        return response;
    }

    /**
     * The request through Flute's Vert.x adapter, as a server answers it: routed, its body collected
     * when it arrives (after the handler returned, as from a socket), the response written to
     * Vert.x, the scope finished once {@code end} has "sent" it.
     */
    @Benchmark
    public Buffer fluteServed() {
        return serve().body();
    }

    private BenchServerResponse serve() {
        BenchServerRequest request = c.serverRequest();
        served.handle(request);
        request.bodyArrives();
        return answered(request, "flute's adapter");
    }

    /** The same request through the hand-written code, its session released once "sent". */
    @Benchmark
    public Buffer raw() {
        RawEndpoints.Response r;
        switch (c) {
            case plaintext:
                return RawEndpoints.PLAINTEXT;
            case json:
                return rawEndpoints.json();
            case items:
            case items_422:
                r = rawEndpoints.readItem(c.path.substring("/items/".length()), c.query);
                break;
            case r0:
            case r999:
                r = rawEndpoints.readItem("5", c.query);
                break;
            case post_items:
            case post_items_422:
                r = rawEndpoints.createItem(c.headers.get(HttpHeaders.CONTENT_TYPE), c.body);
                break;
            case deps:
                r = rawEndpoints.deps(c.query, c.headers.get("X-Token"), rawSessions);
                break;
            default:
                throw new IllegalStateException(endpoint);
        }
        if (r.session() != null) r.session().release();
        return r.body();
    }
}
