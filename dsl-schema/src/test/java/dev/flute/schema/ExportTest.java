package dev.flute.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.flute.dsl.Api;
import dev.flute.dsl.Json;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExportTest {

    /** The other way to name an API: a supplier. */
    public static final class ShopSupplier implements Supplier<Api> {
        @Override
        public Api get() {
            return SampleApi.api();
        }
    }

    /** Neither a static api() nor a supplier. */
    public static final class NotAnApi {}

    record Run(int code, String out, String err) {}

    static Run run(String... args) {
        var out = new ByteArrayOutputStream();
        var err = new ByteArrayOutputStream();
        int code = Export.run(
                args,
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void should_write_indented_json_from_a_static_api_method(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("out/openapi.json");
        Run r = run("--api", "dev.flute.schema.SampleApi", "--out", file.toString());
        assertEquals(0, r.code(), r.err());
        String text = Files.readString(file);
        assertEquals(OpenApi.of(SampleApi.api()).prettyJson(), text);
        assertTrue(text.startsWith("{\n  \"openapi\": \"3.1.0\",\n"), text.substring(0, 40));
    }

    @Test
    void should_write_yaml_from_a_supplier_to_standard_output() throws Exception {
        Run r = run("--api", ShopSupplier.class.getName(), "--format", "yaml");
        assertEquals(0, r.code(), r.err());
        assertEquals(OpenApi.of(SampleApi.api()).document(), new YAMLMapper().readTree(r.out()));
        assertTrue(r.out().startsWith("openapi: 3.1.0\n"), r.out().substring(0, 30));
    }

    @Test
    void should_explain_what_is_wrong() {
        Run missing = run("--format", "json");
        assertEquals(2, missing.code());
        assertTrue(missing.err().contains("--api is required"), missing.err());
        assertTrue(missing.err().contains("usage: Export"), missing.err());

        assertEquals(2, run("--api", "x.Y", "--format", "xml").code());
        assertEquals(2, run("--api").code());
        assertEquals(2, run("--bogus", "1").code());

        Run unknown = run("--api", "no.such.Api");
        assertEquals(1, unknown.code());
        assertTrue(unknown.err().contains("no class no.such.Api"), unknown.err());

        Run notApi = run("--api", NotAnApi.class.getName());
        assertEquals(1, notApi.code());
        assertTrue(notApi.err().contains("neither a public static api() method"), notApi.err());

        Run help = run("--help");
        assertEquals(0, help.code());
        assertTrue(help.out().contains("--format json|yaml"), help.out());
    }

    @Test
    void should_document_the_same_api_as_served() throws Exception {
        Run r = run("--api", "dev.flute.schema.SampleApi");
        assertEquals(
                Json.reader().readTree(OpenApi.of(SampleApi.api()).json()),
                Json.reader().readTree(r.out()));
    }
}
