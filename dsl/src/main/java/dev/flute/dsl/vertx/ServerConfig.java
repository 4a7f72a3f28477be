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
 */
public record ServerConfig(
        String host,
        int port,
        int instances,
        int maxInitialLineLength,
        int maxHeaderSize,
        int idleTimeoutSeconds,
        int headerTimeoutSeconds) {

    public static ServerConfig port(int port) {
        return new ServerConfig("0.0.0.0", port, 0, 4096, 8192, 60, 20);
    }

    public ServerConfig host(String host) {
        return new ServerConfig(
                host, port, instances, maxInitialLineLength, maxHeaderSize, idleTimeoutSeconds, headerTimeoutSeconds);
    }

    public ServerConfig instances(int instances) {
        return new ServerConfig(
                host, port, instances, maxInitialLineLength, maxHeaderSize, idleTimeoutSeconds, headerTimeoutSeconds);
    }

    public ServerConfig maxHeaderSize(int bytes) {
        return new ServerConfig(
                host, port, instances, maxInitialLineLength, bytes, idleTimeoutSeconds, headerTimeoutSeconds);
    }

    public ServerConfig maxInitialLineLength(int bytes) {
        return new ServerConfig(host, port, instances, bytes, maxHeaderSize, idleTimeoutSeconds, headerTimeoutSeconds);
    }

    public ServerConfig idleTimeoutSeconds(int seconds) {
        return new ServerConfig(
                host, port, instances, maxInitialLineLength, maxHeaderSize, seconds, headerTimeoutSeconds);
    }

    public ServerConfig headerTimeoutSeconds(int seconds) {
        return new ServerConfig(
                host, port, instances, maxInitialLineLength, maxHeaderSize, idleTimeoutSeconds, seconds);
    }

    int effectiveInstances() {
        return instances > 0 ? instances : Runtime.getRuntime().availableProcessors();
    }
}
