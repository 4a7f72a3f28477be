package dev.flute.websocket;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.Vertx;
import io.vertx.core.http.WebSocketClient;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The hub across two processes on loopback, clustered with Hazelcast: clients on each node, every
 * broadcast reaches every client exactly once; then one node is killed and the other goes on.
 */
class ClusterHubTest {
    private final List<WsClient> clients = new ArrayList<>();
    private Vertx clientVertx;
    private ClusterNode.Node nodeA;
    private Process nodeB;

    @Test
    void should_broadcast_to_every_client_of_both_nodes_once_and_survive_a_node_that_dies() throws Exception {
        String name = "flute-ws-" + UUID.randomUUID();
        int hazelcastA = freePort();
        nodeA = Await.result(ClusterNode.start(name, hazelcastA, hazelcastA));
        int portB = startChild(name, freePort(), hazelcastA);
        waitFor(() -> nodeA.cluster().getNodes().size() == 2, "node B joined the cluster");

        clientVertx = Vertx.vertx();
        WebSocketClient client = WsClient.client(clientVertx);
        List<WsClient> onA = connect(client, nodeA.server().port(), 3);
        List<WsClient> onB = connect(client, portB, 3);

        // A subscription reaches the other node's cache shortly after it is registered: probe until
        // each side hears the other, then start counting.
        probeUntilAllHear(onA.get(0), "probe-a");
        probeUntilAllHear(onB.get(0), "probe-b");

        Set<String> expected = new HashSet<>();
        for (int c = 0; c < clients.size(); c++) {
            for (int m = 0; m < 10; m++) {
                String text = "client " + c + " message " + m;
                clients.get(c).socket.writeTextMessage(text);
                expected.add(text);
            }
        }
        for (WsClient c : clients) assertExactlyOnce(c, expected);

        // Node B dies without a goodbye; node A keeps serving its clients and new ones.
        nodeB.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        onA.get(1).send("after B died");
        for (WsClient c : onA) assertExactlyOnce(c, Set.of("after B died"));
        waitFor(() -> nodeA.cluster().getNodes().size() == 1, "node A noticed that B left");
        WsClient late = connect(client, nodeA.server().port(), 1).get(0);
        late.send("after B left");
        for (WsClient c : List.of(onA.get(0), onA.get(1), onA.get(2), late)) {
            assertExactlyOnce(c, Set.of("after B left"));
        }
    }

    private List<WsClient> connect(WebSocketClient client, int port, int count) {
        var out = new ArrayList<WsClient>();
        for (int i = 0; i < count; i++) {
            WsClient c = WsClient.connect(client, port, "/room/lobby");
            assertEquals("joined", c.next());
            out.add(c);
            clients.add(c);
        }
        return out;
    }

    private void probeUntilAllHear(WsClient from, String probe) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        Set<WsClient> heard = new HashSet<>();
        while (heard.size() < clients.size()) {
            assertTrue(System.nanoTime() < deadline, "a probe never reached every client");
            from.socket.writeTextMessage(probe);
            Thread.sleep(100);
            for (WsClient c : clients) if (c.texts.contains(probe)) heard.add(c);
        }
        Thread.sleep(300); // let the last probes land, then forget them all
        for (WsClient c : clients) c.texts.clear();
    }

    private static void assertExactlyOnce(WsClient client, Set<String> expected) {
        Set<String> got = new HashSet<>();
        for (int i = 0; i < expected.size(); i++) assertTrue(got.add(client.next()), "a broadcast arrived twice");
        assertEquals(expected, got);
        assertNull(client.quietFor(300), "more broadcasts than were sent");
    }

    private int startChild(String clusterName, int hazelcastPort, int seedPort) throws Exception {
        Path log = Files.createTempFile("flute-cluster-node-", ".log");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        nodeB = new ProcessBuilder(
                        java,
                        "-Xmx256m",
                        "-cp",
                        System.getProperty("java.class.path"),
                        ClusterNode.class.getName(),
                        clusterName,
                        String.valueOf(hazelcastPort),
                        String.valueOf(seedPort))
                .redirectErrorStream(true)
                .start();
        var ready = new CompletableFuture<Integer>();
        Thread reader = new Thread(() -> {
            try (var lines = new BufferedReader(new InputStreamReader(nodeB.getInputStream(), StandardCharsets.UTF_8));
                    var out = Files.newBufferedWriter(log)) {
                for (String line; (line = lines.readLine()) != null; ) {
                    if (line.startsWith("READY ")) ready.complete(Integer.parseInt(line.substring(6)));
                    out.write(line);
                    out.newLine();
                }
            } catch (IOException ignored) {
                // the child was killed
            }
            ready.completeExceptionally(new IllegalStateException("node B ended before READY; see " + log));
        });
        reader.setDaemon(true);
        reader.start();
        return ready.get(40, TimeUnit.SECONDS);
    }

    private static void waitFor(java.util.function.BooleanSupplier condition, String what) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (!condition.getAsBoolean()) {
            assertTrue(System.nanoTime() < deadline, "timed out waiting until " + what);
            Thread.sleep(50);
        }
    }

    private static int freePort() throws IOException {
        try (var probe = new ServerSocket(0)) {
            return probe.getLocalPort();
        }
    }

    @AfterEach
    void stop() {
        clients.forEach(WsClient::close);
        if (nodeB != null) nodeB.destroyForcibly();
        if (clientVertx != null) Await.result(clientVertx.close());
        if (nodeA != null) Await.result(nodeA.vertx().close());
    }
}
