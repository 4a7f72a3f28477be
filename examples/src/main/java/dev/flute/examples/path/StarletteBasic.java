package dev.flute.examples.path;

import static dev.flute.dsl.Flute.*;

import dev.flute.dsl.Api;
import dev.flute.dsl.Endpoint;
import dev.flute.dsl.http.HttpError;
import dev.flute.dsl.http.Response;
import dev.flute.dsl.http.Status;
import java.util.Map;

/**
 * Seed §2, the Starlette example. {@code <user_id:int>} matches digits only, so other text is a 404,
 * not a validation error; and, like plain Starlette, errors are answered in plain text.
 */
public final class StarletteBasic {
    private StarletteBasic() {}

    static final Endpoint HOMEPAGE =
            route(GET, "/").name("homepage").handle(() -> Map.of("message", "欢迎使用 Starlette!"));

    static final Endpoint USER = route(GET, "/user/<user_id:int>")
            .name("user")
            .param(path("user_id", long_()))
            .handle(userId -> Map.of("user_id", userId));

    public static Api app() {
        return api("Starlette", "0.1.0")
                .settings(Api.Settings.DEFAULT.docs(null, null, null)) // plain Starlette publishes no document
                .routes(HOMEPAGE, USER)
                .exceptionHandler(HttpError.class, (request, error) -> Response.text(Status.phrase(error.status()))
                        .status(error.status())
                        .headers(error.headers()));
    }
}
