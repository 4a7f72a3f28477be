package dev.flute.examples;

import dev.flute.dsl.Api;
import java.util.function.Supplier;

/**
 * One runnable example: a name for the launcher, the seed section it re-creates, and its API.
 *
 * @param name the launcher's NAME ({@code path-typed})
 * @param section the seed section ({@code 2.1.2})
 */
public record Example(String name, String section, Supplier<Api> api) {}
