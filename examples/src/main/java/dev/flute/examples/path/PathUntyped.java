package dev.flute.examples.path;

import static dev.flute.dsl.Flute.*;

import dev.flute.dsl.Api;
import dev.flute.dsl.Endpoint;
import java.util.Map;

/** Seed §2.1.1: the path declares a parameter the handler does not use. */
public final class PathUntyped {
    private PathUntyped() {}

    static final Endpoint READ_USER = route(GET, "/users/test/<user_id>")
            .name("test")
            .param(path("user_id", str()))
            .handle(userId -> Map.of("message", "Hello World"));

    public static Api app() {
        return api("FastAPI", "0.1.0").routes(READ_USER);
    }
}
