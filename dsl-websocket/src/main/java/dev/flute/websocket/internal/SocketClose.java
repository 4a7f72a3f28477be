package dev.flute.websocket.internal;

import dev.flute.websocket.CloseCodes;
import io.netty.handler.codec.compression.DecompressionException;
import io.netty.handler.codec.http.websocketx.CorruptedWebSocketFrameException;
import java.nio.charset.StandardCharsets;

/**
 * A reason to close a socket found while reading it (a message too big, a broken fragment): control
 * flow, so it carries no stack trace.
 */
final class SocketClose extends RuntimeException {
    /** A close frame holds 125 bytes: two for the code, the rest for the reason. */
    private static final int MAX_REASON_BYTES = 123;

    final int code;

    SocketClose(int code, String reason) {
        super(reason, null, false, false);
        this.code = code;
    }

    /**
     * The close a transport failure calls for, or null for one that ends nothing: a frame Netty
     * refused (over the frame limit, malformed) closes with the code Netty names, and a compressed
     * frame that would inflate past the limit with 1009. Vert.x only reports these and keeps the
     * socket open, its decoder discarding everything after: the client would never learn why.
     */
    static SocketClose of(Throwable transportFailure) {
        if (transportFailure instanceof CorruptedWebSocketFrameException corrupted) {
            return new SocketClose(corrupted.closeStatus().code(), corrupted.getMessage());
        }
        if (transportFailure instanceof DecompressionException) {
            return new SocketClose(CloseCodes.MESSAGE_TOO_BIG, "message too big (it inflates past the limit)");
        }
        return null;
    }

    /** The reason cut to what a close frame holds, on a character boundary. */
    static String fit(String reason) {
        if (reason == null) return null;
        if (reason.getBytes(StandardCharsets.UTF_8).length <= MAX_REASON_BYTES) return reason;
        int end = reason.length();
        while (reason.substring(0, end).getBytes(StandardCharsets.UTF_8).length > MAX_REASON_BYTES - 3) {
            end = reason.offsetByCodePoints(end, -1);
        }
        return reason.substring(0, end) + "...";
    }
}
