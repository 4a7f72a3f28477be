package dev.flute.websocket.internal;

import dev.flute.dsl.Json;
import dev.flute.dsl.http.ValidationError;
import dev.flute.dsl.types.Type;
import dev.flute.websocket.CloseCodes;
import dev.flute.websocket.Disconnect;
import dev.flute.websocket.InvalidMessage;
import dev.flute.websocket.Receiver;
import dev.flute.websocket.Socket;
import dev.flute.websocket.SocketOptions;
import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.ServerWebSocket;
import io.vertx.core.http.WebSocketFrame;
import io.vertx.core.internal.ContextInternal;
import io.vertx.core.net.SocketAddress;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;

/**
 * One accepted websocket: Flute's {@link Socket} over Vert.x's {@link ServerWebSocket}, and the
 * session that runs it from the handler's start to the disconnect.
 *
 * <p>Reading is sequential: a receiver's pending future pauses the Vert.x socket (its inbound queue
 * then stops reading TCP), so messages arrive one at a time and a slow handler slows the client,
 * not memory. The disconnect is delivered after every message received before it: when the
 * connection ends while paused, the socket is resumed and the disconnect queued behind the frames
 * it still holds. State marked "loop" is touched only on the socket's event loop; sends and close
 * may come from any thread, as Vert.x allows.
 */
public final class SocketSession implements Socket {
    private static final System.Logger LOG = System.getLogger("dev.flute.websocket");

    private final ServerWebSocket ws;
    private final SocketOptions options;
    private final Context context;
    private final String id = UUID.randomUUID().toString();
    private final MessageAssembler assembler;
    private final Promise<Disconnect> disconnected = Promise.promise();
    private final Promise<Void> ended = Promise.promise();
    private final AtomicReference<Disconnect> closing = new AtomicReference<>();
    private final List<Runnable> endHooks = new CopyOnWriteArrayList<>();
    private final List<Promise<Void>> drainWaiters = new ArrayList<>(0);
    private final KeepAlive keepAlive;

    private volatile Receiver<String> text;
    private volatile boolean textIsJson;
    private volatile Receiver<Buffer> bytes;
    private volatile Receiver<Disconnect> onDisconnect;
    private volatile boolean ending;

    // loop: the read side's state
    private boolean paused;
    private boolean busy;
    private boolean transportClosed;
    private boolean finished;

    private SocketSession(ServerWebSocket ws, SocketOptions options, Context context) {
        this.ws = ws;
        this.options = options;
        this.context = context;
        this.assembler = new MessageAssembler(options.maxMessageBytes());
        this.keepAlive = new KeepAlive(
                options,
                context,
                () -> busy,
                () -> ws.writePing(Buffer.buffer()),
                () -> close(CloseCodes.GOING_AWAY, "idle timeout"));
    }

    /**
     * Runs a session on an accepted socket: {@code start} (the route's handler) registers the
     * receivers; the future completes once the socket has ended and the disconnect was handled.
     * Called on the socket's event loop.
     */
    public static Future<Void> run(ServerWebSocket ws, SocketOptions options, Receiver<Socket> start) {
        Context context = Vertx.currentContext();
        if (context == null) throw new IllegalStateException("a websocket session starts on its event loop");
        var session = new SocketSession(ws, options, context);
        session.begin(start);
        return session.ended.future();
    }

    private void begin(Receiver<Socket> start) {
        // Nothing is read until the handler has registered its receivers (and its future completed).
        ws.pause();
        paused = true;
        ws.setWriteQueueMaxSize(options.sendQueueBytes());
        ws.frameHandler(this::onFrame);
        // Pongs bypass the paused inbound queue, so a peer answering pings is seen alive while we work.
        ws.pongHandler(pong -> keepAlive.heard());
        ws.drainHandler(v -> releaseDrainWaiters());
        ws.exceptionHandler(this::onTransportFailure);
        ws.closeHandler(v -> onTransportClosed());
        keepAlive.start();
        process(() -> start.receive(this));
    }

    /**
     * The event loop the socket lives on, as its root context: each request runs on a duplicate of
     * it, and a hub delivers to all of one loop's members in one task, not one per socket.
     */
    public Context loop() {
        return ((ContextInternal) context).unwrap();
    }

    /**
     * Runs {@code hook} once when the socket ends, before the handler's disconnect receiver; at once
     * if it has ended. Any thread may add one, also while the socket is ending.
     */
    public void onEnd(Runnable hook) {
        var ran = new java.util.concurrent.atomic.AtomicBoolean();
        Runnable once = () -> {
            if (ran.compareAndSet(false, true)) hook.run();
        };
        endHooks.add(once);
        // Added after finish() took its snapshot of the hooks: run it here.
        if (ending) once.run();
    }

