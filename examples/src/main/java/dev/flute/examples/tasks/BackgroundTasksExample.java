package dev.flute.examples.tasks;

import static dev.flute.dsl.Flute.*;

import dev.flute.dsl.Api;
import dev.flute.dsl.BackgroundTasks;
import dev.flute.dsl.Dep;
import dev.flute.dsl.Endpoint;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import java.util.Optional;

/**
 * Seed §2.15: background tasks append to {@code log.txt} after the response; a dependency adds
 * one too. The file lives in the working directory and is emptied at start.
 */
public final class BackgroundTasksExample {
    private BackgroundTasksExample() {}

    static final Path LOG_FILE = Path.of("log.txt");

    /** Blocking file I/O: always run as a blocking task, never on the event loop. */
    static void writeLog(String message) {
        try {
            Files.writeString(
                    LOG_FILE, message, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static final Dep<Optional<String>> GET_QUERY = dep(backgroundTasks(), query("q", str().optional()), (tasks, q) -> {
        q.filter(s -> !s.isEmpty()).ifPresent(s -> tasks.addBlocking(() -> writeLog("found query: " + s + "\n")));
        return q;
    });

    static final Endpoint SEND_NOTIFICATION = route(POST, "/send-notification/<email>")
            .name("send_notification")
            .param(path("email", str()))
            .param(backgroundTasks())
            .depends(GET_QUERY)
            .handle((String email, BackgroundTasks tasks, Optional<String> q) -> {
                tasks.addBlocking(() -> writeLog("message to " + email + "\n"));
                return Map.of("message", "Message sent");
            });

    static final Endpoint<String> READ_LOG = route(GET, "/log")
            .name("read_log")
            .returns(text())
            .blocking()
            .handle(() -> Files.exists(LOG_FILE) ? Files.readString(LOG_FILE, StandardCharsets.UTF_8) : "");

    public static Api app() {
        return api("FastAPI", "0.1.0").routes(SEND_NOTIFICATION, READ_LOG).onStartup(vertx -> vertx.fileSystem()
                .deleteRecursive(LOG_FILE.toString())
                .recover(missing -> io.vertx.core.Future.succeededFuture()));
    }
}
