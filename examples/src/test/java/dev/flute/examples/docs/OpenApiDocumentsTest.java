package dev.flute.examples.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.flute.dsl.testing.Approvals;
import dev.flute.examples.Example;
import dev.flute.examples.Examples;
import dev.flute.schema.OpenApi;
import io.swagger.v3.oas.models.SpecVersion;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every example's document, recorded from FastAPI or not: one that swagger-parser accepts as
 * OpenAPI 3.1 with no message, and one under approval in {@code src/test/resources/approved/}, so
 * any change to a document is a reviewed diff (a difference writes {@code NAME.received.json};
 * renaming it to {@code NAME.approved.json} approves it).
 */
class OpenApiDocumentsTest {
    private static final Approvals APPROVED = Approvals.in(Path.of("src", "test", "resources", "approved"), "json");

    @TestFactory
    Stream<DynamicTest> every_example_document_passes_openapi_3_1_validation() {
        return Examples.ALL.stream().map(e -> DynamicTest.dynamicTest(e.name(), () -> assertValid(e)));
    }

    @TestFactory
    Stream<DynamicTest> every_example_document_is_the_approved_one() {
        return Examples.ALL.stream()
                .map(e -> DynamicTest.dynamicTest(
                        e.name(),
                        () -> APPROVED.verify(
                                e.name(), OpenApi.of(e.api().get()).prettyJson())));
    }

    /** The check can fail: a document whose reference points nowhere is reported. */
    @Test
    void the_validation_reports_a_broken_document() {
        Example example = Examples.named("body-basic").orElseThrow();
        ObjectNode doc = OpenApi.of(example.api().get()).document();
        assertEquals(List.of(), parse(doc.toString()).getMessages());
        ((ObjectNode) doc.at("/components/schemas")).remove("Item");
        doc.put("openapi", "3.1.0");
        assertFalse(parse(doc.toString()).getMessages().isEmpty(), "a $ref to a missing schema goes unreported");
    }

    private static void assertValid(Example example) {
        var result = parse(OpenApi.of(example.api().get()).json());
        List<String> messages = result.getMessages() == null ? List.of() : result.getMessages();
        assertEquals(List.of(), messages, example.name() + ": swagger-parser reports problems");
        assertNotNull(result.getOpenAPI(), example.name() + ": swagger-parser read no document");
        assertEquals("3.1.0", result.getOpenAPI().getOpenapi());
        assertEquals(SpecVersion.V31, result.getOpenAPI().getSpecVersion());
    }

    private static SwaggerParseResult parse(String json) {
        var options = new ParseOptions();
        options.setResolve(true);
        return new OpenAPIV3Parser().readContents(json, null, options);
    }
}
