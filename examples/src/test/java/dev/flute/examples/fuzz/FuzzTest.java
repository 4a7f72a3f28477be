package dev.flute.examples.fuzz;

import static org.junit.jupiter.api.Assertions.fail;

import dev.flute.dsl.Gauges;
import dev.flute.dsl.testing.TestClient;
import dev.flute.dsl.testing.TestResponse;
import dev.flute.examples.Example;
import io.vertx.core.Vertx;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import net.jqwik.api.statistics.Statistics;

/**
 * The fuzzer, in memory: requests generated from each example's own description, sent through the
 * in-memory client. Valid requests must answer a documented status with a body that conforms;
 * mutated ones (see {@link Mutations}) must be refused with a 4xx in FastAPI's format, or accepted
 * when the change was harmless; nothing may answer 5xx, except what {@link Allowances} lists with
 * its reason. After each request the example holds nothing ({@link Gauges#IDLE}). jqwik prints the
 * seed of every run (and of a failing one with the failing request); {@code @Property(seed = "...")}
 * replays it. {@link SocketFuzzTest} sends a smaller share over a real socket.
 */
class FuzzTest {
    private static List<Targets.Target> targets;
    private static final Map<String, TestClient> clients = new HashMap<>();
    private static final List<Vertx> vertxes = new ArrayList<>();

    @BeforeContainer
    static void start() {
        Targets.quietLogs(true);
        targets = Targets.weighted();
        for (Targets.Target t : targets) {
            Example example = t.example();
            clients.computeIfAbsent(example.name(), name -> {
                Vertx vertx = Vertx.vertx(example.vertxOptions().get());
                vertxes.add(vertx);
                return TestClient.of(vertx, example.api().get());
            });
        }
    }

    @AfterContainer
    static void stop() {
        clients.values().forEach(TestClient::close);
        vertxes.forEach(Vertx::close);
        Targets.quietLogs(false);
    }

    @Property(tries = 40_000, shrinking = ShrinkingMode.OFF)
    void valid_requests_answer_a_documented_status_and_conform(@ForAll("valid") Exchange sent) {
        send(sent);
    }

    @Property(tries = 60_000, shrinking = ShrinkingMode.OFF)
    void mutated_requests_are_refused_with_a_4xx_in_fastapis_format(@ForAll("mutated") Exchange sent) {
        send(sent);
    }

    @Provide
    Arbitrary<Exchange> valid() {
        return Targets.validRequests(targets);
    }

    @Provide
    Arbitrary<Exchange> mutated() {
        return Targets.mutatedRequests(targets);
    }

    private static void send(Exchange sent) {
        TestClient client = clients.get(sent.example());
        TestResponse answer = sent.toTestRequest(client).send();
        Statistics.label("answers").collect(sent.valid() ? "valid" : "mutated", answer.status() / 100 + "xx");
        Statistics.label("mutations").collect(sent.mutation());
        String wrong = Targets.judge(
                sent,
                answer.route(),
                answer.status(),
                answer.header("content-type"),
                answer.bytes(),
                answer.complete());
        if (wrong != null) fail(sent + "\nanswered " + answer + "\n  " + wrong);
        // The client returns once the request is finished: its tasks run, its resources released.
        Gauges held = client.gauges();
        if (!held.equals(Gauges.IDLE)) fail(sent + "\nleft behind " + held);
    }
}
