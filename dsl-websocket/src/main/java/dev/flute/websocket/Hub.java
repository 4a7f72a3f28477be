package dev.flute.websocket;

import dev.flute.dsl.Dep;
import dev.flute.dsl.Flute;
import dev.flute.dsl.Json;
import dev.flute.websocket.internal.Room;
import dev.flute.websocket.internal.SocketSession;
import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.eventbus.DeliveryOptions;
import io.vertx.core.eventbus.EventBus;
import io.vertx.core.eventbus.Message;
import io.vertx.core.eventbus.MessageConsumer;
import io.vertx.core.internal.ContextInternal;
import io.vertx.core.internal.PromiseInternal;
import io.vertx.core.internal.VertxInternal;
import io.vertx.core.shareddata.Shareable;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;

/**
 * FastAPI's {@code ConnectionManager} done right: named rooms, a message to one connection, a
 * broadcast to a room, over the Vert.x event bus. It works across the verticle instances of one
 * Vert.x, and across processes and machines when Vert.x is clustered (Hazelcast, Infinispan, ...):
 * every member of a room receives each broadcast exactly once, wherever it is connected.
 *
 * <pre>{@code
 * static final Dep<Hub> HUB = Hub.dep("chat");
 *
 * ws("/ws/<client_id>").param(path("client_id", int_())).depends(HUB).handle((clientId, hub, socket) -> {
 *     socket.onText(text -> hub.broadcast("lobby", "Client #" + clientId + " says: " + text));
 *     socket.onDisconnect(d -> hub.broadcast("lobby", "Client #" + clientId + " left the chat"));
 *     return hub.join("lobby", socket);   // messages are read once the room is joined
 * });
 * }</pre>
 *
 * <p>How: each node subscribes once per room that has members there, and fans a broadcast out to
 * its local members with one task per event loop; a member is addressed directly through a
 * consumer of its own, registered by {@link #connect}. Members leave their rooms when their socket
 * ends, before the route's disconnect receiver runs. A member whose send queue is full when a
 * broadcast arrives is closed with 1013 ({@link CloseCodes#TRY_AGAIN_LATER}) rather than buffered
 * without bound.
 *
 * <p>There is one hub per Vert.x instance and namespace ({@link #of(Vertx, String)}); it keeps its
 * state on a context of its own, so it outlives any one verticle and needs no locks.
 */
public final class Hub implements Shareable {
    private static final String HUBS = "dev.flute.websocket.hubs";
    private static final long SEND_TIMEOUT_MILLIS = 10_000;

    private final VertxInternal vertx;
    private final String namespace;
    private final ContextInternal context;
    private final EventBus bus;

    // Only touched on `context`.
    private final Map<String, Room> rooms = new HashMap<>();
    private final Map<Socket, Member> members = new IdentityHashMap<>();

    /** What this node holds for one socket: its rooms and its direct address, if connected. */
    private static final class Member {
        final Set<String> rooms = new HashSet<>();
        MessageConsumer<Object> direct;
    }

    private Hub(Vertx vertx, String namespace) {
        this.vertx = (VertxInternal) vertx;
        this.namespace = namespace;
        // Not the caller's context: consumers registered on a verticle's context die with it.
        this.context = this.vertx.createEventLoopContext();
        this.bus = vertx.eventBus();
    }

    /** The hub of {@code namespace} on this Vert.x instance, shared by all its verticles. */
    public static Hub of(Vertx vertx, String namespace) {
        if (namespace == null || namespace.isEmpty()) throw new IllegalArgumentException("a hub needs a namespace");
        return vertx.sharedData().<String, Hub>getLocalMap(HUBS).computeIfAbsent(namespace, ns -> new Hub(vertx, ns));
    }

    /** A dependency giving the hub of {@code namespace} on the Vert.x instance serving the request. */
    public static Dep<Hub> dep(String namespace) {
        return Flute.dep(() -> {
                    Context current = Vertx.currentContext();
                    if (current == null) throw new IllegalStateException("Hub.dep runs on a Vert.x thread");
                    return of(current.owner(), namespace);
                })
                .named("hub " + namespace);
    }

    public String namespace() {
        return namespace;
    }

    /**
     * Adds the socket to a room. The future completes once broadcasts from every node reach it (in a
     * cluster, once the subscription is registered); it fails if the socket has already ended.
     */
    public Future<Void> join(String room, Socket socket) {
        checkRoom(room);
        PromiseInternal<Void> joined = callerPromise();
        context.runOnContext(v -> {
            Member member = member(socket);
            if (member == null) {
                joined.tryFail(new IllegalStateException("socket " + socket.id() + " has ended"));
                return;
            }
            Room r = rooms.computeIfAbsent(room, this::open);
            if (member.rooms.add(room)) r.add(loopOf(socket), socket);
            r.ready().onComplete(ar -> complete(joined, ar.failed() ? ar.cause() : null));
        });
        return joined.future();
    }

    /** Removes the socket from a room (it leaves all of them by itself when it ends). */
    public Future<Void> leave(String room, Socket socket) {
        PromiseInternal<Void> left = callerPromise();
        context.runOnContext(v -> {
            Member member = members.get(socket);
            if (member != null && member.rooms.remove(room)) removeFrom(room, socket);
            left.tryComplete();
        });
        return left.future();
    }

