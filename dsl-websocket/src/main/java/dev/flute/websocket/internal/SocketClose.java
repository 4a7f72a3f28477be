package dev.flute.websocket.internal;

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
