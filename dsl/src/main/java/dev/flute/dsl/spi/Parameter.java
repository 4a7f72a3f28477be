package dev.flute.dsl.spi;

import dev.flute.dsl.Param;
import dev.flute.dsl.types.Type;

/**
 * A parameter a route reads, as a client sends it: one per {@code path}/{@code query}/{@code
 * header}/{@code cookie} input, and one per field of a parameter model.
 *
 * @param name the name on the wire ({@code user-agent} for a header declared {@code user_agent})
 * @param field the name it is declared with, which documents title it ({@code save_data} for a
 *     header model's field read from {@code save-data})
 */
public record Parameter(Param.In in, String name, Type<?> type, String field) {}
