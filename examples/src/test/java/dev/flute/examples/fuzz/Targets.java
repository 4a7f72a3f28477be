package dev.flute.examples.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import dev.flute.dsl.Json;
import dev.flute.dsl.RouteSpec;
import dev.flute.dsl.spi.Node;
import dev.flute.dsl.spi.ResolvedApi;
import dev.flute.dsl.spi.ResolvedRoute;
import dev.flute.dsl.spi.ResponseContract;
import dev.flute.examples.Example;
import dev.flute.examples.Examples;
import io.vertx.core.http.HttpMethod;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.statistics.Statistics;

/**
 * What the fuzzer aims at: every HTTP route of every example ({@link Examples#ALL}), read from its
 * resolved description, and the judgement of an answer against that description and the listed
 * {@link Allowances}.
 */
final class Targets {
    private Targets() {}

    /** A route of an example. */
    record Target(Example example, ResolvedRoute route) {}

    /** Every HTTP route of every example, in the tour's order (websocket routes answer only handshakes). */
    static List<Target> all() {
        var out = new ArrayList<Target>();
        for (Example example : Examples.ALL) {
            for (ResolvedRoute route : ResolvedApi.of(example.api().get()).routes()) {
                if (route.method() != RouteSpec.WEBSOCKET) out.add(new Target(example, route));
            }
        }
        return List.copyOf(out);
    }

    /**
     * {@link #all()} with each route repeated by its weight: a route whose handler or dependencies
     * block (password hashing, JDBC) once, every other route ten times. Blocking work costs what it
     * costs whatever the request; the fuzzer's time is better spent on the request handling around
     * it. The weights come from the description, so a seed still replays the same requests.
     */
    static List<Target> weighted() {
        var out = new ArrayList<Target>();
        for (Target t : all()) {
            boolean blocks = t.route().nodes().stream().anyMatch(n -> n instanceof Node.Call c && c.blocking());
            for (int i = blocks ? 1 : 10; i > 0; i--) out.add(t);
        }
        return List.copyOf(out);
    }

    /** Valid requests for routes drawn from {@code targets}, made from jqwik's seeded random source. */
    static Arbitrary<Exchange> validRequests(List<Target> targets) {
        return Arbitraries.randomValue(random -> {
            Target t = targets.get(random.nextInt(targets.size()));
            return new Requests(random).valid(t.example().name(), t.route());
        });
    }

    /** Valid requests, each changed by one mutation drawn from {@link Mutations#ALL}. */
    static Arbitrary<Exchange> mutatedRequests(List<Target> targets) {
        return Arbitraries.randomValue(random -> {
            Target t = targets.get(random.nextInt(targets.size()));
            Exchange valid = new Requests(random).valid(t.example().name(), t.route());
            return new Mutations(random).mutate(valid, Mutations.ALL.get(random.nextInt(Mutations.ALL.size())));
        });
    }

    /**
     * Silences Flute's own logs while the fuzzer runs: the allowed 500s log their stack traces and
     * the access log a line per request, hundreds of thousands of lines nobody reads. A failure
     * prints the request and the answer instead.
     */
    static void quietLogs(boolean quiet) {
        FLUTE_LOGS.setLevel(quiet ? java.util.logging.Level.OFF : null);
    }

    /** Held, so the level set on it lasts (JUL keeps loggers weakly). */
    private static final java.util.logging.Logger FLUTE_LOGS = java.util.logging.Logger.getLogger("dev.flute");

    private static final Map<ResolvedRoute, ResponseContract> CONTRACTS = new ConcurrentHashMap<>();

    /**
     * What is wrong with an answer, or null: it must conform to the description of the route that
     * answered (documented status, content type, body; never a 5xx) unless an allowance lists it, and
     * an error must be FastAPI's {@code {"detail": ...}}.
     *
     * @param answered the route that answered, or null when none did
     * @param complete false when a streamed body was read only for a while
     */
    static String judge(
            Exchange sent, ResolvedRoute answered, int status, String contentType, byte[] body, boolean complete) {
        ResponseContract contract = answered == null
                ? ResponseContract.unrouted(sent.method(), sent.target())
                : CONTRACTS.computeIfAbsent(answered, ResponseContract::of);
        String route = answered == null ? null : answered.describe();
        Allowances.Allowance allowed = Allowances.find(sent.example(), route, status);
        counted(allowed);
        var problems = new ArrayList<String>();
        if (allowed == null) {
            var mismatches = complete
                    ? contract.check(sent.method(), status, contentType, body)
                    : contract.checkPart(sent.method(), status, contentType, body);
            for (var m : mismatches) problems.add(m.toString());
        }
        boolean fastApi = allowed == null || allowed.fastApiFormat();
        if (status >= 400 && fastApi && sent.method() != HttpMethod.HEAD && !hasDetail(contentType, body)) {
            problems.add("an error body in FastAPI's format ({\"detail\": ...}) was expected");
        }
        if (problems.isEmpty()) return null;
        return String.join("\n  ", problems);
    }

    /**
     * What is wrong with the answer to a mutated request when the route that answered is not known
     * (over a socket): a 5xx nobody allowed, or an error that is not FastAPI's {@code {"detail": ...}}.
     */
    static String judgeRefusal(Exchange sent, int status, String contentType, byte[] body) {
        Allowances.Allowance allowed =
                Allowances.find(sent.example(), sent.route().describe(), status);
        counted(allowed);
        if (status >= 500 && allowed == null) return status + " is a server error";
        boolean fastApi = allowed == null || allowed.fastApiFormat();
        if (status >= 400 && fastApi && sent.method() != HttpMethod.HEAD && !hasDetail(contentType, body))
            return "an error body in FastAPI's format ({\"detail\": ...}) was expected";
        return null;
    }

    /** The allowances that were used, counted in jqwik's statistics (what the notes report). */
    private static void counted(Allowances.Allowance allowed) {
        if (allowed != null) Statistics.label("allowed").collect(allowed.example() + " " + allowed.status());
    }

    private static boolean hasDetail(String contentType, byte[] body) {
        if (contentType == null || !contentType.startsWith("application/json")) return false;
        try {
            JsonNode node = Json.mapper().readTree(body);
            return node != null && node.isObject() && node.has("detail");
        } catch (java.io.IOException e) {
            return false;
        }
    }
}
