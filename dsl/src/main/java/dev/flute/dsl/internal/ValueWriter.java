package dev.flute.dsl.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;

/**
 * Writes one value of a declared type straight to a JSON generator, as Pydantic serializes a
 * response model. Compiled once per type ({@link ValueWriters}); a value that does not fit is
 * reported to the {@link Misfits} and written as null, so every misfit is found in one pass.
 */
@FunctionalInterface
interface ValueWriter {
    void write(Object value, JsonGenerator out, Misfits misfits) throws IOException;
}