    /** Makes the socket reachable by {@link #send(String, String)} with its id, from any node. */
    public Future<Void> connect(Socket socket) {
        PromiseInternal<Void> connected = callerPromise();
        context.runOnContext(v -> {
            Member member = member(socket);
            if (member == null) {
                connected.tryFail(new IllegalStateException("socket " + socket.id() + " has ended"));
                return;
            }
            if (member.direct == null) {
                member.direct = bus.consumer(directAddress(socket.id()), message -> direct(socket, message));
            }
            member.direct.completion().onComplete(ar -> complete(connected, ar.failed() ? ar.cause() : null));
        });
        return connected.future();
    }

    /** Sends text to every member of the room, on every node. */
    public Hub broadcast(String room, String text) {
        checkRoom(room);
        bus.publish(roomAddress(room), text);
        return this;
    }

    /** Sends bytes to every member of the room, on every node. */
    public Hub broadcastBytes(String room, Buffer bytes) {
        checkRoom(room);
        bus.publish(roomAddress(room), bytes);
        return this;
    }

    /** Sends a value as JSON to every member of the room; it is encoded once, here. */
    public Hub broadcastJson(String room, Object value) {
        return broadcast(room, Json.write(value));
    }

    /**
     * Sends text to one connected socket, wherever it is. The future completes once it is written,
     * and fails (a {@code ReplyException}) when no socket of that id is connected.
     */
    public Future<Void> send(String socketId, String text) {
        return request(socketId, text);
    }

    public Future<Void> sendBytes(String socketId, Buffer bytes) {
        return request(socketId, bytes);
    }

    public Future<Void> sendJson(String socketId, Object value) {
        return request(socketId, Json.write(value));
    }

    /** How many members the room has on this node. */
    public Future<Integer> localMembers(String room) {
        PromiseInternal<Integer> count = callerPromise();
        context.runOnContext(v -> {
            Room r = rooms.get(room);
            count.tryComplete(r == null ? 0 : r.size());
        });
        return count.future();
    }

    // ---- on the hub's context -----------------------------------------------------------------

    private Member member(Socket socket) {
        Member member = members.get(socket);
        if (member != null) return member;
        if (!socket.isOpen()) return null;
        member = new Member();
        members.put(socket, member);
        Runnable drop = () -> context.runOnContext(v -> drop(socket));
        if (socket instanceof SocketSession session) session.onEnd(drop);
        else socket.disconnected().onComplete(d -> drop.run());
        return member;
    }

    private void drop(Socket socket) {
        Member member = members.remove(socket);
        if (member == null) return;
        for (String room : member.rooms) removeFrom(room, socket);
        if (member.direct != null) member.direct.unregister();
    }

    private Room open(String name) {
        var holder = new Room[1];
        MessageConsumer<Object> consumer = bus.consumer(roomAddress(name), message -> fanOut(holder[0], message));
        holder[0] = new Room(consumer);
        return holder[0];
    }

    private void removeFrom(String name, Socket socket) {
        Room room = rooms.get(name);
        if (room != null && room.remove(loopOf(socket), socket) && room.size() == 0) {
            rooms.remove(name);
            room.close();
        }
    }

    private void fanOut(Room room, Message<Object> message) {
        Object body = message.body();
        for (var loop : room.byLoop().entrySet()) {
            Set<Socket> sockets = loop.getValue();
            loop.getKey().runOnContext(v -> {
                for (Socket socket : sockets) deliver(socket, body);
            });
        }
    }

    private void direct(Socket socket, Message<Object> message) {
        loopOf(socket).runOnContext(v -> {
            if (!socket.isOpen()) {
                message.fail(404, "socket " + socket.id() + " has ended");
                return;
            }
            write(socket, message.body()).onComplete(ar -> {
                if (ar.succeeded()) message.reply(null);
                else message.fail(500, String.valueOf(ar.cause().getMessage()));
            });
        });
    }

    // ---- on the member's event loop -----------------------------------------------------------

    private static void deliver(Socket socket, Object body) {
        if (!socket.isOpen()) return;
        if (socket.writeQueueFull()) {
            socket.close(CloseCodes.TRY_AGAIN_LATER, "send queue full");
            return;
        }
        write(socket, body);
    }

    private static Future<Void> write(Socket socket, Object body) {
        return body instanceof Buffer bytes ? socket.sendBytes(bytes) : socket.sendText((String) body);
    }

    // ---- helpers ------------------------------------------------------------------------------

    private Future<Void> request(String socketId, Object body) {
        return bus.request(directAddress(socketId), body, new DeliveryOptions().setSendTimeout(SEND_TIMEOUT_MILLIS))
                .mapEmpty();
    }

    private Context loopOf(Socket socket) {
        return socket instanceof SocketSession session ? session.loop() : context;
    }

    /** Futures complete on the caller's context, as Vert.x's own do. */
    private <T> PromiseInternal<T> callerPromise() {
        return vertx.getOrCreateContext().promise();
    }

    private static void complete(PromiseInternal<Void> promise, Throwable failure) {
        if (failure == null) promise.tryComplete();
        else promise.tryFail(failure);
    }

    private String roomAddress(String room) {
        return "flute.ws." + namespace + ".room." + room;
    }

    private String directAddress(String socketId) {
        return "flute.ws." + namespace + ".socket." + socketId;
    }

    private static void checkRoom(String room) {
        if (room == null || room.isEmpty()) throw new IllegalArgumentException("a room needs a name");
    }
}
