package dev.flute.websocket;

/**
 * Receives one thing from a socket: a message, an invalid message, or the disconnect.
 *
 * <p>It runs on the socket's event loop and must not block. It may return a Vert.x {@code Future}
 * (or a {@code CompletionStage}): the socket reads nothing more until it completes, so messages are
 * handled one at a time, in order, as FastAPI's {@code while True: await websocket.receive_text()}
 * loop handles them, and a client that sends faster than the handler works is slowed down by TCP
 * instead of filling memory. Any other result (null included) means "done". A throw or a failed
 * future closes the socket with 1011, as uvicorn does when an endpoint raises.
 *
 * <pre>{@code
 * socket.onText(text -> socket.sendText("Message text was: " + text));   // waits for the write
 * }</pre>
 *
 * @param <T> what is received
 */
@FunctionalInterface
public interface Receiver<T> {
    Object receive(T message) throws Exception;
}
