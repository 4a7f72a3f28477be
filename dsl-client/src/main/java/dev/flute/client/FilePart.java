package dev.flute.client;

import io.vertx.core.buffer.Buffer;
import java.nio.file.Path;

/**
 * A file a client uploads as a part of a multipart form: its name, its media type, and its content,
 * held in memory or read from disk while the request is sent (never loaded whole).
 *
 * <pre>{@code
 * client.call(CREATE_UPLOAD, FilePart.of("notes.txt", "text/plain", bytes));
 * client.request(CREATE_UPLOAD).file("file", FilePart.of(Path.of("photo.png"), "image/png")).send();
 * }</pre>
 *
 * <p>A file input also takes what its handler receives: a {@code byte[]} (sent with the field's
 * name as its file name, as Python's {@code requests} does) or a server's {@code Upload} (sent from
 * its temporary file, to pass an upload on).
 *
 * @param filename the file name sent with the part
 * @param contentType the part's media type
 * @param content the bytes, or null when they are read from {@code path}
 * @param path the file read while the request is sent, or null
 */
public record FilePart(String filename, String contentType, Buffer content, Path path) {

    /** The media type of a part whose type is not given. */
    public static final String OCTET_STREAM = "application/octet-stream";

    public FilePart {
        if (filename == null) throw new IllegalArgumentException("a file part needs a file name (it may be empty)");
        if (contentType == null || contentType.isBlank()) contentType = OCTET_STREAM;
        if ((content == null) == (path == null)) {
            throw new IllegalArgumentException("a file part has either its content or a path to read it from");
        }
    }

    /** A part holding {@code content}. */
    public static FilePart of(String filename, String contentType, byte[] content) {
        return new FilePart(filename, contentType, Buffer.buffer(content), null);
    }

    /** A part read from {@code file} while it is sent, named by its file name. */
    public static FilePart of(Path file, String contentType) {
        Path name = file.getFileName();
        return new FilePart(name == null ? "" : name.toString(), contentType, null, file);
    }

    /** A part read from {@code file}, sent as {@code application/octet-stream}. */
    public static FilePart of(Path file) {
        return of(file, OCTET_STREAM);
    }
}
