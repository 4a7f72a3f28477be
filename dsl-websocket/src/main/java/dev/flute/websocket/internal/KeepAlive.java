package dev.flute.websocket.internal;

import dev.flute.websocket.SocketOptions;
import io.vertx.core.Context;
import java.util.function.BooleanSupplier;

/**
 * A socket's pings and idle timeout, on one timer that is re-armed for whichever comes first. A
 * ping is sent every {@code pingInterval}; a socket from which nothing was heard for
 * {@code idleTimeout} is idle, except while its handler works on a message (the socket is paused
 * then, so the peer's frames wait unread). Confined to the socket's event loop.
 */
final class KeepAlive {
    private final Context context;
    private final long pingMillis;
    private final long idleMillis;
    private final BooleanSupplier working;
    private final Runnable ping;
    private final Runnable idle;
    private long lastHeard;
    private long lastPing;
    private long timer = -1;
    private boolean stopped;

    KeepAlive(SocketOptions options, Context context, BooleanSupplier working, Runnable ping, Runnable idle) {
        this.context = context;
        this.pingMillis = options.pingInterval().toMillis();
        this.idleMillis = options.idleTimeout().toMillis();
        this.working = working;
        this.ping = ping;
        this.idle = idle;
    }

    void start() {
        lastHeard = lastPing = now();
        schedule();
    }

    /** Something arrived from the peer (any frame, a pong included), or the handler finished working. */
    void heard() {
        lastHeard = now();
    }

    void stop() {
        stopped = true;
        if (timer >= 0) context.owner().cancelTimer(timer);
        timer = -1;
    }

    private void schedule() {
        if (stopped || (pingMillis == 0 && idleMillis == 0)) return;
        long now = now();
        long next = Long.MAX_VALUE;
        if (pingMillis > 0) next = lastPing + pingMillis;
        // While the handler works, the peer is not idle: look again one timeout later.
        if (idleMillis > 0) next = Math.min(next, working.getAsBoolean() ? now + idleMillis : lastHeard + idleMillis);
        timer = context.owner().setTimer(Math.max(1, next - now), id -> tick());
    }

    private void tick() {
        timer = -1;
        if (stopped) return;
        long now = now();
        if (idleMillis > 0 && !working.getAsBoolean() && now - lastHeard >= idleMillis) {
            idle.run();
            return;
        }
        if (pingMillis > 0 && now - lastPing >= pingMillis) {
            lastPing = now;
            ping.run();
        }
        schedule();
    }

    private static long now() {
        return System.nanoTime() / 1_000_000;
    }
}
