package dev.flute.examples.path;

import static dev.flute.dsl.Flute.*;

import dev.flute.dsl.Api;
import dev.flute.dsl.Endpoint;
import java.util.Map;

/** Seed §2.1.3: {@code <file_path:path>} takes the rest of the path, slashes included. */
public final class PathConverter {
    private PathConverter() {}

    static final Endpoint READ_FILE = route(GET, "/files/<file_path:path>")
            .name("read_file")
            .param(path("file_path", str()))
            .handle(filePath -> Map.of("file_path", filePath));

    public static Api app() {
        return api("FastAPI", "0.1.0").routes(READ_FILE);
    }
}
