package dev.flute.dsl.spi;

import dev.flute.dsl.SecurityScheme;
import java.util.List;

/**
 * A security scheme a route requires, with the scopes required of it: for one use, those of every
 * {@code dep.scopes(...)} on the way from the route to the scheme's dependency; for several uses,
 * all of theirs, in the order met.
 */
public record Requirement(SecurityScheme scheme, List<String> scopes) {
    public Requirement {
        scopes = List.copyOf(scopes);
    }
}
