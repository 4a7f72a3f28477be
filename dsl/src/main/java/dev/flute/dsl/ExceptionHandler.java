package dev.flute.dsl;

import dev.flute.dsl.http.Request;
import dev.flute.dsl.http.Response;

/**
 * Turns an exception into a response: FastAPI's {@code @app.exception_handler(E)}. The handler
 * registered for the most specific superclass of a thrown exception wins. The defaults are public
 * in {@link ErrorHandlers}, so a custom handler can do its own work and then delegate.
 */
@FunctionalInterface
public interface ExceptionHandler<E extends Throwable> {
    Response<?> handle(Request request, E error) throws Exception;
}
