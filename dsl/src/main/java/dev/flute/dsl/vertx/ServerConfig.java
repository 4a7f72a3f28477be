package dev.flute.dsl.vertx;

import java.util.function.Consumer;

/**
 * How a standalone Flute server listens, with limits safe by default.
 *
 * <pre>{@code
 * ServerConfig.port(8000)                                  // 127.0.0.1, one event loop per core
 *     .host("0.0.0.0")                                     // every interface
 *     .tls(Tls.pem(Path.of("cert.pem"), Path.of("key.pem")))
 *     .maxHeaderSize(32 << 10);
 * }</pre>
 *
 * @param host the interface listened on: loopback by default, as uvicorn
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
 * @param tls the server's key and certificate: HTTPS, with HTTP/2 offered over ALPN; null for clear text
 * @param h2c HTTP/2 over clear text as well (prior knowledge or {@code Upgrade: h2c}), when not on TLS
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
        boolean compression,
        Tls tls,
        boolean h2c) {

    public ServerConfig {
        if (maxInitialLineLength <= 0 || maxHeaderSize <= 0 || maxWebSocketMessageSize <= 0)
            throw new IllegalArgumentException("request line, header and websocket limits must be positive");
        if (idleTimeoutSeconds < 0 || headerTimeoutSeconds < 0 || shutdownTimeoutSeconds < 0)
            throw new IllegalArgumentException("timeouts are zero (off) or positive");
    }

    /**
     * Listens on this port (0: a free one) on loopback only, as uvicorn does ({@code host("0.0.0.0")}
     * opens it to the network), with the defaults: request line and headers 16 KiB each, websocket
     * frames 16 MiB, 60 s idle, 20 s to send the headers, 30 s to shut down, no compression.
     */
    public static ServerConfig port(int port) {
        return new ServerConfig("127.0.0.1", port, 0, 16 << 10, 16 << 10, 16 << 20, 60, 20, 30, false, null, false);
    }

    public ServerConfig host(String host) {
        return with(c -> c.host = host);
    }

    public ServerConfig instances(int instances) {
        return with(c -> c.instances = instances);
    }

    public ServerConfig maxInitialLineLength(int bytes) {
        return with(c -> c.maxInitialLineLength = bytes);
    }

    public ServerConfig maxHeaderSize(int bytes) {
        return with(c -> c.maxHeaderSize = bytes);
    }

    /** The largest websocket frame or inflated frame, in bytes; see the record's description. */
    public ServerConfig maxWebSocketMessageSize(int bytes) {
        return with(c -> c.maxWebSocketMessageSize = bytes);
    }

    public ServerConfig idleTimeoutSeconds(int seconds) {
        return with(c -> c.idleTimeoutSeconds = seconds);
    }

    public ServerConfig headerTimeoutSeconds(int seconds) {
        return with(c -> c.headerTimeoutSeconds = seconds);
    }

    public ServerConfig shutdownTimeoutSeconds(int seconds) {
        return with(c -> c.shutdownTimeoutSeconds = seconds);
    }

    /** Gzip/deflate responses for clients that accept them (Vert.x's own compression). */
    public ServerConfig compression(boolean compression) {
        return with(c -> c.compression = compression);
    }

    /**
     * Serves HTTPS with this key and certificate, HTTP/2 and HTTP/1.1 offered over ALPN:
     * {@code ServerConfig.port(8443).tls(Tls.pem(Path.of("cert.pem"), Path.of("key.pem")))}.
     */
    public ServerConfig tls(Tls tls) {
        return with(c -> c.tls = tls);
    }

    /**
     * HTTP/2 over clear text too (h2c: prior knowledge or {@code Upgrade: h2c}), for a proxy that
     * speaks HTTP/2 to its backends. Vert.x then waits for a connection's first request before it
     * reports the connection, so the header deadline starts later.
     */
    public ServerConfig h2c(boolean enabled) {
        return with(c -> c.h2c = enabled);
    }

    int effectiveInstances() {
        return instances > 0 ? instances : Runtime.getRuntime().availableProcessors();
    }

    /** A copy with the changes {@code edit} makes: one place that copies every component. */
    private ServerConfig with(Consumer<Draft> edit) {
        var d = new Draft(this);
        edit.accept(d);
        return new ServerConfig(
                d.host,
                port,
                d.instances,
                d.maxInitialLineLength,
                d.maxHeaderSize,
                d.maxWebSocketMessageSize,
                d.idleTimeoutSeconds,
                d.headerTimeoutSeconds,
                d.shutdownTimeoutSeconds,
                d.compression,
                d.tls,
                d.h2c);
    }

    private static final class Draft {
        String host;
        int instances;
        int maxInitialLineLength;
        int maxHeaderSize;
        int maxWebSocketMessageSize;
        int idleTimeoutSeconds;
        int headerTimeoutSeconds;
        int shutdownTimeoutSeconds;
        boolean compression;
        Tls tls;
        boolean h2c;

        Draft(ServerConfig c) {
            host = c.host;
            instances = c.instances;
            maxInitialLineLength = c.maxInitialLineLength;
            maxHeaderSize = c.maxHeaderSize;
            maxWebSocketMessageSize = c.maxWebSocketMessageSize;
            idleTimeoutSeconds = c.idleTimeoutSeconds;
            headerTimeoutSeconds = c.headerTimeoutSeconds;
            shutdownTimeoutSeconds = c.shutdownTimeoutSeconds;
            compression = c.compression;
            tls = c.tls;
            h2c = c.h2c;
        }
    }
}
