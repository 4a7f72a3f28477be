package dev.flute.dsl;

/**
 * The limits a route's form or multipart body must stay within. All are on by default; a request
 * over one is refused before the handler runs, and whatever it had written to disk is deleted.
 *
 * <pre>{@code
 * route(POST, "/videos/")
 *     .formLimits(FormLimits.DEFAULT.maxBodySize(2L << 30).maxFileSize(2L << 30))
 *     .param(upload("video"))
 *     .handle(video -> Map.of("size", video.size()));
 * }</pre>
 *
 * @param maxBodySize the whole body, in bytes; over it the answer is 413. {@code 0} means the API's
 *     {@code Settings.maxBodySize} (10 MiB unless changed)
 * @param maxFileSize one file part, in bytes, wherever it is kept (disk, or memory for {@code bytes});
 *     over it the answer is 413
 * @param maxPartSize one field that is not a file, in bytes (Starlette's {@code max_part_size}, 1 MiB);
 *     over it the answer is 400, as Starlette's
 * @param maxFields fields that are not files (Starlette's {@code max_fields}, 1000); for a urlencoded
 *     body, every {@code name=value} pair
 * @param maxFiles file parts (Starlette's {@code max_files}, 1000)
 * @param maxPartHeaderSize the header block of one part, in bytes
 */
public record FormLimits(
        long maxBodySize, long maxFileSize, int maxPartSize, int maxFields, int maxFiles, int maxPartHeaderSize) {

    /** 10 MiB per file, 1 MiB per field, 1000 fields, 1000 files, 8 KiB of headers per part. */
    public static final FormLimits DEFAULT = new FormLimits(0, 10L << 20, 1 << 20, 1000, 1000, 8 << 10);

    public FormLimits {
        if (maxBodySize < 0) throw new IllegalArgumentException("maxBodySize cannot be negative: " + maxBodySize);
        positive("maxFileSize", maxFileSize);
        positive("maxPartSize", maxPartSize);
        positive("maxFields", maxFields);
        positive("maxFiles", maxFiles);
        // A part needs room for at least its Content-Disposition line.
        if (maxPartHeaderSize < 64)
            throw new IllegalArgumentException("maxPartHeaderSize below 64: " + maxPartHeaderSize);
    }

    public FormLimits maxBodySize(long bytes) {
        return new FormLimits(bytes, maxFileSize, maxPartSize, maxFields, maxFiles, maxPartHeaderSize);
    }

    public FormLimits maxFileSize(long bytes) {
        return new FormLimits(maxBodySize, bytes, maxPartSize, maxFields, maxFiles, maxPartHeaderSize);
    }

    public FormLimits maxPartSize(int bytes) {
        return new FormLimits(maxBodySize, maxFileSize, bytes, maxFields, maxFiles, maxPartHeaderSize);
    }

    public FormLimits maxFields(int count) {
        return new FormLimits(maxBodySize, maxFileSize, maxPartSize, count, maxFiles, maxPartHeaderSize);
    }

    public FormLimits maxFiles(int count) {
        return new FormLimits(maxBodySize, maxFileSize, maxPartSize, maxFields, count, maxPartHeaderSize);
    }

    public FormLimits maxPartHeaderSize(int bytes) {
        return new FormLimits(maxBodySize, maxFileSize, maxPartSize, maxFields, maxFiles, bytes);
    }

    /** The body limit in force: this one, or the API's when this one is {@code 0}. */
    public long effectiveMaxBodySize(long apiMaxBodySize) {
        return maxBodySize == 0 ? apiMaxBodySize : maxBodySize;
    }

    private static void positive(String name, long value) {
        if (value <= 0) throw new IllegalArgumentException(name + " must be positive: " + value);
    }
}
