package dev.flute.examples.demo;

import static dev.flute.dsl.Flute.*;

import dev.flute.dsl.Dep;

/**
 * Pagination as a dependency: {@code ?offset=40&limit=20}, validated and documented once, used by
 * every list route.
 *
 * @param offset how many to skip
 * @param limit how many to answer at most
 */
public record Paging(int offset, int limit) {

    static final Dep<Paging> PAGING = dep(
                    query("offset", int_().ge(0).withDefault(0).description("How many to skip")),
                    query("limit", int_().ge(1).le(100).withDefault(20).description("How many at most")),
                    Paging::new)
            .named("pagination");
}
