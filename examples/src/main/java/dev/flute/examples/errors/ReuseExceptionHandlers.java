package dev.flute.examples.errors;

import static dev.flute.dsl.Flute.*;

import dev.flute.dsl.Api;
import dev.flute.dsl.Endpoint;
import dev.flute.dsl.ErrorHandlers;
import dev.flute.dsl.http.HttpError;
import dev.flute.dsl.http.RequestValidationError;
import java.util.Map;

/** Seed §2.11.4: custom handlers that log, then answer as FastAPI's defaults do. */
public final class ReuseExceptionHandlers {
    private ReuseExceptionHandlers() {}

    private static final System.Logger LOG = System.getLogger("examples.reuse-exception-handlers");

    static final Endpoint READ_ITEM = route(GET, "/items/<item_id>")
            .name("read_item")
            .param(path("item_id", long_()))
            .handle(itemId -> {
                if (itemId == 3) throw new HttpError(418, "Nope! I don't like 3.");
                return Map.of("item_id", itemId);
            });

    public static Api app() {
        return api("FastAPI", "0.1.0")
                .routes(READ_ITEM)
                .exceptionHandler(HttpError.class, (request, e) -> {
                    LOG.log(System.Logger.Level.INFO, "OMG! An HTTP error!: " + e.status() + " " + e.detail());
                    return ErrorHandlers.HTTP_ERROR.handle(request, e);
                })
                .exceptionHandler(RequestValidationError.class, (request, e) -> {
                    LOG.log(System.Logger.Level.INFO, "OMG! The client sent invalid data!: " + e.errors());
                    return ErrorHandlers.VALIDATION_ERROR.handle(request, e);
                });
    }
}
