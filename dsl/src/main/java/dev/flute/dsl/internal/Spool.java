package dev.flute.dsl.internal;

import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.file.AsyncFile;
import io.vertx.core.file.FileSystem;
import io.vertx.core.file.OpenOptions;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.concurrent.ThreadLocalRandom;

/**
 * One uploaded file being written to a temporary file through Vert.x's asynchronous file system,
 * so the event loop never waits on the disk. It reports itself busy while the file is opening or
 * its write queue is full; the reader pauses the request then and resumes it on {@code ready}.
 * Data that arrives before the file is open (the rest of the chunk that started the part) waits
 * in memory.
 *
 * <p>The file has a random name ({@code flute-upload-<random>.tmp}), is created exclusively (an
 * existing file or symlink is never followed) and, on POSIX systems, readable by its owner only.
 */
final class Spool {
    private static final boolean POSIX =
            FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    private static final int WRITE_QUEUE = 256 * 1024;
    /** Files created and not discarded yet, in this JVM: {@code Gauges.tempFiles}. */
    private static final java.util.concurrent.atomic.AtomicInteger OPEN =
            new java.util.concurrent.atomic.AtomicInteger();

    private final FileSystem fs;
    private final String path;
    private final Runnable ready;
    private final Future<AsyncFile> opened;
    private final ArrayDeque<Buffer> waiting = new ArrayDeque<>(2);
    private AsyncFile file;
    private Throwable failure;
    private Future<Void> closed;
    /** Counted in {@link #OPEN} until discarded, once. */
    private final java.util.concurrent.atomic.AtomicBoolean counted = new java.util.concurrent.atomic.AtomicBoolean();

    /** Starts creating the file; {@code ready} runs whenever the spool stops being busy. */
    Spool(FileSystem fs, String directory, Runnable ready) {
        this.fs = fs;
        this.ready = ready;
        this.path = Path.of(
                        directory,
                        "flute-upload-"
                                + Long.toHexString(ThreadLocalRandom.current().nextLong())
                                + Long.toHexString(ThreadLocalRandom.current().nextLong()) + ".tmp")
                .toString();
        var options = new OpenOptions().setCreateNew(true).setWrite(true).setRead(false);
        if (POSIX) options.setPerms("rw-------");
        // The open completes on a worker; its result is taken in here, on the event loop, before
        // anything chained on the spool (finish, discard) sees it, so no data waits past a close.
        Promise<AsyncFile> open = Promise.promise();
        this.opened = open.future();
        fs.open(path, options).onComplete(result -> {
            if (result.failed()) {
                failure = result.cause();
                open.fail(failure);
            } else {
                file = result.result();
                counted.set(true);
                OPEN.incrementAndGet();
                file.setWriteQueueMaxSize(WRITE_QUEUE);
                file.drainHandler(v -> ready.run());
                while (!waiting.isEmpty()) write(waiting.poll());
                open.complete(file);
            }
            ready.run();
        });
    }

    String path() {
        return path;
    }

    /** The first failure to open or write, or null. */
    Throwable failure() {
        return failure;
    }

    /** True while the request should stop sending: the file is opening or its queue is full. */
    boolean busy() {
        return file == null ? failure == null : file.writeQueueFull();
    }

    void write(Buffer data) {
        if (file == null) {
            if (failure == null) waiting.add(data);
            return;
        }
        file.write(data).onFailure(e -> {
            if (failure == null) failure = e;
            ready.run();
        });
    }

    /** The part ended: completes once every byte is on disk and the file is closed (once: closing twice throws). */
    Future<Void> finish() {
        if (closed == null) {
            closed = opened.compose(AsyncFile::close)
                    .compose(v -> failure == null ? Future.succeededFuture() : Future.failedFuture(failure));
        }
        return closed;
    }

    /** Closes and deletes the file, whatever state it is in; never fails. */
    Future<Void> discard() {
        Promise<Void> done = Promise.promise();
        // Only a file this spool created is deleted: a failed exclusive open means it is someone else's.
        opened.transform(open ->
                        open.succeeded() ? finish().transform(v -> fs.delete(path)) : Future.<Void>succeededFuture())
                .onComplete(v -> {
                    if (counted.compareAndSet(true, false)) OPEN.decrementAndGet();
                    done.complete();
                });
        return done.future();
    }

    /** Upload files created and not discarded yet, in this JVM. */
    static int open() {
        return OPEN.get();
    }
}
