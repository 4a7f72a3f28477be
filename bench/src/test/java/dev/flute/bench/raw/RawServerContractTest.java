package dev.flute.bench.raw;

import dev.flute.bench.ServerContractTest;
import io.vertx.core.DeploymentOptions;
import io.vertx.core.Future;
import io.vertx.core.Vertx;

/** Every {@code ContractCheck} check against {@link RawServer} on an ephemeral port. */
class RawServerContractTest extends ServerContractTest {
    @Override
    protected Future<String> deploy(Vertx vertx, int port, int instances) {
        return vertx.deployVerticle(
                () -> {
                    RawServer server = new RawServer(port);
                    pools.add(server.sessions());
                    return server;
                },
                new DeploymentOptions().setInstances(instances));
    }
}
