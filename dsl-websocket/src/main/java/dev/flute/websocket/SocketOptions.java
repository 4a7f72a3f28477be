package dev.flute.websocket;

import java.time.Duration;

/**
 * The limits, keep-alive and allowed origins of a websocket route's sockets, safe by default.
 *
 * <ul>
 *   <li>{@code maxMessageBytes} (16 MiB, as uvicorn): a larger message closes the socket with 1009.
 *       The server's own frame limit also bounds a message a client sends as a single frame, as
 *       browsers do: {@code ServerConfig.maxWebSocketMessageSize} (16 MiB) for {@code FluteServer},
 *       the host's {@code HttpServerOptions.maxWebSocketFrameSize} (64 KiB in Vert.x) when mounted.
 *       Raise both to accept more.
 *   <li>{@code pingInterval} (20 s, as uvicorn): a ping is sent this often; every client answers with
 *       a pong, which keeps a quiet but healthy connection alive. {@link Duration#ZERO} turns it off.
 *   <li>{@code idleTimeout} (60 s): a socket from which nothing at all (message, pong) arrives this
 *       long is closed with 1001: its peer is gone. With pings off, it closes quiet clients too.
 *       {@link Duration#ZERO} turns it off. Time a receiver spends working does not count.
 *   <li>{@code sendQueueBytes} (1 MiB): what may wait to be written before the socket reports
 *       {@link Socket#writeQueueFull()}; a {@link Hub} closes a member whose queue is full with 1013
 *       rather than buffer without bound for a client that does not read.
 *   <li>{@code origins} (null: the API's, by default {@link Origins#sameOriginWithCookies()}): which
 *       pages may open the sockets; a refused handshake is answered 403.
 * </ul>
 *
 * <pre>{@code
 * ws("/upload").options(SocketOptions.DEFAULT.maxMessageBytes(1 << 20)).handle(...)
 * }</pre>
 */
public record SocketOptions(
        int maxMessageBytes, Duration pingInterval, Duration idleTimeout, int sendQueueBytes, Origins origins) {

    public static final SocketOptions DEFAULT =
            new SocketOptions(16 << 20, Duration.ofSeconds(20), Duration.ofSeconds(60), 1024 * 1024, null);

    public SocketOptions {
        if (maxMessageBytes <= 0) throw new IllegalArgumentException("maxMessageBytes must be positive");
        if (sendQueueBytes <= 0) throw new IllegalArgumentException("sendQueueBytes must be positive");
        if (pingInterval == null || pingInterval.isNegative())
            throw new IllegalArgumentException("pingInterval must be zero (off) or positive");
        if (idleTimeout == null || idleTimeout.isNegative())
            throw new IllegalArgumentException("idleTimeout must be zero (off) or positive");
        if (!pingInterval.isZero() && !idleTimeout.isZero() && idleTimeout.compareTo(pingInterval) <= 0) {
            // The pong answering a ping could never arrive in time: every quiet socket would be closed.
            throw new IllegalArgumentException(
                    "idleTimeout (" + idleTimeout + ") must be longer than pingInterval (" + pingInterval + ")");
        }
    }

    public SocketOptions maxMessageBytes(int bytes) {
        return new SocketOptions(bytes, pingInterval, idleTimeout, sendQueueBytes, origins);
    }

    public SocketOptions pingInterval(Duration interval) {
        return new SocketOptions(maxMessageBytes, interval, idleTimeout, sendQueueBytes, origins);
    }

    public SocketOptions idleTimeout(Duration timeout) {
        return new SocketOptions(maxMessageBytes, pingInterval, timeout, sendQueueBytes, origins);
    }

    /** Which pages may open the sockets; null (the default) leaves it to the API's, see {@link Origins}. */
    public SocketOptions origins(Origins allowed) {
        return new SocketOptions(maxMessageBytes, pingInterval, idleTimeout, sendQueueBytes, allowed);
    }

    public SocketOptions sendQueueBytes(int bytes) {
        return new SocketOptions(maxMessageBytes, pingInterval, idleTimeout, bytes, origins);
    }
}
