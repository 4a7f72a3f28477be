package dev.flute.dsl.internal;

import dev.flute.dsl.http.HttpError;
import io.vertx.core.buffer.Buffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A streaming {@code multipart/form-data} parser (RFC 7578 over RFC 2046): fed chunk by chunk, it
 * reports part headers and part data as they arrive and keeps at most one delimiter's length of
 * bytes back, so a part of any size passes through in constant memory.
 *
 * <p>Strict where leniency costs safety: the body starts with the boundary (no preamble), a
 * delimiter line ends in CRLF, header lines end in CRLF, and nothing but one CRLF follows the
 * closing boundary. Anything else, or a body that ends before its closing boundary, is a 400. Only
 * an empty body is taken as an empty form, as Starlette does. The work is linear in the input
 * whatever it holds: the delimiter has a single CR, at its start, so partial matches never overlap.
 *
 * <p>Vert.x's own decoder ({@code setExpectMultipart}) was measured and not used: it reads a
 * missing boundary as urlencoded, completes a truncated upload as if whole, fails a part without
 * Content-Disposition with a NullPointerException, and its field size and count limits are
 * server-wide options an embedding application owns (8 KiB and 256 by default).
 */
final class MultipartParser {
    /** Receives the parts; any method may throw an {@link HttpError} to refuse the body. */
    interface Listener {
        void partStart(PartHeaders headers);

        void partData(Buffer data);

        void partEnd();
    }

    private enum State {
        START,
        AFTER_DELIMITER,
        HEADERS,
        BODY,
        CLOSED
    }

    private final byte[] delimiter;
    private final Listener listener;
    private final PartHeaderBlock headers;
    private State state = State.START;
    /** In START: bytes of {@code --boundary} seen; in BODY: bytes of the delimiter held back. */
    private int matched;
    /** In AFTER_DELIMITER: the first of the two bytes after the boundary, or -1. In CLOSED: CRLF bytes seen. */
    private int pending = -1;

    private boolean empty = true;

    MultipartParser(String boundary, int maxHeaderSize, Listener listener) {
        this.delimiter = ("\r\n--" + boundary).getBytes(StandardCharsets.ISO_8859_1);
        this.listener = listener;
        this.headers = new PartHeaderBlock(maxHeaderSize);
    }

    /**
     * The boundary of a {@code multipart/form-data} content type, checked against RFC 2046: 1 to 70
     * characters from its set, not ending in a space.
     *
     * @throws HttpError 400 when it is missing or invalid
     */
    static String boundary(String contentType) {
        String boundary = HeaderParams.parse(contentType).params().get("boundary");
        if (boundary == null) throw new HttpError(400, "Missing boundary in multipart.");
        if (boundary.isEmpty() || boundary.length() > 70 || boundary.endsWith(" ")) {
            throw new HttpError(400, "Invalid boundary in multipart: it must have 1 to 70 characters.");
        }
        for (int i = 0; i < boundary.length(); i++) {
            char c = boundary.charAt(i);
            boolean allowed = (c >= '0' && c <= '9')
                    || (c >= 'a' && c <= 'z')
                    || (c >= 'A' && c <= 'Z')
                    || "'()+_,-./:=? ".indexOf(c) >= 0;
            if (!allowed) throw new HttpError(400, "Invalid boundary in multipart: character " + (int) c + ".");
        }
        return boundary;
    }

    /** Parses the next chunk of the body. */
    void feed(Buffer chunk) {
        if (chunk.length() == 0) return;
        empty = false;
        // Read in place: a copy of every chunk would double what an upload allocates.
        var in = BufferBytes.of(chunk);
        byte[] bytes = in.array();
        int end = in.end();
        int i = in.offset();
        while (i < end) {
            switch (state) {
                case START -> i = start(bytes, i, end);
                case AFTER_DELIMITER -> i = afterDelimiter(bytes, i);
                case HEADERS -> i = headers(bytes, i, end);
                case BODY -> i = body(chunk, in.offset(), bytes, i, end);
                case CLOSED -> i = closed(bytes, i);
            }
        }
    }

    /** The body has ended: it must have been closed (or have been empty). */
    void finish() {
        if (state == State.CLOSED || empty) return;
        throw malformed("the body ended before the closing boundary");
    }

    /** The body begins with {@code --boundary}: the delimiter without its leading CRLF. */
    private int start(byte[] bytes, int i, int end) {
        while (i < end) {
            if (bytes[i] != delimiter[matched + 2]) throw malformed("it does not start with the boundary");
            i++;
            if (++matched == delimiter.length - 2) {
                matched = 0;
                state = State.AFTER_DELIMITER;
                return i;
            }
        }
        return i;
    }

    /** After a boundary: CRLF then a part, or {@code --} then the end. */
    private int afterDelimiter(byte[] bytes, int i) {
        if (pending < 0) {
            pending = bytes[i];
            return i + 1;
        }
        int first = pending;
        int second = bytes[i];
        pending = -1;
        if (first == '\r' && second == '\n') {
            state = State.HEADERS;
            headers.reset();
        } else if (first == '-' && second == '-') {
            state = State.CLOSED;
            pending = 0;
        } else {
            throw malformed("a boundary is followed by something other than CRLF or --");
        }
        return i + 1;
    }

    private int headers(byte[] bytes, int i, int end) {
        int next = headers.feed(bytes, i, end);
        if (headers.complete()) {
            state = State.BODY;
            matched = 0;
            listener.partStart(headers.parse());
        }
        return next;
    }

    /**
     * Part data up to the next delimiter; a possible delimiter at the end of the chunk is held back.
     * {@code bytes[offset]} is the chunk's first byte: the data passed on are slices of the chunk.
     */
    private int body(Buffer chunk, int offset, byte[] bytes, int i, int end) {
        if (matched > 0) {
            while (matched < delimiter.length && i < end && bytes[i] == delimiter[matched]) {
                matched++;
                i++;
            }
            if (matched == delimiter.length) return endOfPart(i);
            if (i == end) return i;
            // Not a delimiter after all: what was held back is data (it has no other CR to restart at).
            listener.partData(Buffer.buffer(Arrays.copyOf(delimiter, matched)));
            matched = 0;
        }
        int start = i;
        while (i < end) {
            int cr = indexOfCr(bytes, i, end);
            if (cr < 0) break;
            int k = 0;
            while (k < delimiter.length && cr + k < end && bytes[cr + k] == delimiter[k]) k++;
            if (k == delimiter.length) {
                if (cr > start) listener.partData(chunk.slice(start - offset, cr - offset));
                return endOfPart(cr + k);
            }
            if (cr + k == end) {
                if (cr > start) listener.partData(chunk.slice(start - offset, cr - offset));
                matched = k;
                return end;
            }
            i = cr + 1;
        }
        if (end > start) listener.partData(chunk.slice(start - offset, end - offset));
        return end;
    }

    private int endOfPart(int next) {
        matched = 0;
        state = State.AFTER_DELIMITER;
        listener.partEnd();
        return next;
    }

    /** After {@code --boundary--}: one optional CRLF, then nothing. */
    private int closed(byte[] bytes, int i) {
        byte expected = pending == 0 ? (byte) '\r' : (byte) '\n';
        if (pending >= 2 || bytes[i] != expected) throw malformed("data follows the closing boundary");
        pending++;
        return i + 1;
    }

    private static int indexOfCr(byte[] bytes, int from, int end) {
        for (int i = from; i < end; i++) if (bytes[i] == '\r') return i;
        return -1;
    }

    static HttpError malformed(String why) {
        return new HttpError(400, "Malformed multipart body: " + why + ".");
    }
}
