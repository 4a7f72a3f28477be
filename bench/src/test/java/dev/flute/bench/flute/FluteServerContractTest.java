package dev.flute.bench.flute;

import dev.flute.bench.ServerContractTest;
import io.vertx.core.DeploymentOptions;
import io.vertx.core.Future;
import io.vertx.core.Vertx;

/** Every {@code ContractCheck} check against {@link FluteServer} on an ephemeral port. */
class FluteServerContractTest extends ServerContractTest {
    @Override
    protected Future<String> deploy(Vertx vertx, int port, int instances) {
        return vertx.deployVerticle(
                () -> {
                    FluteServer server = new FluteServer(port);
                    pools.add(server.sessions());
                    return server;
                },
                new DeploymentOptions().setInstances(instances));
    }
}
