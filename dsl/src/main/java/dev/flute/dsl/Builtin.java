package dev.flute.dsl;

import dev.flute.dsl.http.Request;
import java.util.List;

/**
 * A value Flute itself provides to handlers and dependencies: the request, its background task
 * list, or the security scopes required where it is read. Made only by {@link Flute#request()},
 * {@link Flute#backgroundTasks()} and {@link Flute#requiredScopes()}, so its type always matches
 * what the pipeline gives.
 */
public final class Builtin<T> implements Input<T> {
    public enum Kind {
        /** The {@link dev.flute.dsl.http.Request} as received. */
        REQUEST,
        /** The request's {@link BackgroundTasks}. */
        BACKGROUND_TASKS,
        /** The scopes required along the path to the dependency reading it (FastAPI's {@code SecurityScopes}). */
        SECURITY_SCOPES
    }

    static final Builtin<Request> REQUEST = new Builtin<>(Kind.REQUEST);
    static final Builtin<BackgroundTasks> BACKGROUND_TASKS = new Builtin<>(Kind.BACKGROUND_TASKS);
    static final Builtin<List<String>> SECURITY_SCOPES = new Builtin<>(Kind.SECURITY_SCOPES);

    private final Kind kind;

    private Builtin(Kind kind) {
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }

    @Override
    public String toString() {
        return "Builtin[" + kind + "]";
    }
}
