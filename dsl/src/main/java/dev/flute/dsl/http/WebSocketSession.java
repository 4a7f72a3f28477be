package dev.flute.dsl.http;

import io.vertx.core.Future;
import io.vertx.core.http.ServerWebSocket;

/**
 * What runs once a websocket handshake is accepted; the future completes when the session ends.
 * The request's resources stay acquired until then, and are released however the socket closes.
 */
@FunctionalInterface
public interface WebSocketSession {
    Future<Void> run(ServerWebSocket socket);
}
