package dev.flute.dsl.internal;

import dev.flute.dsl.FormLimits;
import dev.flute.dsl.http.HttpError;
import dev.flute.dsl.http.Upload;
import io.vertx.core.Future;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.file.FileSystem;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Reads one multipart body from the request's stream into a {@link FormData}, enforcing every limit
 * as the bytes arrive. File parts an input wants as uploads go to disk through a {@link Spool}, the
 * request paused whenever the disk is behind, so the heap holds at most a chunk or two of any file.
 *
 * <p>When the body is refused (a limit, malformed input, the client gone), the files written so far
 * are deleted before the failure is reported, so nothing is left on disk whatever the outcome.
 * A refusal before the body's end asks for the connection to be closed: its rest is never read.
 */
final class MultipartReceiver extends BodyReceiver<FormData> implements MultipartParser.Listener {
    private final FormLimits limits;
    private final Function<String, FilePart.Keep> keep;
    private final FileSystem fs;
    private final String directory;
    private final MultipartParser parser;
    private final FormData.Builder form = new FormData.Builder();
    private final List<Spool> spools = new ArrayList<>();
    private long received;
    private boolean ended;
    private boolean failed;
    private boolean paused;
    private int fields;
    private int files;

    // The part being read.
    private PartHeaders part;
    private long partSize;
    private FilePart.Keep partKeep;
    private Buffer content;
    private Spool spool;

    MultipartReceiver(
            String boundary,
            FormLimits limits,
            long maxBody,
            Function<String, FilePart.Keep> keep,
            FileSystem fs,
            String directory) {
        super(maxBody);
        this.limits = limits;
        this.keep = keep;
        this.fs = fs;
        this.directory = directory;
        this.parser = new MultipartParser(boundary, limits.maxPartHeaderSize(), this);
    }

    @Override
    void chunk(Buffer chunk) {
        if (failed) return;
        received += chunk.length();
        if (received > maxBody) {
            fail(new HttpError(413));
            return;
        }
        try {
            parser.feed(chunk);
        } catch (Throwable refused) {
            fail(refused);
            return;
        }
        if (!failed && spool != null && spool.busy()) {
            paused = true;
            pause();
        }
    }

    /** A spool finished opening or drained its queue: report its failure, or let the body flow again. */
    private void ready() {
        if (failed) return;
        for (Spool s : spools) {
            if (s.failure() != null) {
                fail(s.failure());
                return;
            }
        }
        if (paused && (spool == null || !spool.busy())) {
            paused = false;
            resume();
        }
    }

    @Override
    void end() {
        if (failed) return;
        ended = true;
        try {
            parser.finish();
        } catch (Throwable refused) {
            fail(refused);
            return;
        }
        var finishing = new ArrayList<Future<?>>(spools.size());
        for (Spool s : spools) finishing.add(s.finish());
        Future.all(finishing).onComplete(done -> {
            if (done.failed()) {
                fail(done.cause());
                return;
            }
            promise.complete(form.map(this::uploadOf).build());
        });
    }

    @Override
    public void partStart(PartHeaders headers) {
        part = headers;
        partSize = 0;
        content = null;
        spool = null;
        if (headers.isFile()) {
            if (++files > limits.maxFiles()) {
                throw new HttpError(400, "Too many files. Maximum number of files is " + limits.maxFiles() + ".");
            }
            partKeep = keep.apply(headers.name());
            if (partKeep == FilePart.Keep.DISK) {
                spool = new Spool(fs, directory, this::ready);
                spools.add(spool);
            } else if (partKeep == FilePart.Keep.MEMORY) {
                content = Buffer.buffer();
            }
        } else {
            if (++fields > limits.maxFields()) {
                throw FormReader.tooManyFields(limits.maxFields());
            }
            content = Buffer.buffer();
        }
    }

    @Override
    public void partData(Buffer data) {
        partSize += data.length();
        if (part.isFile()) {
            if (partSize > limits.maxFileSize()) {
                throw new HttpError(
                        413, "File exceeded maximum size of " + PartHeaderBlock.kib(limits.maxFileSize()) + ".");
            }
            if (spool != null) spool.write(data);
            else if (content != null) content.appendBuffer(data);
        } else {
            if (partSize > limits.maxPartSize()) {
                throw new HttpError(
                        400, "Part exceeded maximum size of " + PartHeaderBlock.kib(limits.maxPartSize()) + ".");
            }
            content.appendBuffer(data);
        }
    }

    @Override
    public void partEnd() {
        if (!part.isFile()) {
            form.add(part.name(), PartHeaders.text(content.getBytes()));
        } else if (spool != null) {
            spool.finish();
            form.add(part.name(), new Spooled(part, partSize, spool));
        } else {
            form.add(part.name(), new FilePart(part, partSize, null, content == null ? null : content.getBytes()));
        }
        part = null;
        content = null;
        spool = null;
    }

    /** A file on disk, until its spool has closed and it can be handed out as an {@link Upload}. */
    private record Spooled(PartHeaders headers, long size, Spool spool) {}

    private Object uploadOf(Object value) {
        if (!(value instanceof Spooled s)) return value;
        var upload = new Upload(
                fs,
                s.spool().path(),
                s.size(),
                s.headers().name(),
                s.headers().filename(),
                s.headers().contentType(),
                s.headers().headers());
        return new FilePart(s.headers(), s.size(), upload, null);
    }

    /** Every file written, for the request's cleanup once the handler is done with them. */
    List<Spool> spools() {
        return spools;
    }

    @Override
    void failed(HttpError error) {
        fail(error);
    }

    /** A refusal of the stream itself (a declared length over the limit) already asks for the close. */
    private static boolean closes(HttpError error) {
        for (var h : error.headers()) if (h.getKey().equalsIgnoreCase("connection")) return true;
        return false;
    }

    private void fail(Throwable error) {
        if (failed) return;
        failed = true;
        stopReading();
        Throwable reported =
                !ended && error instanceof HttpError http && !closes(http) ? http.header("connection", "close") : error;
        var discarding = new ArrayList<Future<Void>>(spools.size());
        for (Spool s : spools) discarding.add(s.discard());
        Future.join(discarding).onComplete(v -> promise.fail(reported));
    }
}
