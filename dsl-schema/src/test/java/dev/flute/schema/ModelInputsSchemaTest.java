package dev.flute.schema;

import static dev.flute.dsl.Flute.*;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import dev.flute.dsl.Api;
import dev.flute.dsl.Json;
import dev.flute.dsl.types.ModelType;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The documents of boxed components, e-mail addresses, bounded lists and partial (PATCH) bodies
 * equal what FastAPI 0.115 with Pydantic 2.10 publishes for the same declarations (asked of the real
 * thing): {@code tax: float | None = None}, {@code EmailStr}, {@code Field(min_length, max_length)}
 * on a list, and a PATCH body of the model.
 */
class ModelInputsSchemaTest {
    public record Item(String name, double price, Double tax, String contact, List<String> tags) {}

    static final ModelType<Item> ITEM = model(Item.class)
            .field("contact", email())
            .field("tags", listOf(str()).minLength(1).maxLength(3));

    static final Api API = api("FastAPI", "0.1.0")
            .routes(
                    route(PATCH, "/items/<item_id>")
                            .param(path("item_id", str()))
                            .param(body(ITEM.partial()))
                            .handle((id, item) -> item.value()),
                    route(GET, "/search")
                            .param(query("q", listOf(str()).minLength(1).maxLength(2)))
                            .handle(q -> q));

    static final JsonNode DOC = OpenApi.of(API).document();

    @Test
    void should_document_the_model_as_pydantic_does() throws Exception {
        assertEquals(
                Json.reader()
                        .readTree("{\"properties\": {\"name\": {\"type\": \"string\", \"title\": \"Name\"}, \"price\":"
                                + " {\"type\": \"number\", \"title\": \"Price\"}, \"tax\": {\"anyOf\": [{\"type\": \"number\"},"
                                + " {\"type\": \"null\"}], \"title\": \"Tax\"}, \"contact\": {\"type\": \"string\", \"format\":"
                                + " \"email\", \"title\": \"Contact\"}, \"tags\": {\"items\": {\"type\": \"string\"}, \"type\":"
                                + " \"array\", \"maxItems\": 3, \"minItems\": 1, \"title\": \"Tags\"}}, \"type\": \"object\","
                                + " \"required\": [\"name\", \"price\", \"contact\", \"tags\"], \"title\": \"Item\"}"),
                DOC.at("/components/schemas/Item"));
    }

    @Test
    void should_document_a_partial_body_as_its_model() throws Exception {
        assertEquals(
                Json.reader()
                        .readTree("{\"required\": true, \"content\": {\"application/json\": {\"schema\":"
                                + " {\"$ref\": \"#/components/schemas/Item\"}}}}"),
                DOC.at("/paths/~1items~1{item_id}/patch/requestBody"));
    }

    @Test
    void should_document_a_bounded_repeated_query_parameter() throws Exception {
        assertEquals(
                Json.reader()
                        .readTree("[{\"name\": \"q\", \"in\": \"query\", \"required\": true, \"schema\": {\"type\":"
                                + " \"array\", \"items\": {\"type\": \"string\"}, \"minItems\": 1, \"maxItems\": 2,"
                                + " \"title\": \"Q\"}}]"),
                DOC.at("/paths/~1search/get/parameters"));
    }
}
