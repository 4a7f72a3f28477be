package dev.flute.dsl;

import dev.flute.dsl.http.HttpError;
import dev.flute.dsl.http.RequestValidationError;
import dev.flute.dsl.http.Response;
import dev.flute.dsl.http.Status;
import dev.flute.dsl.internal.JsonBuffers;

/**
 * FastAPI's default exception handlers, as public values: a custom handler can do its own work
 * (log, count) and then answer the way FastAPI would.
 *
 * <pre>{@code
 * api.exceptionHandler(HttpError.class, (request, error) -> {
 *     log.info("HTTP error {}", error.status());
 *     return ErrorHandlers.HTTP_ERROR.handle(request, error);
 * });
 * }</pre>
 */
public final class ErrorHandlers {
    private ErrorHandlers() {}

    private static final System.Logger LOG = System.getLogger("dev.flute");

    /**
     * {@code {"detail": ...}} with the error's status and headers, or the error's own body (encoded by
     * the route's typed error output for that status); no body for 204 and 304. The detail body is
     * FastAPI's, whatever the route declares for the status, as FastAPI's handler answers it.
     */
    public static final ExceptionHandler<HttpError> HTTP_ERROR = (request, error) -> {
        Response<?> response;
        if (!Status.allowsBody(error.status())) response = Response.empty(error.status());
        else if (error.body() != null) response = Response.ok(error.body());
        else response = detail(error.detail() == null ? Status.phrase(error.status()) : error.detail());
        return response.status(error.status()).headers(error.headers());
    };

    /** 422 with every error, in FastAPI's shape ({@code HTTPValidationError}). */
    public static final ExceptionHandler<RequestValidationError> VALIDATION_ERROR =
            (request, error) -> detail(error.errors()).status(422);

    /** {@code {"detail": ...}}, written as it is declared, so no route's typed error output re-encodes it. */
    private static Response<Object> detail(Object detail) {
        return Response.of(JsonBuffers.detail(detail), "application/json");
    }

    /** 500 {@code Internal Server Error} in plain text, as Starlette answers; the cause is logged, never sent. */
    public static final ExceptionHandler<Throwable> SERVER_ERROR = (request, error) -> {
        LOG.log(System.Logger.Level.ERROR, "unhandled error in " + request.method() + " " + request.path(), error);
        return Response.text("Internal Server Error").status(500);
    };
}
