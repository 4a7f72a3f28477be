package dev.flute.dsl.vertx;

/**
 * How a standalone Flute server listens, with limits safe by default.
 *
 * @param instances event-loop verticles sharing the port; 0 means one per core
 * @param maxInitialLineLength longer request lines get 414
 * @param maxHeaderSize larger header sections get 431
 * @param maxWebSocketMessageSize the largest websocket frame, and the most one compressed frame may
 *     inflate to (16 MiB, as uvicorn): over it the socket is closed with 1009. A route's own message
 *     limit ({@code SocketOptions.maxMessageBytes}) applies within it
 * @param idleTimeoutSeconds a connection silent this long is closed
 * @param headerTimeoutSeconds a request whose headers have not all arrived this long after the
 *     connection opened (or after the previous response) is cut off: the slowloris defence
 * @param shutdownTimeoutSeconds how long a graceful close waits for in-flight work
 * @param compression compress responses for clients that accept gzip or deflate
 */
public record ServerConfig(
        String host,
        int port,
        int instances,
        int maxInitialLineLength,
        int maxHeaderSize,
        int maxWebSocketMessageSize,
        int idleTimeoutSeconds,
        int headerTimeoutSeconds,
        int shutdownTimeoutSeconds,
        boolean compression) {

    public static ServerConfig port(int port) {
        return new ServerConfig("0.0.0.0", port, 0, 4096, 8192, 16 << 20, 60, 20, 30, false);
    }

    public ServerConfig host(String host) {
        return new ServerConfig(
                host,
                port,
                instances,
                maxInitialLineLength,
                maxHeaderSize,
                maxWebSocketMessageSize,
                idleTimeoutSeconds,
                headerTimeoutSeconds,
                shutdownTimeoutSeconds,
                compression);
    }

    public ServerConfig instances(int instances) {
        return new ServerConfig(
                host,
                port,
                instances,
                maxInitialLineLength,
                maxHeaderSize,
                maxWebSocketMessageSize,
                idleTimeoutSeconds,
                headerTimeoutSeconds,
                shutdownTimeoutSeconds,
                compression);
    }

    public ServerConfig maxInitialLineLength(int bytes) {
        return new ServerConfig(
                host,
                port,
                instances,
                bytes,
                maxHeaderSize,
                maxWebSocketMessageSize,
                idleTimeoutSeconds,
                headerTimeoutSeconds,
                shutdownTimeoutSeconds,
                compression);
    }

    public ServerConfig maxHeaderSize(int bytes) {
        return new ServerConfig(
                host,
                port,
                instances,
                maxInitialLineLength,
                bytes,
                maxWebSocketMessageSize,
                idleTimeoutSeconds,
                headerTimeoutSeconds,
                shutdownTimeoutSeconds,
                compression);
    }

    /** The largest websocket frame or inflated frame, in bytes; see the record's description. */
    public ServerConfig maxWebSocketMessageSize(int bytes) {
        return new ServerConfig(
                host,
                port,
                instances,
                maxInitialLineLength,
                maxHeaderSize,
                bytes,
                idleTimeoutSeconds,
                headerTimeoutSeconds,
                shutdownTimeoutSeconds,
                compression);
    }

    public ServerConfig idleTimeoutSeconds(int seconds) {
        return new ServerConfig(
                host,
                port,
                instances,
                maxInitialLineLength,
                maxHeaderSize,
                maxWebSocketMessageSize,
                seconds,
                headerTimeoutSeconds,
                shutdownTimeoutSeconds,
                compression);
    }

    public ServerConfig headerTimeoutSeconds(int seconds) {
        return new ServerConfig(
                host,
                port,
                instances,
                maxInitialLineLength,
                maxHeaderSize,
                maxWebSocketMessageSize,
                idleTimeoutSeconds,
                seconds,
                shutdownTimeoutSeconds,
                compression);
    }

    public ServerConfig shutdownTimeoutSeconds(int seconds) {
        return new ServerConfig(
                host,
                port,
                instances,
                maxInitialLineLength,
                maxHeaderSize,
                maxWebSocketMessageSize,
                idleTimeoutSeconds,
                headerTimeoutSeconds,
                seconds,
                compression);
    }

    /** Gzip/deflate responses for clients that accept them (Vert.x's own compression). */
    public ServerConfig compression(boolean compression) {
        return new ServerConfig(
                host,
                port,
                instances,
                maxInitialLineLength,
                maxHeaderSize,
                maxWebSocketMessageSize,
                idleTimeoutSeconds,
                headerTimeoutSeconds,
                shutdownTimeoutSeconds,
                compression);
    }

    int effectiveInstances() {
        return instances > 0 ? instances : Runtime.getRuntime().availableProcessors();
    }
}