    // ---- Socket ---------------------------------------------------------------------------------

    @Override
    public String id() {
        return id;
    }

    @Override
    public SocketAddress remoteAddress() {
        return ws.remoteAddress();
    }

    @Override
    public Socket onText(Receiver<String> receiver) {
        return text(receiver, false);
    }

    @Override
    public Socket onBytes(Receiver<Buffer> receiver) {
        if (receiver == null) throw new IllegalArgumentException("a receiver cannot be null");
        bytes = receiver;
        return this;
    }

    @Override
    public <T> Socket onJson(Type<T> type, Receiver<T> receiver) {
        return onJson(type, receiver, invalid -> close(CloseCodes.INVALID_PAYLOAD, invalid.summary()));
    }

    @Override
    public <T> Socket onJson(Type<T> type, Receiver<T> receiver, Receiver<InvalidMessage> invalid) {
        if (type == null || receiver == null || invalid == null)
            throw new IllegalArgumentException("onJson takes a type and two receivers");
        return text(
                message -> {
                    var errors = new ArrayList<ValidationError>(1);
                    T value = JsonMessages.read(type, message, errors);
                    return errors.isEmpty()
                            ? receiver.receive(value)
                            : invalid.receive(new InvalidMessage(message, errors));
                },
                true);
    }

    private Socket text(Receiver<String> receiver, boolean json) {
        if (receiver == null) throw new IllegalArgumentException("a receiver cannot be null");
        if (text != null && textIsJson != json) {
            throw new IllegalStateException("text messages are read with onText or with onJson, not both");
        }
        textIsJson = json;
        text = receiver;
        return this;
    }

    @Override
    public Socket onDisconnect(Receiver<Disconnect> receiver) {
        if (receiver == null) throw new IllegalArgumentException("a receiver cannot be null");
        onDisconnect = receiver;
        return this;
    }

    @Override
    public Future<Void> sendText(String message) {
        return ws.writeTextMessage(message);
    }

    @Override
    public Future<Void> sendBytes(Buffer message) {
        return ws.writeBinaryMessage(message);
    }

    @Override
    public Future<Void> sendJson(Object value) {
        String encoded;
        try {
            encoded = Json.write(value);
        } catch (RuntimeException e) {
            return Future.failedFuture(e);
        }
        return ws.writeTextMessage(encoded);
    }

    @Override
    public boolean writeQueueFull() {
        try {
            return ws.writeQueueFull();
        } catch (IllegalStateException closed) {
            // A closed socket queues nothing; the next send fails and says so.
            return false;
        }
    }

    @Override
    public Future<Void> drained() {
        if (!writeQueueFull()) return Future.succeededFuture();
        Promise<Void> waiter = Promise.promise();
        synchronized (drainWaiters) {
            drainWaiters.add(waiter);
        }
        // The queue may have drained between the check and the registration: nobody would wake us.
        if (!writeQueueFull()) releaseDrainWaiters();
        return waiter.future();
    }

    @Override
    public Future<Void> close() {
        return close(CloseCodes.NORMAL_CLOSURE, null);
    }

    @Override
    public Future<Void> close(int code, String reason) {
        if (ws.isClosed() || !closing.compareAndSet(null, new Disconnect(code, reason))) {
            return Future.succeededFuture();
        }
        return ws.close((short) code, SocketClose.fit(reason)).recover(e -> Future.succeededFuture());
    }

    @Override
    public boolean isOpen() {
        return closing.get() == null && !ws.isClosed();
    }

    @Override
    public Future<Disconnect> disconnected() {
        return disconnected.future();
    }

    // ---- reading (loop) -------------------------------------------------------------------------

    private void onFrame(WebSocketFrame frame) {
        keepAlive.heard();
        // Once the server decided to close, nothing more is read: the conversation is over.
        if (closing.get() != null || finished) return;
        if (!frame.isText() && !frame.isBinary() && !frame.isContinuation()) return;
        MessageAssembler.Message message;
        try {
            message = assembler.add(frame);
        } catch (SocketClose refused) {
            close(refused.code, refused.getMessage());
            return;
        }
        if (message != null) deliver(message);
    }

    private void deliver(MessageAssembler.Message message) {
        if (message.text()) {
            Receiver<String> receiver = text;
            if (receiver == null) {
                close(CloseCodes.UNSUPPORTED_DATA, "text messages are not accepted");
                return;
            }
            String decoded = utf8(message.data());
            if (decoded == null) {
                close(CloseCodes.INVALID_PAYLOAD, "text message is not valid UTF-8");
                return;
            }
            process(() -> receiver.receive(decoded));
        } else {
            Receiver<Buffer> receiver = bytes;
            if (receiver == null) {
                close(CloseCodes.UNSUPPORTED_DATA, "binary messages are not accepted");
                return;
            }
            process(() -> receiver.receive(message.data()));
        }
    }

