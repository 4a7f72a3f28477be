package dev.flute.dsl.internal;

import dev.flute.dsl.FormLimits;
import dev.flute.dsl.http.HttpError;
import dev.flute.dsl.http.Upload;
import io.vertx.core.Future;
import io.vertx.core.MultiMap;
import io.vertx.core.file.FileSystem;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * A multipart form a host Vert.x {@code BodyHandler} already read: its fields, and its files
 * stored where the handler put them. Flute reads it as it reads a form of its own: the route's
 * {@link FormLimits} apply (the same 400 and 413 answers), each file becomes an {@link Upload} in
 * place, without a copy, and every stored file of the request is deleted when the request ends,
 * as Flute's own uploads are (a handler keeps one with {@link Upload#moveTo}).
 */
public final class HostForm {
    /** A plain field. */
    public record Field(String name, String value) {}

    /**
     * A file the host stored.
     *
     * @param path where the host stored it
     * @param filename the file name as the client sent it
     * @param contentType the part's content type, or null
     */
    public record File(String name, String path, String filename, String contentType, long size) {}

    private final List<Field> fields;
    private final List<File> files;

    public HostForm(List<Field> fields, List<File> files) {
        this.fields = List.copyOf(fields);
        this.files = List.copyOf(files);
    }

    /** The form, checked against the limits; refused or not, the stored files end with the request. */
    Future<FormData> read(
            FormLimits limits, long maxBody, Function<String, FilePart.Keep> keep, FileSystem fs, RequestScope scope) {
        try {
            check(limits, maxBody);
        } catch (HttpError refused) {
            return deleteAll(fs).transform(v -> Future.failedFuture(refused));
        }
        scope.hold(new Held((none, outcome) -> deleteAll(fs), null, false, false, "uploaded files"));
        var form = new FormData.Builder();
        for (Field f : fields) form.add(f.name(), f.value());
        var reads = new ArrayList<Future<?>>();
        for (File f : files) {
            var headers = MultiMap.caseInsensitiveMultiMap()
                    .add(
                            "content-disposition",
                            "form-data; name=\"" + f.name() + "\"; filename=\"" + f.filename() + "\"");
            if (f.contentType() != null) headers.add("content-type", f.contentType());
            var part = new PartHeaders(f.name(), f.filename(), f.contentType(), headers);
            switch (keep.apply(f.name())) {
                case DISK -> form.add(f.name(), new FilePart(part, f.size(), upload(fs, f, headers), null));
                case MEMORY -> {
                    var slot = new FilePart[1];
                    form.add(f.name(), slot);
                    reads.add(fs.readFile(f.path())
                            .onSuccess(content -> slot[0] = new FilePart(part, f.size(), null, content.getBytes())));
                }
                case DISCARD -> form.add(f.name(), new FilePart(part, f.size(), null, null));
            }
        }
        return Future.all(reads).map(v -> form.map(value -> value instanceof FilePart[] read ? read[0] : value)
                .build());
    }

    private void check(FormLimits limits, long maxBody) {
        if (fields.size() > limits.maxFields())
            throw new HttpError(400, "Too many fields. Maximum number of fields is " + limits.maxFields() + ".");
        if (files.size() > limits.maxFiles())
            throw new HttpError(400, "Too many files. Maximum number of files is " + limits.maxFiles() + ".");
        long total = 0;
        for (Field f : fields) {
            int size = f.value().getBytes(StandardCharsets.UTF_8).length;
            if (size > limits.maxPartSize()) {
                throw new HttpError(
                        400, "Part exceeded maximum size of " + PartHeaderBlock.kib(limits.maxPartSize()) + ".");
            }
            total += size;
        }
        for (File f : files) {
            if (f.size() > limits.maxFileSize()) {
                throw new HttpError(
                        400, "File exceeded maximum size of " + PartHeaderBlock.kib(limits.maxFileSize()) + ".");
            }
            total += f.size();
        }
        if (total > maxBody) throw new HttpError(413);
    }

    private static Upload upload(FileSystem fs, File f, MultiMap headers) {
        return new Upload(fs, f.path(), f.size(), f.name(), f.filename(), f.contentType(), headers);
    }

    /** Deletes every stored file; one already gone (moved by a handler, deleted by the host) is fine. */
    private Future<Object> deleteAll(FileSystem fs) {
        var deleting = new ArrayList<Future<Void>>(files.size());
        for (File f : files) deleting.add(fs.delete(f.path()).recover(gone -> Future.succeededFuture()));
        return Future.join(deleting).map(v -> null);
    }
}
