package dev.flute.dsl;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * Work to do after the response is sent (FastAPI's {@code BackgroundTasks}), in the order added.
 * A failing task is logged and never changes the response; a graceful shutdown waits for them.
 *
 * <pre>{@code
 * route(POST, "/send-notification/<email>").param(path("email", str())).param(backgroundTasks())
 *     .handle((email, tasks) -> {
 *         tasks.addBlocking(() -> writeLog(email));
 *         return Map.of("message", "Notification sent in the background");
 *     });
 * }</pre>
 */
public final class BackgroundTasks {
    /** One task: asynchronous on the event loop, or blocking on a worker. */
    public record Task(Callable<?> work, boolean blocking) {}

    private final List<Task> tasks = new ArrayList<>(2);

    /** A task that runs on the event loop; it may return a {@code Future} to be waited for. */
    public BackgroundTasks add(Callable<?> task) {
        tasks.add(new Task(task, false));
        return this;
    }

    /** A task that blocks (files, JDBC, mail): it runs on a worker, never on the event loop. */
    public BackgroundTasks addBlocking(Runnable task) {
        tasks.add(new Task(
                () -> {
                    task.run();
                    return null;
                },
                true));
        return this;
    }

    /** The tasks in the order they were added. */
    public List<Task> tasks() {
        return List.copyOf(tasks);
    }
}