    private void onTransportFailure(Throwable e) {
        LOG.log(System.Logger.Level.DEBUG, "websocket " + ws.path() + ": " + e);
        SocketClose refused = SocketClose.of(e);
        if (refused != null) close(refused.code, refused.getMessage());
    }

    /** Runs one step of the handler; a pending future holds the reading until it completes. */
    private void process(Callable<Object> step) {
        Object result;
        try {
            result = step.call();
        } catch (Throwable e) {
            failed(e);
            return;
        }
        Future<?> pending = asFuture(result);
        if (pending == null || pending.succeeded()) {
            ready();
        } else if (pending.failed()) {
            failed(pending.cause());
        } else {
            busy = true;
            pause();
            pending.onComplete(done -> context.runOnContext(v -> {
                busy = false;
                keepAlive.heard(); // time spent working is not the peer's silence
                if (done.failed()) failed(done.cause());
                else ready();
            }));
        }
    }

    private Future<?> asFuture(Object result) {
        if (result instanceof Future<?> f) return f;
        if (result instanceof CompletionStage<?> stage) return Future.fromCompletionStage(stage, context);
        return null;
    }

    /** The handler is ready for the next message, or for the disconnect if the connection ended. */
    private void ready() {
        if (transportClosed) finishWhenDrained();
        else resume();
    }

    private void failed(Throwable e) {
        // After the client left, a failing send is the expected end of a conversation, not a bug.
        boolean expected = transportClosed || closing.get() != null || ws.isClosed();
        LOG.log(
                expected ? System.Logger.Level.DEBUG : System.Logger.Level.ERROR,
                "websocket " + ws.path() + ": the handler failed",
                e);
        close(CloseCodes.INTERNAL_ERROR, "Internal error");
        ready();
    }

    private void pause() {
        if (!paused) {
            paused = true;
            ws.pause();
        }
    }

    private void resume() {
        if (paused) {
            paused = false;
            ws.resume();
        }
    }

    // ---- ending (loop) --------------------------------------------------------------------------

    private void onTransportClosed() {
        transportClosed = true;
        keepAlive.stop();
        if (!busy) finishWhenDrained();
    }

    /**
     * Resuming hands over the frames still queued; they are delivered by a task the resume posts on
     * this event loop, so the check posted after it sees them handled (or a receiver busy with one).
     */
    private void finishWhenDrained() {
        if (finished) return;
        resume();
        context.runOnContext(v -> {
            if (!busy && !finished) finish();
        });
    }

    private void finish() {
        finished = true;
        ending = true;
        Disconnect ours = closing.get();
        Disconnect how = ours != null ? ours : new Disconnect(peerCode(ws.closeStatusCode()), ws.closeReason());
        for (Runnable hook : endHooks) {
            try {
                hook.run();
            } catch (RuntimeException e) {
                LOG.log(System.Logger.Level.ERROR, "websocket end hook failed", e);
            }
        }
        disconnected.complete(how);
        releaseDrainWaiters();
        Receiver<Disconnect> receiver = onDisconnect;
        Future<?> handled;
        try {
            Future<?> f = receiver == null ? null : asFuture(receiver.receive(how));
            handled = f == null ? Future.succeededFuture() : f;
        } catch (Throwable e) {
            handled = Future.failedFuture(e);
        }
        handled.onComplete(done -> {
            if (done.failed()) {
                LOG.log(
                        System.Logger.Level.ERROR,
                        "websocket " + ws.path() + ": the disconnect handler failed",
                        done.cause());
            }
            ended.complete();
        });
    }

    /** Vert.x reports 1006 for a connection that dropped; a close frame without a code reads as -1. */
    private static int peerCode(Short code) {
        if (code == null) return CloseCodes.ABNORMAL_CLOSURE;
        return code < 0 ? CloseCodes.NO_STATUS_RECEIVED : code;
    }

    private void releaseDrainWaiters() {
        List<Promise<Void>> waiting;
        synchronized (drainWaiters) {
            if (drainWaiters.isEmpty()) return;
            waiting = new ArrayList<>(drainWaiters);
            drainWaiters.clear();
        }
        waiting.forEach(Promise::tryComplete);
    }

    private static String utf8(Buffer data) {
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(data.getBytes()))
                    .toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }
}
