package dev.flute.dsl.internal;

import dev.flute.dsl.http.HttpError;
import io.vertx.core.MultiMap;
import java.nio.charset.StandardCharsets;

/**
 * The header block of one multipart part, collected up to its empty line within a size limit, then
 * read: lines end in CRLF, each is {@code Name: value}, continuation lines are refused. Values are
 * kept byte for byte (ISO-8859-1), as Python's multipart parser keeps them.
 */
final class PartHeaderBlock {
    private final int limit;
    private final byte[] block;
    private int size;
    private int lineStart;
    private boolean complete;

    PartHeaderBlock(int limit) {
        this.limit = limit;
        this.block = new byte[limit];
    }

    void reset() {
        size = 0;
        lineStart = 0;
        complete = false;
    }

    boolean complete() {
        return complete;
    }

    /** Takes bytes from {@code from} (up to {@code end}) until the block is complete; returns where it stopped. */
    int feed(byte[] bytes, int from, int end) {
        int i = from;
        while (i < end && !complete) {
            if (size == limit) {
                throw new HttpError(400, "Part headers exceeded maximum size of " + kib(limit) + ".");
            }
            byte b = bytes[i++];
            block[size++] = b;
            if (b == '\n') {
                if (size < 2 || block[size - 2] != '\r')
                    throw MultipartParser.malformed("a part header line ends without CR");
                if (size - lineStart == 2) complete = true;
                else lineStart = size;
            }
        }
        return i;
    }

    /** The headers read from the complete block. */
    PartHeaders parse() {
        MultiMap headers = MultiMap.caseInsensitiveMultiMap();
        int start = 0;
        int end = size - 2; // without the empty line's CRLF
        while (start < end) {
            int eol = indexOf(start, end);
            String line = new String(block, start, eol - start, StandardCharsets.ISO_8859_1);
            start = eol + 2;
            if (line.charAt(0) == ' ' || line.charAt(0) == '\t') {
                throw MultipartParser.malformed("a part header is folded over two lines");
            }
            int colon = line.indexOf(':');
            if (colon <= 0) throw MultipartParser.malformed("a part header has no name");
            String name = line.substring(0, colon);
            for (int c = 0; c < name.length(); c++) {
                char ch = name.charAt(c);
                if (ch <= ' ' || ch >= 127) throw MultipartParser.malformed("a part header name is not a token");
            }
            headers.add(name, line.substring(colon + 1).strip());
        }
        return PartHeaders.of(headers);
    }

    private int indexOf(int from, int end) {
        for (int i = from; i < end; i++) if (block[i] == '\r' && block[i + 1] == '\n') return i;
        return end;
    }

    static String kib(long bytes) {
        return bytes % 1024 == 0 ? (bytes / 1024) + "KB" : bytes + " bytes";
    }
}
