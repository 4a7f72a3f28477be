package dev.flute.examples.embed;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The README's embedding, testing and client snippets are these compiled, tested files, word for word. */
class ReadmeQuotesTest {
    private static final Path HERE = Path.of("src", "test", "java", "dev", "flute", "examples");

    @ParameterizedTest
    @ValueSource(strings = {"embed/ShopVerticle.java", "embed/ShopVerticleTest.java", "client/TypedClientTest.java"})
    void the_readme_quotes_the_marked_part_of(String file) throws IOException {
        String source = Files.readString(HERE.resolve(file));
        int start = source.indexOf('\n', source.indexOf("// README: ")) + 1;
        String quoted = source.substring(start, source.indexOf("// README: end"))
                .stripIndent()
                .strip();
        String readme = Files.readString(Path.of("..", "README.md"));
        assertTrue(readme.contains(quoted), file + "'s marked part is not quoted in README.md as it is now");
    }
}
