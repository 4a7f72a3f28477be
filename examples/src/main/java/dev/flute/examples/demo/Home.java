package dev.flute.examples.demo;

import static dev.flute.dsl.Flute.*;

import dev.flute.dsl.Endpoint;

/** {@code GET /}: where to go from here. */
final class Home {
    private Home() {}

    /** The demo's front door: its pages and documents. */
    public record Welcome(String message, String docs, String redoc, String openapi, String asyncapi, String metrics) {}

    static Endpoint<Welcome> home() {
        return route(GET, "/")
                .operationId("home")
                .summary("Where to start")
                .tags("demo")
                .returns(model(Welcome.class))
                .handle(() -> new Welcome(
                        "Welcome to the Flute demo: sign up at POST /users/, log in at POST /token, then try /items/",
                        "/docs",
                        "/redoc",
                        "/openapi.json",
                        "/asyncapi.json",
                        "/metrics"));
    }
}
