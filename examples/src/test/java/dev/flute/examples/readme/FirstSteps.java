package dev.flute.examples.readme;

// README: first-steps
import static dev.flute.dsl.Flute.*;

import dev.flute.dsl.Api;
import dev.flute.schema.Docs;
import io.vertx.core.Vertx;
import java.util.Map;

public class FirstSteps {
    static Api app() {
        return api("My API", "0.1.0").routes(route(GET, "/").handle(() -> Map.of("message", "Hello World")));
    }

    public static void main(String[] args) {
        serve(Vertx.vertx(), Docs.with(app()), 8000); // also /docs, /redoc, /openapi.json
    }
}
// README: end
