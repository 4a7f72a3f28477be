package dev.flute.websocket;

import static dev.flute.dsl.Flute.api;
import static dev.flute.dsl.Flute.path;
import static dev.flute.dsl.Flute.str;
import static dev.flute.websocket.WebSockets.ws;

import com.hazelcast.config.Config;
import com.hazelcast.config.JoinConfig;
import dev.flute.dsl.Endpoint;
import dev.flute.dsl.vertx.FluteServer;
import dev.flute.dsl.vertx.ServerConfig;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.core.eventbus.EventBusOptions;
import io.vertx.spi.cluster.hazelcast.ConfigUtil;
import io.vertx.spi.cluster.hazelcast.HazelcastClusterManager;

/**
 * One node of the test cluster: clustered Vert.x (Hazelcast, TCP/IP join on loopback, multicast off)
 * serving a room route. The test runs one in its own JVM and starts others as child processes with
 * {@code main}, which prints {@code READY <port>} and exits when its parent closes its stdin.
 */
public final class ClusterNode {
    private ClusterNode() {}

    /** Joins the room of the path and broadcasts every text to it; says "joined" once it can hear broadcasts. */
    static final Endpoint ROOM = ws("/room/<name>")
            .param(path("name", str()))
            .depends(Hub.dep("cluster-test"))
            .handle((room, hub, socket) -> {
                socket.onText(text -> hub.broadcast(room, text));
                return hub.join(room, socket).compose(v -> socket.sendText("joined"));
            });

    record Node(Vertx vertx, HazelcastClusterManager cluster, FluteServer server) {}

    /**
     * Starts a node whose Hazelcast member listens on {@code hazelcastPort} and looks for the cluster
     * at {@code seedPort} (its own port for the first node).
     */
    static Future<Node> start(String clusterName, int hazelcastPort, int seedPort) {
        var cluster = new HazelcastClusterManager(hazelcast(clusterName, hazelcastPort, seedPort));
        var options = new VertxOptions()
                .setEventBusOptions(new EventBusOptions().setHost("127.0.0.1").setClusterPublicHost("127.0.0.1"));
        return Vertx.builder()
                .with(options)
                .withClusterManager(cluster)
                .buildClustered()
                .compose(vertx -> FluteServer.start(
                                vertx,
                                api("cluster", "1").routes(ROOM),
                                ServerConfig.port(0).host("127.0.0.1"))
                        .map(server -> new Node(vertx, cluster, server)));
    }

    private static Config hazelcast(String clusterName, int port, int seedPort) {
        Config config = ConfigUtil.loadConfig();
        // A name of its own: two test runs on one machine never join each other.
        config.setClusterName(clusterName);
        config.setProperty("hazelcast.phone.home.enabled", "false");
        config.setProperty("hazelcast.wait.seconds.before.join", "0");
        // A node killed without goodbye is declared gone after 5 s instead of 60.
        config.setProperty("hazelcast.heartbeat.interval.seconds", "1");
        config.setProperty("hazelcast.max.no.heartbeat.seconds", "5");
        var network = config.getNetworkConfig();
        network.setPort(port).setPortAutoIncrement(false);
        network.getInterfaces().setEnabled(true).addInterface("127.0.0.1");
        JoinConfig join = network.getJoin();
        join.getMulticastConfig().setEnabled(false);
        join.getAutoDetectionConfig().setEnabled(false);
        join.getTcpIpConfig().setEnabled(true).addMember("127.0.0.1:" + seedPort);
        return config;
    }

    /** {@code ClusterNode CLUSTER_NAME HAZELCAST_PORT SEED_PORT}: a node in a process of its own. */
    public static void main(String[] args) throws Exception {
        Node node = start(args[0], Integer.parseInt(args[1]), Integer.parseInt(args[2]))
                .toCompletionStage()
                .toCompletableFuture()
                .get();
        System.out.println("READY " + node.server().port());
        System.out.flush();
        // Ends with the test: when the parent goes, stdin closes.
        while (System.in.read() >= 0) {
            // nothing to read; the parent never writes
        }
        System.exit(0);
    }
}
