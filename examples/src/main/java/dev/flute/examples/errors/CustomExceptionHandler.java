package dev.flute.examples.errors;

import static dev.flute.dsl.Flute.*;

import dev.flute.dsl.Api;
import dev.flute.dsl.Endpoint;
import dev.flute.dsl.http.Response;
import java.util.Map;

/** Seed §2.11.3: an application exception turned into a 418 by its own handler. */
public final class CustomExceptionHandler {
    private CustomExceptionHandler() {}

    /** A domain error; it needs no stack trace, it is answered, not debugged. */
    public static final class UnicornException extends RuntimeException {
        final String name;

        UnicornException(String name) {
            super(name, null, false, false);
            this.name = name;
        }
    }

    static final Endpoint READ_UNICORN = route(GET, "/unicorns/<name>")
            .name("read_unicorn")
            .param(path("name", str()))
            .handle(name -> {
                if (name.equals("yolo")) throw new UnicornException(name);
                return Map.of("unicorn_name", name);
            });

    public static Api app() {
        return api("FastAPI", "0.1.0")
                .routes(READ_UNICORN)
                .exceptionHandler(UnicornException.class, (request, e) -> Response.json(
                                Map.of("message", "Oops! " + e.name + " did something. There goes a rainbow..."))
                        .status(418));
    }
}
