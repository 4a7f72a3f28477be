package dev.flute.websocket.internal;

import dev.flute.websocket.CloseCodes;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.WebSocketFrame;

/**
 * Joins data frames into messages, refusing a message larger than the limit as soon as its frames
 * pass it. Vert.x's own aggregation reports an oversized message to the exception handler and keeps
 * the socket open; a limit should end the conversation with 1009 instead. Confined to the socket's
 * event loop.
 */
final class MessageAssembler {
    /** A complete message. */
    record Message(boolean text, Buffer data) {}

    private final int maxBytes;
    private Buffer pending;
    private boolean pendingText;

    MessageAssembler(int maxBytes) {
        this.maxBytes = maxBytes;
    }

    /**
     * Takes one data frame.
     *
     * @return the message it completes, or null when more frames are to come
     * @throws SocketClose when the message is too big or the fragments are out of order
     */
    Message add(WebSocketFrame frame) {
        Buffer data = frame.binaryData();
        if (frame.isContinuation()) {
            if (pending == null) throw new SocketClose(CloseCodes.PROTOCOL_ERROR, "continuation without a message");
            checkSize(pending.length() + (long) data.length());
            pending.appendBuffer(data);
        } else {
            if (pending != null)
                throw new SocketClose(CloseCodes.PROTOCOL_ERROR, "new message before the last one ended");
            checkSize(data.length());
            if (frame.isFinal()) return new Message(frame.isText(), data);
            pending = Buffer.buffer(Math.min(maxBytes, data.length() * 2)).appendBuffer(data);
            pendingText = frame.isText();
        }
        if (!frame.isFinal()) return null;
        var message = new Message(pendingText, pending);
        pending = null;
        return message;
    }

    private void checkSize(long size) {
        if (size > maxBytes) {
            pending = null;
            throw new SocketClose(CloseCodes.MESSAGE_TOO_BIG, "message too big (limit " + maxBytes + " bytes)");
        }
    }
}
