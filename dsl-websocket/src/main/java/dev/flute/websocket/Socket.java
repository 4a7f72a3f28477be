package dev.flute.websocket;

import dev.flute.dsl.types.Type;
import io.vertx.core.Future;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.net.SocketAddress;

/**
 * An accepted websocket, as a websocket route's handler receives it: FastAPI's {@code WebSocket},
 * in Vert.x's style. The handler registers what to do with each kind of message and with the
 * disconnect, then returns; the socket calls back on its event loop.
 *
 * <pre>{@code
 * ws("/ws").handle(socket -> socket
 *         .onText(text -> socket.sendText("Message text was: " + text))
 *         .onDisconnect(d -> log("gone with " + d.code())));
 * }</pre>
 *
 * <p><b>Receiving.</b> One receiver per kind of frame: text frames go to {@link #onText} or, decoded,
 * to {@link #onJson} (one or the other), binary frames to {@link #onBytes}. A kind without a receiver
 * closes the socket with 1003; nothing is dropped silently. Each receiver may return a future, and
 * the next message waits for it (see {@link Receiver}): back-pressure from the handler to the client.
 *
 * <p><b>Sending.</b> Every send returns a future completed once the message is written. Sends may be
 * called from any thread. A sender that produces faster than the client reads checks
 * {@link #writeQueueFull()} and waits for {@link #drained()}; returning the send's future from a
 * receiver does that for a reply per message.
 *
 * <p><b>Ending.</b> {@link #onDisconnect} runs exactly once, however the socket ends (client close,
 * dropped connection, server close, limit, idle timeout), after every message received before it.
 * The route's resource dependencies are released after it.
 */
public interface Socket {

    /** A random id, unique across processes: the address {@link Hub#send(String, String)} reaches. */
    String id();

    /** The client's address. */
    SocketAddress remoteAddress();

    /** Receives text messages (replacing an earlier text receiver). */
    Socket onText(Receiver<String> receiver);

    /** Receives binary messages (replacing an earlier binary receiver). */
    Socket onBytes(Receiver<Buffer> receiver);

    /**
     * Receives text messages as JSON read into {@code type}, with the same lax rules as a request
     * body. A message that does not decode closes the socket with 1007 and the first error as reason;
     * take them yourself with {@link #onJson(Type, Receiver, Receiver)}.
     */
    <T> Socket onJson(Type<T> type, Receiver<T> receiver);

    /** Receives text messages as JSON; those that do not decode go to {@code invalid}, with every error. */
    <T> Socket onJson(Type<T> type, Receiver<T> receiver, Receiver<InvalidMessage> invalid);

    /** Learns how the socket ended (FastAPI's {@code WebSocketDisconnect}); runs once, last. */
    Socket onDisconnect(Receiver<Disconnect> receiver);

    /** Sends a text message. */
    Future<Void> sendText(String text);

    /** Sends a binary message. */
    Future<Void> sendBytes(Buffer bytes);

    /** Sends a value as JSON in a text message, written as a response body would be. */
    Future<Void> sendJson(Object value);

    /** True while more than {@link SocketOptions#sendQueueBytes()} wait to be written. */
    boolean writeQueueFull();

    /** Completes once the send queue has room again (at once when it has). */
    Future<Void> drained();

    /** Closes with 1000 (normal closure). */
    Future<Void> close();

    /**
     * Closes with this code and reason (the reason is cut to the 123 bytes a close frame holds).
     * Messages that arrive afterwards are not delivered; {@link #onDisconnect} reports this code.
     */
    Future<Void> close(int code, String reason);

    /** False once the socket is closing or closed. */
    boolean isOpen();

    /** Completes with the disconnect when the socket has ended. */
    Future<Disconnect> disconnected();
}
