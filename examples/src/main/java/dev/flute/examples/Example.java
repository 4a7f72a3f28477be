package dev.flute.examples;

import dev.flute.dsl.Api;
import io.vertx.core.VertxOptions;
import java.util.function.Supplier;

/**
 * One runnable example: a name for the launcher, the seed section it re-creates, and its API.
 *
 * @param name the launcher's NAME ({@code path-typed})
 * @param section the seed section ({@code 2.1.2})
 * @param vertxOptions how the launcher creates Vert.x for it (metrics, for one)
 */
public record Example(String name, String section, Supplier<Api> api, Supplier<VertxOptions> vertxOptions) {

    /** An example on a default Vert.x. */
    public Example(String name, String section, Supplier<Api> api) {
        this(name, section, api, VertxOptions::new);
    }
}
