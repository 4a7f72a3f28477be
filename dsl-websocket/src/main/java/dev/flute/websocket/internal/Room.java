package dev.flute.websocket.internal;

import dev.flute.websocket.Socket;
import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.eventbus.MessageConsumer;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A room's members on this node, grouped by the event loop their sockets live on, and the one
 * event-bus consumer that brings the room's broadcasts to this node. Mutated only on the hub's
 * context; the member sets are concurrent because each loop iterates its own while delivering.
 */
public final class Room {
    private final Map<Context, Set<Socket>> byLoop = new HashMap<>();
    private final MessageConsumer<Object> consumer;
    private int size;

    public Room(MessageConsumer<Object> consumer) {
        this.consumer = consumer;
    }

    /** Completes once broadcasts from any node reach this room's members here. */
    public Future<Void> ready() {
        return consumer.completion();
    }

    public boolean add(Context loop, Socket socket) {
        boolean added =
                byLoop.computeIfAbsent(loop, l -> ConcurrentHashMap.newKeySet()).add(socket);
        if (added) size++;
        return added;
    }

    public boolean remove(Context loop, Socket socket) {
        Set<Socket> members = byLoop.get(loop);
        if (members == null || !members.remove(socket)) return false;
        if (members.isEmpty()) byLoop.remove(loop);
        size--;
        return true;
    }

    public int size() {
        return size;
    }

    /** The members by event loop, for one delivery task per loop rather than one per socket. */
    public Map<Context, Set<Socket>> byLoop() {
        return byLoop;
    }

    /** Stops receiving the room's broadcasts on this node. */
    public Future<Void> close() {
        return consumer.unregister();
    }
}
