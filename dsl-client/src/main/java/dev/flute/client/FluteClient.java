package dev.flute.client;

import dev.flute.dsl.Api;
import dev.flute.dsl.Endpoint;
import dev.flute.dsl.Input;
import dev.flute.dsl.Param;
import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.streams.ReadStream;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;

/**
 * A typed HTTP client derived from the route values that serve the API (Tapir's client
 * interpreter; FastAPI has none): one more interpreter of the resolved route. Calling a route with
 * its inputs in declaration order sends them encoded by the types that decode them on the server,
 * and the answer comes back decoded by the route's declared output.
 *
 * <pre>{@code
 * FluteClient client = FluteClient.of(vertx, "http://127.0.0.1:8000", api);
 *
 * Future<Item> item = client.call(READ_ITEM, 5L, Optional.of("x"));      // path 'item_id', then query 'q'
 * Future<User> me = client.withBearer(token).call(READ_USERS_ME);          // sent where a scheme takes it
 * Future<Map<String, Item>> items = client
 *     .with(header("x_token", str()), "fake-super-secret-token")         // a dependency's header, on every call reading it
 *     .call(READ_ITEMS);
 * }</pre>
 *
 * <p>A call's positional inputs are the route's own inputs read from the request (path, query,
 * header, cookie, parameter models, bodies, form fields, files), each the value its handler
 * receives ({@code Optional.empty()} or null leaves an optional one out). What a dependency reads
 * is given by its declaration, for every call ({@link #with}) or one ({@link Call#input}). A JSON
 * answer is read into the output's type (records, lists, maps, {@code Partial}s, scalars); text as
 * a {@code String}; bytes as {@code byte[]}; no content as null; a redirect as its URL; a file
 * into a temporary file whose {@code Path} the caller owns; a stream, JSON Lines or Server-Sent
 * Events as a {@code ReadStream} of typed items, paused until it has a handler (one that does not
 * end is stopped with {@link #cancel}). An error status
 * fails the future with {@link HttpFailure}; an answer that does not fit the declared output with
 * {@link ResponseDecodingError}. A call given the wrong inputs throws
 * {@link IllegalArgumentException} naming the route and what it takes, before anything is sent.
 *
 * <p>Give the client the {@link Api} the routes are served in: it knows the group prefixes, the
 * group dependencies and the overrides. Without one, each route is taken alone, at the root.
 * The client is immutable: each {@code with...} returns a copy sharing its connections.
 */
public final class FluteClient {

    /** Something the client adds to the calls whose routes take it (a dependency's input, credentials). */
    @FunctionalInterface
    interface Default {
        void addTo(ClientRoute route, List<Call.Given> givens);
    }

    private final Vertx vertx;
    private final Transport transport;
    private final boolean ownsHttp;
    private final Routes routes;
    private final List<Default> defaults;

    private FluteClient(Vertx vertx, Transport transport, boolean ownsHttp, Routes routes, List<Default> defaults) {
        this.vertx = vertx;
        this.transport = transport;
        this.ownsHttp = ownsHttp;
        this.routes = routes;
        this.defaults = List.copyOf(defaults);
    }

    /** A client of routes served alone at the root of {@code baseUrl} ({@code http://127.0.0.1:8000}). */
    public static FluteClient of(Vertx vertx, String baseUrl) {
        return of(vertx, baseUrl, null);
    }

    /**
     * A client of the routes of {@code api} served at {@code baseUrl}: {@code http://127.0.0.1:8000},
     * or {@code http://host/api} for an API mounted under a prefix.
     */
    public static FluteClient of(Vertx vertx, String baseUrl, Api api) {
        String base = base(baseUrl);
        Routes routes = new Routes(api);
        HttpClient http = vertx.createHttpClient(new HttpClientOptions());
        return new FluteClient(vertx, new Transport(http, base), true, routes, List.of());
    }

    /**
     * A client sending through an HTTP client of the caller's (TLS, HTTP/2, pool and timeouts set
     * there), which the caller also closes.
     *
     * @param api the API the routes are served in, or null to take each route alone
     */
    public static FluteClient of(Vertx vertx, HttpClient http, String baseUrl, Api api) {
        return new FluteClient(vertx, new Transport(http, base(baseUrl)), false, new Routes(api), List.of());
    }

    /**
     * Calls {@code route} with its own inputs in declaration order, and gives its answer read by
     * the route's output.
     *
     * @throws IllegalArgumentException when the inputs are not what the route takes
     */
    public <O> Future<O> call(Endpoint<O> route, Object... inputs) {
        ClientRoute compiled = routes.get(route);
        if (inputs.length != compiled.own().size()) throw signature(compiled, inputs.length);
        return request(route, inputs).send();
    }

