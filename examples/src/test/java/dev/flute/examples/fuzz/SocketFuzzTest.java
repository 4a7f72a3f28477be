package dev.flute.examples.fuzz;

import static org.junit.jupiter.api.Assertions.fail;

import dev.flute.dsl.Gauges;
import dev.flute.dsl.vertx.FluteServer;
import dev.flute.dsl.vertx.ServerConfig;
import dev.flute.examples.Example;
import dev.flute.examples.wire.RawHttp;
import io.vertx.core.Vertx;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.AfterProperty;
import net.jqwik.api.lifecycle.BeforeContainer;
import net.jqwik.api.statistics.Statistics;

/**
 * The fuzzer's share over a real socket: the same generated requests ({@link FuzzTest}), written
 * byte for byte to each example served by {@link FluteServer} on an ephemeral port, so the HTTP
 * codec, the server's limits and the streamed bodies are in the path. Valid requests must conform
 * to their route's description; mutated ones must never answer 5xx and must refuse in FastAPI's
 * format. After each property every server holds nothing.
 */
class SocketFuzzTest {
    private static List<Targets.Target> targets;
    private static final Map<String, FluteServer> servers = new HashMap<>();
    private static final List<Vertx> vertxes = new ArrayList<>();

    @BeforeContainer
    static void start() throws Exception {
        Targets.quietLogs(true);
        targets = Targets.weighted();
        for (Targets.Target t : targets) {
            Example example = t.example();
            if (servers.containsKey(example.name())) continue;
            Vertx vertx = Vertx.vertx(example.vertxOptions().get());
            vertxes.add(vertx);
            FluteServer server = FluteServer.start(
                            vertx, example.api().get(), ServerConfig.port(0).host("127.0.0.1"))
                    .toCompletionStage()
                    .toCompletableFuture()
                    .get(30, TimeUnit.SECONDS);
            servers.put(example.name(), server);
        }
    }

    @AfterContainer
    static void stop() throws Exception {
        for (FluteServer server : servers.values())
            server.close().toCompletionStage().toCompletableFuture().get(30, TimeUnit.SECONDS);
        for (Vertx vertx : vertxes)
            vertx.close().toCompletionStage().toCompletableFuture().get(30, TimeUnit.SECONDS);
        Targets.quietLogs(false);
    }

    @Property(tries = 1_000, shrinking = ShrinkingMode.OFF)
    void valid_requests_over_a_socket_conform(@ForAll("valid") Exchange sent) throws IOException {
        RawHttp.Reply reply = send(sent);
        String wrong = Targets.judge(
                sent, sent.route(), reply.status(), reply.header("content-type"), reply.body(), reply.complete());
        if (wrong != null) fail(sent + "\nanswered " + reply.status() + " " + reply.text() + "\n  " + wrong);
    }

    @Property(tries = 2_000, shrinking = ShrinkingMode.OFF)
    void mutated_requests_over_a_socket_are_refused_cleanly(@ForAll("mutated") Exchange sent) throws IOException {
        RawHttp.Reply reply = send(sent);
        String wrong = Targets.judgeRefusal(sent, reply.status(), reply.header("content-type"), reply.body());
        if (wrong != null) fail(sent + "\nanswered " + reply.status() + " " + reply.text() + "\n  " + wrong);
    }

    /** A server finishes a request just after its answer: wait a little for the last ones. */
    @AfterProperty
    void every_server_holds_nothing() throws InterruptedException {
        for (var entry : servers.entrySet()) {
            Gauges gauges = entry.getValue().gauges();
            for (int i = 0; i < 100 && !gauges.equals(Gauges.IDLE); i++) {
                Thread.sleep(50);
                gauges = entry.getValue().gauges();
            }
            if (!gauges.equals(Gauges.IDLE)) fail(entry.getKey() + " still holds " + gauges);
        }
    }

    @Provide
    Arbitrary<Exchange> valid() {
        return Targets.validRequests(targets);
    }

    @Provide
    Arbitrary<Exchange> mutated() {
        return Targets.mutatedRequests(targets);
    }

    private static RawHttp.Reply send(Exchange sent) throws IOException {
        FluteServer server = servers.get(sent.example());
        RawHttp.Reply reply = RawHttp.send(
                server.port(), sent.method().name(), sent.target(), sent.headers(), sent.body(), Exchange.STREAM_READ);
        Statistics.label("answers").collect(sent.valid() ? "valid" : "mutated", reply.status() / 100 + "xx");
        return reply;
    }
}
