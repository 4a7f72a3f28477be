package dev.flute.schema;

import static dev.flute.dsl.Flute.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.flute.dsl.Api;
import dev.flute.dsl.Json;
import dev.flute.dsl.testing.TestClient;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A body checked against a schema the application wrote: served, validated and documented. */
class JsonSchemaTypeTest {

    static final JsonSchemaType ORDER = JsonSchemaType.of(
            """
            {"$schema":"https://json-schema.org/draft/2020-12/schema",
             "title":"Order","type":"object","required":["qty","lines"],
             "properties":{
               "qty":{"type":"integer","minimum":1},
               "lines":{"type":"array","items":{"$ref":"#/$defs/Line"}}},
             "$defs":{"Line":{"type":"object","required":["sku"],"properties":{"sku":{"type":"string","minLength":3}}}}}""");

    static Api orders() {
        return api("Orders", "1")
                .routes(route(POST, "/orders")
                        .name("create_order")
                        .param(body("order", ORDER))
                        .handle(order -> Map.of("qty", order.get("qty").asInt())));
    }

    @Test
    void should_pass_valid_json_to_the_handler_and_answer_422_in_fastapi_format_otherwise() {
        try (var client = TestClient.of(orders())) {
            client.post("/orders")
                    .json("{\"qty\":2,\"lines\":[{\"sku\":\"abc\"}]}")
                    .send()
                    .assertStatus(200)
                    .assertJson("{\"qty\":2}");
            JsonNode detail = client.post("/orders")
                    .json("{\"qty\":0,\"lines\":[{\"sku\":\"a\"},{}]}")
                    .send()
                    .assertStatus(422)
                    .json()
                    .get("detail");
            assertEquals(3, detail.size(), detail.toString());
            var locs = new java.util.HashSet<String>();
            for (JsonNode e : detail) locs.add(e.get("loc").toString());
            assertEquals(
                    java.util.Set.of(
                            "[\"body\",\"qty\"]", "[\"body\",\"lines\",0,\"sku\"]", "[\"body\",\"lines\",1,\"sku\"]"),
                    locs);
        }
    }

    @Test
    void should_document_the_schema_as_given_with_its_references_pointed_into_it() {
        JsonNode doc = OpenApi.of(orders()).document();
        assertEquals(
                "#/components/schemas/Order",
                doc.at("/paths/~1orders/post/requestBody/content/application~1json/schema/$ref")
                        .asText());
        JsonNode order = doc.at("/components/schemas/Order");
        assertEquals(
                "#/components/schemas/Order/$defs/Line",
                order.at("/properties/lines/items/$ref").asText());
        assertTrue(order.at("/$defs/Line").isObject());
        assertTrue(!order.has("$schema"));
        OpenApiApprovalTest.assertValid("orders", orders());
    }

    @Test
    void should_keep_a_schema_without_references_inline_titled_like_fastapi_unless_it_has_a_title() {
        var qty = JsonSchemaType.of("{\"type\":\"integer\",\"minimum\":1}");
        JsonNode doc = OpenApi.of(api("T", "1")
                        .routes(route(PUT, "/q").name("q").param(body("n", qty)).handle(n -> n)))
                .document();
        assertEquals(
                Json.mapper()
                        .createObjectNode()
                        .put("type", "integer")
                        .put("minimum", 1)
                        .put("title", "N"),
                doc.at("/paths/~1q/put/requestBody/content/application~1json/schema"));
        var titled = JsonSchemaType.of("{\"type\":\"integer\",\"title\":\"Quantity\"}");
        JsonNode own = OpenApi.of(api("T", "1")
                        .routes(route(PUT, "/q")
                                .name("q")
                                .param(body("n", titled))
                                .handle(n -> n)))
                .document();
        assertEquals(
                "Quantity",
                own.at("/paths/~1q/put/requestBody/content/application~1json/schema/title")
                        .asText());
    }
}
