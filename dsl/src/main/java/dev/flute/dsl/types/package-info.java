/**
 * Types as immutable values: each refinement ({@code int_().ge(0)}, {@code .optional()},
 * {@code model(Item.class).field(...)}) returns a new value, so a result that is dropped is a bug
 * ({@code @CheckReturnValue}: Error Prone refuses to compile it).
 */
@CheckReturnValue
package dev.flute.dsl.types;

import com.google.errorprone.annotations.CheckReturnValue;
