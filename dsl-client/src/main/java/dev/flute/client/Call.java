package dev.flute.client;

import dev.flute.dsl.Input;
import dev.flute.dsl.Param;
import io.vertx.core.Future;
import java.util.ArrayList;
import java.util.List;

/**
 * One request to a route, being given its inputs: each by its declaration ({@link #input}), which
 * is how a dependency's wire inputs are given (a token header, a pagination query), or as raw text
 * by name, sent as it is (to exercise the server's validation, or for what the route reads outside
 * its declarations). Each method returns a copy; {@link #send()} makes the request.
 *
 * <pre>{@code
 * Future<Item> item = client.request(READ_ITEM, 5L)
 *     .input(header("x_token", str()), "fake-super-secret-token")   // read by a group's dependency
 *     .send();
 *
 * client.request(READ_ITEM).path("item_id", "foo").send()              // → HttpFailure 422, int_parsing
 * }</pre>
 *
 * <p>A mistake in what is given (an input the route does not read, a value of the wrong class, a
 * path variable left out) throws {@link IllegalArgumentException} naming the route, before
 * anything is sent; what the server answers comes back through the future.
 *
 * @param <O> what the route's output decodes to
 */
public final class Call<O> {

    /** One thing given to the request, applied in order: a later value for the same input replaces an earlier one. */
    @FunctionalInterface
    interface Given {
        void applyTo(Outgoing.Builder out);
    }

    private final FluteClient client;
    private final ClientRoute route;
    private final List<Given> givens;

    Call(FluteClient client, ClientRoute route, List<Given> givens) {
        this.client = client;
        this.route = route;
        this.givens = List.copyOf(givens);
    }

    /**
     * Gives a value for an input the route reads (its own or a dependency's), matched by place and
     * wire name, encoded by the route's declared type: {@code input(query("skip", int_()), 20)}.
     */
    public <T> Call<O> input(Input<T> input, T value) {
        Target target = route.target(input);
        check(route, target, value);
        return plus(out -> target.put(out, value));
    }

    /** A path variable's raw text (percent-encoded when sent). */
    public Call<O> path(String name, String text) {
        if (!route.route().path().variables().contains(name)) {
            throw new IllegalArgumentException(describe() + " has no path variable <" + name + ">");
        }
        return raw(Param.In.PATH, name, List.of(text));
    }

    /** A query parameter's raw texts, one per repetition. */
    public Call<O> query(String name, String... texts) {
        return raw(Param.In.QUERY, name, List.of(texts));
    }

    /** A header's raw values, one line each. */
    public Call<O> header(String name, String... values) {
        return raw(Param.In.HEADER, name, List.of(values));
    }

    /** A cookie's raw value. */
    public Call<O> cookie(String name, String value) {
        return raw(Param.In.COOKIE, name, List.of(value));
    }

    /** A form field's raw texts, one per repetition: {@code form("username", "johndoe")}. */
    public Call<O> form(String name, String... texts) {
        List<String> all = List.of(texts);
        return plus(out -> out.field(name, all));
    }

    /** File parts sent under {@code name} in a multipart form. */
    public Call<O> file(String name, FilePart... parts) {
        List<FilePart> all = List.of(parts);
        return plus(out -> out.files(name, all));
    }

    /** Sends the request; the future gives the answer read by the route's output, or fails with {@link HttpFailure}. */
    public Future<O> send() {
        return reply().map(Reply::value);
    }

    /** Sends the request; the future gives the value with the answer's status and headers. */
    @SuppressWarnings("unchecked")
    public Future<Reply<O>> reply() {
        Outgoing out = encode();
        return client.exchange(route, out).map(reply -> (Reply<O>) reply);
    }

    /** The request as it would be sent. */
    Outgoing encode() {
        var out = new Outgoing.Builder(route.route());
        for (Given given : givens) given.applyTo(out);
        return out.build();
    }

    /** {@code GET /items/<item_id>}. */
    public String describe() {
        return route.describe();
    }

    @Override
    public String toString() {
        return "Call[" + describe() + "]";
    }

    private Call<O> raw(Param.In in, String name, List<String> texts) {
        return plus(out -> out.param(in, name, texts));
    }

    private Call<O> plus(Given given) {
        var all = new ArrayList<>(givens);
        all.add(given);
        return new Call<>(client, route, all);
    }

    /**
     * Refuses a value the handler could not have received for this input: another class, or null
     * where a value is required. A file input also takes a {@link FilePart}, a {@code byte[]} or an
     * {@code Upload}.
     */
    static void check(ClientRoute route, Target target, Object value) {
        var type = target.type();
        if (value == null) {
            if (type.required())
                throw new IllegalArgumentException(
                        route.describe() + ": " + target.describe() + " is required, so it cannot be null");
            return;
        }
        if (JavaNames.raw(type.javaType()).isInstance(value)) return;
        if (target instanceof Target.File && Target.isFileValue(value)) return;
        throw new IllegalArgumentException(route.describe() + ": " + target.describe() + " takes "
                + JavaNames.of(type.javaType()) + ", not " + value.getClass().getSimpleName() + " " + value);
    }
}
