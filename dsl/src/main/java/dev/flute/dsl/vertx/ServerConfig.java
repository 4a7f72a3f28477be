package dev.flute.dsl.vertx;

/**
 * How a standalone Flute server listens, with limits safe by default.
 *
 * @param instances event-loop verticles sharing the port; 0 means one per core
 * @param maxInitialLineLength longer request lines get 414
 * @param maxHeaderSize larger header sections get 431
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
        int idleTimeoutSeconds,
        int headerTimeoutSeconds,
        int shutdownTimeoutSeconds,
        boolean compression,
        Tls tls,
        boolean h2c) {

    /** Listens on loopback only, as uvicorn does; {@code host("0.0.0.0")} opens it to the network. */
    public static ServerConfig port(int port) {
        return new ServerConfig("127.0.0.1", port, 0, 4096, 8192, 60, 20, 30, false, null, false);
    }

    public ServerConfig host(String host) {
        return new ServerConfig(
                host,
                port,
                instances,
                maxInitialLineLength,
                maxHeaderSize,
                idleTimeoutSeconds,
                headerTimeoutSeconds,
                shutdownTimeoutSeconds,
                compression,
                tls,
                h2c);
    }

    public ServerConfig instances(int instances) {
        return new ServerConfig(
                host,
                port,
                instances,
                maxInitialLineLength,
                maxHeaderSize,
                idleTimeoutSeconds,
                headerTimeoutSeconds,
                shutdownTimeoutSeconds,
                compression,
                tls,
                h2c);
    }

    public ServerConfig maxInitialLineLength(int bytes) {
        return new ServerConfig(
                host,
                port,
                instances,
                bytes,
                maxHeaderSize,
                idleTimeoutSeconds,
                headerTimeoutSeconds,
                shutdownTimeoutSeconds,
                compression,
                tls,
                h2c);
    }

    public ServerConfig maxHeaderSize(int bytes) {
        return new ServerConfig(
                host,
                port,
                instances,
                maxInitialLineLength,
                bytes,
                idleTimeoutSeconds,
                headerTimeoutSeconds,
                shutdownTimeoutSeconds,
                compression,
                tls,
                h2c);
    }

    public ServerConfig idleTimeoutSeconds(int seconds) {
        return new ServerConfig(
                host,
                port,
                instances,
                maxInitialLineLength,
                maxHeaderSize,
                seconds,
                headerTimeoutSeconds,
                shutdownTimeoutSeconds,
                compression,
                tls,
                h2c);
    }

    public ServerConfig headerTimeoutSeconds(int seconds) {
        return new ServerConfig(
                host,
                port,
                instances,
                maxInitialLineLength,
                maxHeaderSize,
                idleTimeoutSeconds,
                seconds,
                shutdownTimeoutSeconds,
                compression,
                tls,
                h2c);
    }

    public ServerConfig shutdownTimeoutSeconds(int seconds) {
        return new ServerConfig(
                host,
                port,
                instances,
                maxInitialLineLength,
                maxHeaderSize,
                idleTimeoutSeconds,
                headerTimeoutSeconds,
                seconds,
                compression,
                tls,
                h2c);
    }

    /** Gzip/deflate responses for clients that accept them (Vert.x's own compression). */
    public ServerConfig compression(boolean compression) {
        return new ServerConfig(
                host,
                port,
                instances,
                maxInitialLineLength,
                maxHeaderSize,
                idleTimeoutSeconds,
                headerTimeoutSeconds,
                shutdownTimeoutSeconds,
                compression,
                tls,
                h2c);
    }

    /**
     * Serves HTTPS with this key and certificate, HTTP/2 and HTTP/1.1 offered over ALPN:
     * {@code ServerConfig.port(8443).tls(Tls.pem(Path.of("cert.pem"), Path.of("key.pem")))}.
     */
    public ServerConfig tls(Tls tls) {
        return new ServerConfig(
                host,
                port,
                instances,
                maxInitialLineLength,
                maxHeaderSize,
                idleTimeoutSeconds,
                headerTimeoutSeconds,
                shutdownTimeoutSeconds,
                compression,
                tls,
                h2c);
    }

    /**
     * HTTP/2 over clear text too (h2c: prior knowledge or {@code Upgrade: h2c}), for a proxy that
     * speaks HTTP/2 to its backends. Vert.x then waits for a connection's first request before it
     * reports the connection, so the header deadline starts later.
     */
    public ServerConfig h2c(boolean enabled) {
        return new ServerConfig(
                host,
                port,
                instances,
                maxInitialLineLength,
                maxHeaderSize,
                idleTimeoutSeconds,
                headerTimeoutSeconds,
                shutdownTimeoutSeconds,
                compression,
                tls,
                enabled);
    }

    int effectiveInstances() {
        return instances > 0 ? instances : Runtime.getRuntime().availableProcessors();
    }
}
