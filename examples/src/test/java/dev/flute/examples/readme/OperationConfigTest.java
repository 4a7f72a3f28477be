package dev.flute.examples.readme;

import static dev.flute.dsl.Flute.*;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import dev.flute.dsl.Endpoint;
import dev.flute.dsl.Json;
import dev.flute.schema.OpenApi;
import org.junit.jupiter.api.Test;

class OperationConfigTest {
    public record Item(String name, double price) {}

    // README: operation-config
    static final Endpoint<Item> CREATE_ITEM = route(POST, "/items/")
            .name("create_item") // FastAPI's function name: operationId, and the summary "Create Item"
            .summary("Create an item")
            .description("Create an item with all the information.\n\fCut here: not in the document.")
            .tags("items")
            .response(409, "The item exists")
            .deprecated()
            .param(body(model(Item.class)))
            .returns(model(Item.class))
            .handle(item -> item);
    // README: end

    @Test
    void should_document_the_operation_as_configured() throws Exception {
        JsonNode post = Json.reader()
                .readTree(OpenApi.of(api("Ops", "1").routes(CREATE_ITEM)).json())
                .at("/paths/~1items~1/post");
        assertEquals("create_item_items__post", post.get("operationId").asText());
        assertEquals("Create an item", post.get("summary").asText());
        assertEquals(
                "Create an item with all the information.",
                post.get("description").asText());
        assertEquals("items", post.at("/tags/0").asText());
        assertEquals("The item exists", post.at("/responses/409/description").asText());
        assertEquals(true, post.get("deprecated").asBoolean());
    }
}
