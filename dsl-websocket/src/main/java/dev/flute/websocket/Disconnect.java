package dev.flute.websocket;

/**
 * How a socket ended: FastAPI's {@code WebSocketDisconnect}, with its close code and reason.
 *
 * <p>When the client closed, these are the code and reason of its close frame ({@link
 * CloseCodes#NO_STATUS_RECEIVED} when the frame had none, {@link CloseCodes#ABNORMAL_CLOSURE} when the
 * connection dropped without one). When the server closed first (the handler, a limit, the idle
 * timeout), these are the code and reason it sent.
 *
 * @param code the close code
 * @param reason the close reason; empty when none was given
 */
public record Disconnect(int code, String reason) {

    public Disconnect {
        reason = reason == null ? "" : reason;
    }
}
