package dev.flute.dsl.vertx;

/**
 * How a standalone Flute server listens, with limits safe by default.
 *
 * @param instances event-loop verticles sharing the port; 0 means one per core
 * @param maxInitialLineLength longer request lines get 414 (16 KiB: browsers and proxies allow 8 to 16)
 * @param maxHeaderSize larger header sections get 431 (16 KiB)
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

    public ServerConfig {
        if (maxInitialLineLength <= 0 || maxHeaderSize <= 0 || maxWebSocketMessageSize <= 0)
            throw new IllegalArgumentException("request line, header and websocket limits must be positive");
        if (idleTimeoutSeconds < 0 || headerTimeoutSeconds < 0 || shutdownTimeoutSeconds < 0)
            throw new IllegalArgumentException("timeouts are zero (off) or positive");
    }

    /**
     * Listens on this port (0: a free one) on every interface, with the defaults: request line and
     * headers 16 KiB each, websocket frames 16 MiB, 60 s idle, 20 s to send the headers, 30 s to shut
     * down, no response compression.
     */
    public static ServerConfig port(int port) {
        return new ServerConfig("0.0.0.0", port, 0, 16 << 10, 16 << 10, 16 << 20, 60, 20, 30, false);
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
