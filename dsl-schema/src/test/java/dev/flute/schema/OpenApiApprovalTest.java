package dev.flute.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.flute.dsl.Api;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Documents under approval (a change is a reviewed diff) and under swagger-parser's OpenAPI 3.1
 * validation: every document this module's tests build must be one a tool accepts.
 */
class OpenApiApprovalTest {

    @Test
    void should_keep_the_sample_document_as_approved() {
        Approvals.verify("sample", OpenApi.of(SampleApi.api()).document());
    }

    @Test
    void should_keep_the_models_document_as_approved() {
        Approvals.verify("models", OpenApi.of(FastApiExamples.models()).document());
    }

    @Test
    void should_keep_the_probe_document_as_approved() {
        Approvals.verify("probe", OpenApi.of(FastApiExamples.probe()).document());
    }

    @Test
    void should_keep_the_inputs_document_as_approved() {
        Approvals.verify("inputs", OpenApi.of(FastApiExamples.inputs()).document());
    }

    @TestFactory
    Stream<DynamicTest> should_pass_openapi_3_1_validation() {
        var apis = new java.util.LinkedHashMap<String, Supplier<Api>>();
        apis.put("sample", SampleApi::api);
        apis.put("inputs", FastApiExamples::inputs);
        apis.put("models", FastApiExamples::models);
        apis.put("probe", FastApiExamples::probe);
        return apis.entrySet().stream()
                .map(e -> DynamicTest.dynamicTest(
                        e.getKey(), () -> assertValid(e.getKey(), e.getValue().get())));
    }

    @Test
    void should_write_yaml_that_reads_back_as_the_same_document() throws Exception {
        OpenApi doc = OpenApi.of(SampleApi.api());
        JsonNode fromYaml = new YAMLMapper().readTree(doc.yaml());
        assertEquals(doc.document(), fromYaml);
        assertTrue(
                doc.yaml().contains("\n    /items/{item_id}:\n") || doc.yaml().contains("/items/{item_id}"));
        assertEquals(doc.document(), dev.flute.dsl.Json.reader().readTree(doc.prettyJson()));
        assertEquals(doc.document(), dev.flute.dsl.Json.reader().readTree(doc.json()));
    }

    static void assertValid(String name, Api api) {
        var options = new ParseOptions();
        options.setResolve(true);
        var result = new OpenAPIV3Parser().readContents(OpenApi.of(api).json(), null, options);
        List<String> messages = result.getMessages() == null ? List.of() : result.getMessages();
        assertEquals(List.of(), messages, name + ": swagger-parser reports problems");
        assertEquals("3.1.0", result.getOpenAPI().getOpenapi());
        assertTrue(
                Boolean.TRUE.equals(result.getOpenAPI().getSpecVersion() == io.swagger.v3.oas.models.SpecVersion.V31));
    }
}
