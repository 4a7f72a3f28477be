package dev.flute.dsl;

/**
 * Releases what a resource dependency acquired (FastAPI's code after {@code yield}). It may return
 * a {@code Future} to release asynchronously. On failure it may throw another exception to
 * translate the error ({@code IntegrityError} → {@code HttpError(400, ...)}).
 */
@FunctionalInterface
public interface Release<T> {
    Object release(T value, Outcome outcome) throws Exception;
}
