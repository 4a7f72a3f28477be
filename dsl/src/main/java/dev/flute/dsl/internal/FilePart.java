package dev.flute.dsl.internal;

import dev.flute.dsl.http.Upload;

/**
 * A file part as received, kept the way its input wants it: on disk as an {@link Upload}, in
 * memory as bytes, or neither when no input reads it (its size was still counted and limited).
 *
 * @param upload the spooled file, or null
 * @param bytes the content in memory, or null
 */
record FilePart(PartHeaders headers, long size, Upload upload, byte[] bytes) {

    /** How a file part of a given name is kept; decided when the route is compiled. */
    enum Keep {
        DISK,
        MEMORY,
        DISCARD
    }

    String filename() {
        return headers.filename();
    }
}