    /**
     * A request to {@code route}, to be given more before it is sent: with its own inputs in
     * declaration order, or none (then each is given by {@link Call#input}).
     *
     * @throws IllegalArgumentException when inputs are given and are not what the route takes
     */
    public <O> Call<O> request(Endpoint<O> route, Object... inputs) {
        ClientRoute compiled = routes.get(route);
        List<Target> own = compiled.own();
        if (inputs.length != 0 && inputs.length != own.size()) throw signature(compiled, inputs.length);
        var givens = new ArrayList<Call.Given>();
        for (Default d : defaults) d.addTo(compiled, givens);
        for (int i = 0; i < inputs.length; i++) {
            Target target = own.get(i);
            Object value = inputs[i];
            Call.check(compiled, target, value);
            givens.add(out -> target.put(out, value));
        }
        return new Call<>(this, compiled, givens);
    }

    /**
     * A copy that gives {@code value} for {@code input} on every call whose route reads it (its own
     * or a dependency's), and leaves the others alone: a token header, a tenant query.
     */
    public <T> FluteClient with(Input<T> input, T value) {
        return plus((route, givens) -> route.find(input).ifPresent(target -> {
            Call.check(route, target, value);
            givens.add(out -> target.put(out, value));
        }));
    }

    /** A copy that sends this header, as it is, on every call. */
    public FluteClient withHeader(String name, String value) {
        return plus((route, givens) -> givens.add(out -> out.param(Param.In.HEADER, name, List.of(value))));
    }

    /** A copy that sends this cookie, as it is, on every call. */
    public FluteClient withCookie(String name, String value) {
        return plus((route, givens) -> givens.add(out -> out.param(Param.In.COOKIE, name, List.of(value))));
    }

    /** A copy that sends {@code Authorization: Bearer token} to routes requiring an OAuth2, HTTP Bearer or OpenID Connect scheme. */
    public FluteClient withBearer(String token) {
        return plus(Credentials.bearer(token));
    }

    /** A copy that sends HTTP Basic credentials to routes requiring an HTTP Basic scheme. */
    public FluteClient withBasic(String username, String password) {
        return plus(Credentials.basic(username, password));
    }

    /** A copy that sends {@code key} where the API key scheme of a route says (its header, query or cookie). */
    public FluteClient withApiKey(String key) {
        return plus(Credentials.apiKey(key));
    }

    /**
     * Stops a streamed answer this client handed over (a stream, Server-Sent Events, JSON Lines):
     * the request is reset, which frees its connection and closes the server's stream, and nothing
     * more is delivered. An event stream that never ends is left this way.
     *
     * <pre>{@code client.call(FEED).onSuccess(events -> events.handler(e -> { if (done(e)) FluteClient.cancel(events); }));}</pre>
     *
     * @throws IllegalArgumentException when the stream is not a client's answer
     */
    public static Future<Void> cancel(ReadStream<?> answer) {
        if (answer instanceof ItemStream<?> stream) return stream.cancel();
        throw new IllegalArgumentException("not a streamed answer of a FluteClient: " + answer);
    }

    /** The base URL calls go to, without a trailing slash. */
    public String baseUrl() {
        return transport.baseUrl();
    }

    /** Closes the HTTP client this client made (shared by its copies); one given to it is left to its owner. */
    public Future<Void> close() {
        return ownsHttp ? transport.http().close() : Future.succeededFuture();
    }

    /**
     * Sends on a Vert.x context, so that the answer's reader is in place before the answer can
     * arrive: from any other thread, a fast answer could be delivered (and its body dropped) before
     * the caller's thread had attached to the future.
     */
    Future<Reply<Object>> exchange(ClientRoute route, Outgoing out) {
        Context current = Vertx.currentContext();
        if (current != null) return transport.send(out).compose(response -> Receiving.receive(vertx, route, response));
        Promise<Reply<Object>> done = Promise.promise();
        vertx.getOrCreateContext().runOnContext(v -> transport
                .send(out)
                .compose(response -> Receiving.receive(vertx, route, response))
                .onComplete(done));
        return done.future();
    }

    private FluteClient plus(Default d) {
        var all = new ArrayList<>(defaults);
        all.add(d);
        return new FluteClient(vertx, transport, ownsHttp, routes, all);
    }

    private static IllegalArgumentException signature(ClientRoute route, int given) {
        var takes = new ArrayList<String>();
        for (Target t : route.own())
            takes.add(t.describe() + " (" + JavaNames.of(t.type().javaType()) + ")");
        String list = takes.isEmpty() ? "no inputs" : takes.size() + " inputs, in order: " + String.join(", ", takes);
        return new IllegalArgumentException(route.describe() + " takes " + list + "; it was given " + given
                + (takes.isEmpty()
                        ? ""
                        : ". A dependency's inputs are given with request(route).input(...) or with(...)"));
    }

    private static String base(String baseUrl) {
        URI uri;
        try {
            uri = URI.create(baseUrl);
        } catch (IllegalArgumentException | NullPointerException malformed) {
            throw new IllegalArgumentException("not a base URL: " + baseUrl);
        }
        boolean http = "http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme());
        if (!http || uri.getHost() == null || uri.getRawQuery() != null || uri.getRawFragment() != null) {
            throw new IllegalArgumentException(
                    "a base URL is http(s)://host[:port][/prefix], without query or fragment: " + baseUrl);
        }
        return baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }
}
