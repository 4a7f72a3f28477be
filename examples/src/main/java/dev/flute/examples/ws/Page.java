package dev.flute.examples.ws;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The pages of the websocket examples, kept as files beside the classes so they stay byte for byte
 * the {@code html} strings of the FastAPI originals.
 */
final class Page {
    private Page() {}

    static String read(String name) {
        try (InputStream in = Page.class.getResourceAsStream(name)) {
            if (in == null) throw new IllegalStateException("missing page " + name);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
