package dev.flute.examples;

import dev.flute.dsl.Api;
import io.vertx.core.VertxOptions;
import java.util.function.IntSupplier;
import java.util.function.Supplier;

/**
 * One runnable example: a name for the launcher, the seed section it re-creates, and its API.
 *
 * @param name the launcher's NAME ({@code path-typed})
 * @param section the seed section ({@code 2.1.2})
 * @param vertxOptions how the launcher creates Vert.x for it (metrics, for one)
 * @param port the port it listens on without {@code --port}
 */
public record Example(
        String name, String section, Supplier<Api> api, Supplier<VertxOptions> vertxOptions, IntSupplier port) {

    /** The port of an example that has no settings. */
    public static final int PORT = 8000;

    /** An example on a default Vert.x. */
    public Example(String name, String section, Supplier<Api> api) {
        this(name, section, api, VertxOptions::new);
    }

    /** An example on Vert.x made with these options, on port 8000. */
    public Example(String name, String section, Supplier<Api> api, Supplier<VertxOptions> vertxOptions) {
        this(name, section, api, vertxOptions, () -> PORT);
    }
}
