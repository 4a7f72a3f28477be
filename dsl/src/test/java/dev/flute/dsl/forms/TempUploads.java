package dev.flute.dsl.forms;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The upload files Flute has left in the temporary directory: after a request, there must be none. */
public final class TempUploads {
    private TempUploads() {}

    public static List<Path> left() {
        try (Stream<Path> files = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            return files.filter(p -> p.getFileName().toString().startsWith("flute-upload-"))
                    .toList();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    /** Waits up to two seconds for a server to finish its cleanup after it answered. */
    public static List<Path> leftAfterCleanup() throws InterruptedException {
        List<Path> left = left();
        for (int i = 0; i < 100 && !left.isEmpty(); i++) {
            Thread.sleep(20);
            left = left();
        }
        return left;
    }
}
