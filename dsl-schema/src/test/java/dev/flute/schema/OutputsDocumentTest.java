package dev.flute.schema;

import static dev.flute.dsl.Flute.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import dev.flute.dsl.Api;
import dev.flute.dsl.Dep;
import dev.flute.dsl.ErrorOutput;
import dev.flute.dsl.Json;
import dev.flute.dsl.http.Streams;
import dev.flute.dsl.types.ModelType;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The document of each kind of declared output: the same value that sends the bytes describes them. */
class OutputsDocumentTest {
    public record Item(String name, double price) {}

    public record Message(String message) {}

    static final ModelType<Item> ITEM = model(Item.class);
    static final ErrorOutput<Message> NOT_FOUND =
            error(404, model(Message.class)).description("No such item");

    static final Api API = api("T", "1")
            .routes(
                    route(GET, "/item")
                            .name("item")
                            .returns(ITEM)
                            .error(NOT_FOUND)
                            .handle(() -> new Item("a", 1)),
                    route(GET, "/items").name("items").returns(mapOf(ITEM)).handle(() -> java.util.Map.of()),
                    route(GET, "/log").name("log").returns(text()).handle(() -> ""),
                    route(GET, "/page").name("page").returns(html()).handle(() -> ""),
                    route(GET, "/legacy")
                            .name("legacy")
                            .returns(mediaType("application/xml", str()))
                            .handle(() -> "<a/>"),
                    route(GET, "/cover")
                            .name("cover")
                            .returns(binary("image/png"))
                            .handle(() -> new byte[0]),
                    route(GET, "/file").name("file").returns(filePath()).handle(() -> java.nio.file.Path.of("x")),
                    route(GET, "/csv").name("csv").returns(stream("text/csv")).handle(() -> Streams.of(List.of())),
                    route(GET, "/events").name("events").returns(sse(ITEM)).handle(() -> Streams.of(List.of())),
                    route(DELETE, "/item").name("remove").returns(noContent()).handle(() -> null),
                    route(GET, "/old").name("old").returns(redirect()).handle(() -> "/item"));

    static final JsonNode DOC = OpenApi.of(API).document();

    static JsonNode responses(String path, String method) {
        return DOC.at("/paths/" + path.replace("/", "~1") + "/" + method + "/responses");
    }

    static JsonNode tree(String json) {
        try {
            return Json.reader().readTree(json);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void a_json_output_documents_its_schema_and_a_typed_error_its_own() {
        JsonNode r = responses("/item", "get");
        assertEquals(tree("{\"$ref\":\"#/components/schemas/Item\"}"), r.at("/200/content/application~1json/schema"));
        assertEquals("No such item", r.at("/404/description").asText());
        assertEquals(
                tree("{\"$ref\":\"#/components/schemas/Message\"}"), r.at("/404/content/application~1json/schema"));
        assertEquals(
                tree("{\"additionalProperties\":{\"$ref\":\"#/components/schemas/Item\"},\"type\":\"object\","
                        + "\"title\":\"Response Items Items Get\"}"),
                responses("/items", "get").at("/200/content/application~1json/schema"));
    }

    @Test
    void text_outputs_document_a_string_of_their_media_type() {
        JsonNode string = tree("{\"type\":\"string\"}");
        assertEquals(string, responses("/log", "get").at("/200/content/text~1plain/schema"));
        assertEquals(string, responses("/page", "get").at("/200/content/text~1html/schema"));
        assertEquals(string, responses("/legacy", "get").at("/200/content/application~1xml/schema"));
        assertFalse(responses("/log", "get").at("/200/content").has("application/json"), "no JSON guessed");
    }

    @Test
    void bytes_files_and_streams_are_binary_strings_and_events_name_their_items() {
        JsonNode binary = tree("{\"type\":\"string\",\"format\":\"binary\"}");
        assertEquals(binary, responses("/cover", "get").at("/200/content/image~1png/schema"));
        assertEquals(binary, responses("/file", "get").at("/200/content/application~1octet-stream/schema"));
        assertEquals(binary, responses("/csv", "get").at("/200/content/text~1csv/schema"));
        JsonNode events = responses("/events", "get").at("/200/content/text~1event-stream");
        assertEquals(tree("{\"type\":\"string\"}"), events.get("schema"));
        assertEquals(tree("{\"$ref\":\"#/components/schemas/Item\"}"), events.get("x-itemSchema"));
    }

    @Test
    void no_content_and_redirects_document_their_status_without_a_body() {
        JsonNode removed = responses("/item", "delete");
        assertEquals(List.of("204"), fieldNames(removed));
        assertFalse(removed.get("204").has("content"));
        assertFalse(responses("/old", "get").get("307").has("content"));
    }

    @Test
    void an_override_changes_the_document() {
        Dep<String> a = dep(header("x_a", str()), v -> v);
        Dep<String> b = dep(header("x_b", str()), v -> v);
        Api api = api("T", "1").routes(route(GET, "/r").name("r").depends(a).handle(v -> v));
        assertEquals(
                "x-a",
                OpenApi.of(api)
                        .document()
                        .at("/paths/~1r/get/parameters/0/name")
                        .asText());
        assertEquals(
                "x-b",
                OpenApi.of(api.override(a, b))
                        .document()
                        .at("/paths/~1r/get/parameters/0/name")
                        .asText());
    }

    private static List<String> fieldNames(JsonNode node) {
        var out = new java.util.ArrayList<String>();
        node.fieldNames().forEachRemaining(out::add);
        return out;
    }
}
