package dev.flute.dsl.http;

import io.vertx.core.Future;
import io.vertx.core.MultiMap;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.file.AsyncFile;
import io.vertx.core.file.CopyOptions;
import io.vertx.core.file.FileSystem;
import io.vertx.core.file.OpenOptions;
import io.vertx.core.streams.WriteStream;

/**
 * An uploaded file, FastAPI's {@code UploadFile}: streamed to a temporary file while the request
 * arrived, so its size never weighs on the heap. The temporary file is deleted when the request
 * ends, whether it succeeded or failed; {@link #moveTo} keeps it.
 *
 * <p>{@link #filename()} is what the client sent, unchanged: it may be empty, contain {@code ../}
 * or be absolute. Flute never uses it as a path, and neither should a handler without cleaning it.
 *
 * <pre>{@code
 * route(POST, "/uploadfile/").param(upload("file"))
 *     .handle(file -> file.read().map(content -> Map.of("filename", file.filename(), "size", content.length())));
 * }</pre>
 */
public final class Upload {
    private final FileSystem fs;
    private final String path;
    private final long size;
    private final String fieldName;
    private final String filename;
    private final String contentType;
    private final MultiMap headers;

    /**
     * @param fs the file system the temporary file is on
     * @param path the temporary file
     * @param size its length in bytes
     * @param fieldName the form field it was sent as
     * @param filename the file name as the client sent it
     * @param contentType the part's {@code Content-Type}, or null when it had none
     * @param headers every header of the part
     */
    public Upload(
            FileSystem fs,
            String path,
            long size,
            String fieldName,
            String filename,
            String contentType,
            MultiMap headers) {
        this.fs = fs;
        this.path = path;
        this.size = size;
        this.fieldName = fieldName;
        this.filename = filename;
        this.contentType = contentType;
        this.headers = headers;
    }

    /** The file name as the client sent it: raw, never cleaned. */
    public String filename() {
        return filename;
    }

    /** The part's {@code Content-Type} as sent ({@code text/plain; charset=utf-8}), or null. */
    public String contentType() {
        return contentType;
    }

    /** The length of the content in bytes. */
    public long size() {
        return size;
    }

    /** The form field the file was sent as. */
    public String fieldName() {
        return fieldName;
    }

    /** Every header of the part; names are case-insensitive. */
    public MultiMap headers() {
        return headers;
    }

    /** The temporary file holding the content; deleted when the request ends. */
    public String path() {
        return path;
    }

    /** The whole content in memory: for small files, since it costs their size in heap. */
    public Future<Buffer> read() {
        return fs.readFile(path);
    }

    /** The content as a stream to read with back-pressure; the caller closes it. */
    public Future<AsyncFile> open() {
        return fs.open(path, new OpenOptions().setRead(true).setWrite(false).setCreate(false));
    }

    /** Streams the content into {@code destination} (a file, an HTTP client request) with back-pressure. */
    public Future<Void> pipeTo(WriteStream<Buffer> destination) {
        return open().compose(file -> file.pipeTo(destination));
    }

    /** Moves the temporary file to {@code target}, so it outlives the request; fails if the target exists. */
    public Future<Void> moveTo(String target) {
        return fs.move(path, target, new CopyOptions().setReplaceExisting(false));
    }

    @Override
    public String toString() {
        return "Upload[" + fieldName + ": " + filename + ", " + size + " bytes, " + contentType + "]";
    }
}
