package dev.flute.examples.demo;

import static dev.flute.dsl.Flute.*;
import static dev.flute.examples.demo.Errors.FORBIDDEN;
import static dev.flute.examples.demo.Errors.NOT_FOUND;
import static dev.flute.examples.demo.Errors.UNSUPPORTED;
import static dev.flute.examples.demo.ItemFeed.FEED;
import static dev.flute.examples.demo.ItemModels.ITEM;

import dev.flute.dsl.Endpoint;
import dev.flute.dsl.FormLimits;
import dev.flute.examples.demo.Errors.Detail;
import dev.flute.examples.demo.ItemModels.Change;
import dev.flute.examples.demo.ItemModels.Item;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.List;

/**
 * Items' pictures: a PNG uploaded by the item's owner, kept on disk as {@code images/<id>.png} under
 * the data directory, and served back with Range support.
 */
final class Images {
    /** Every PNG file starts with these eight bytes. */
    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

    static final long MAX_SIZE = 5L << 20;

    private final Path dir;
    private final Database database;
    private final Security security;

    Images(Path dir, Database database, Security security) {
        this.dir = dir;
        this.database = database;
        this.security = security;
    }

    List<Endpoint<?>> routes() {
        return List.of(uploadImage(), readImage());
    }

    /** Creates the directory: a startup hook. */
    Future<Void> open(Vertx vertx) {
        return vertx.fileSystem().mkdirs(dir.toString());
    }

    /** {@code PUT /items/<item_id>/image}: the owner's PNG (5 MiB at most) becomes the item's picture. */
    Endpoint<Item> uploadImage() {
        return route(PUT, "/items/<item_id>/image")
                .operationId("uploadItemImage")
                .summary("Upload an item's picture (PNG)")
                .tags("items")
                .returns(ITEM)
                .error(NOT_FOUND)
                .error(FORBIDDEN)
                .error(UNSUPPORTED)
                .formLimits(FormLimits.DEFAULT.maxFileSize(MAX_SIZE))
                .param(path("item_id", long_()))
                .param(upload("file"))
                .depends(security.currentUser())
                .param(backgroundTasks())
                .depends(FEED)
                .depends(database.session())
                .blocking() // file system and JDBC
                .handle((id, file, user, tasks, feed, db) -> {
                    Items.owned(db, id, user);
                    Path uploaded = Path.of(file.path());
                    if (!isPng(uploaded)) throw UNSUPPORTED.of(new Detail("The picture must be a PNG image"));
                    store(id, uploaded);
                    Item item = ItemStore.withImage(db, id);
                    Items.tell(tasks, feed, Change.updated, item);
                    return item;
                });
    }

    /** {@code GET /items/<item_id>/image}: the picture; 404 when the item has none. */
    Endpoint<Path> readImage() {
        return route(GET, "/items/<item_id>/image")
                .operationId("readItemImage")
                .summary("An item's picture")
                .tags("items")
                .returns(filePath("image/png"))
                .error(NOT_FOUND)
                .param(path("item_id", long_()))
                .blocking() // a look at the file system
                .handle(id -> {
                    Path image = file(id);
                    if (!Files.isRegularFile(image)) throw NOT_FOUND.of(new Detail("Image not found"));
                    return image;
                });
    }

    /** Forgets an item's picture: a blocking task. */
    void delete(long id) {
        try {
            Files.deleteIfExists(file(id));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Readers see the old picture or the new one, never half of one: written beside it, then renamed. */
    private void store(long id, Path uploaded) throws IOException {
        Path part = dir.resolve(id + ".png.part");
        Files.move(uploaded, part, StandardCopyOption.REPLACE_EXISTING);
        Files.move(part, file(id), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private Path file(long id) {
        return dir.resolve(id + ".png");
    }

    /** True when the file starts as a PNG does: the client's content type is not trusted. */
    static boolean isPng(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return Arrays.equals(in.readNBytes(PNG_SIGNATURE.length), PNG_SIGNATURE);
        }
    }
}
