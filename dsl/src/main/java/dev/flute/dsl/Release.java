package dev.flute.dsl;

/**
 * Releases what a resource dependency acquired (FastAPI's code after {@code yield}). On failure it
 * may throw another exception to translate the error ({@code IntegrityError} →
 * {@code HttpError(400, ...)}). A release that completes later is an {@link AsyncRelease}.
 *
 * <pre>{@code resource(() -> pool.getConnection(), (connection, outcome) -> connection.close())}</pre>
 */
@FunctionalInterface
public interface Release<T> {
    void release(T value, Outcome outcome) throws Exception;
}
