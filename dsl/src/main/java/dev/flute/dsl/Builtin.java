package dev.flute.dsl;

/**
 * A value Flute itself provides to handlers and dependencies: the request, its background task
 * list, or the security scopes required where it is read.
 */
public record Builtin<T>(Kind kind) implements Input<T> {
    public enum Kind {
        /** The {@link dev.flute.dsl.http.Request} as received. */
        REQUEST,
        /** The request's {@link BackgroundTasks}. */
        BACKGROUND_TASKS,
        /** The scopes required along the path to the dependency reading it (FastAPI's {@code SecurityScopes}). */
        SECURITY_SCOPES
    }
}
