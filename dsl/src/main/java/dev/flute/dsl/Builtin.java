package dev.flute.dsl;

/**
 * A value Flute itself provides to handlers and dependencies: the request, or the background task
 * list of the request.
 */
public record Builtin<T>(Kind kind) implements Input<T> {
    public enum Kind {
        /** The {@link dev.flute.dsl.http.Request} as received. */
        REQUEST,
        /** The request's {@link BackgroundTasks}. */
        BACKGROUND_TASKS
    }
}
