package dev.flute.examples.readme;

import static dev.flute.dsl.Flute.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.flute.dsl.Api;
import dev.flute.dsl.Json;
import dev.flute.dsl.testing.TestClient;
import dev.flute.schema.Docs;
import dev.flute.schema.OpenApi;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MetadataTest {
    // README: metadata
    static final Api API = api("ChimichangApp", "0.0.1")
            .summary("Deadpool's favorite app. Nuff said.")
            .description("ChimichangApp API helps you do awesome stuff.")
            .routes(route(GET, "/items/").handle(() -> Map.of("name", "Katana")));

    static final String JSON = OpenApi.of(API).json(); // the document; .yaml() too

    static final Api SERVED = Docs.with(API); // adds /openapi.json, /docs (Swagger UI) and /redoc

    static final Api MOVED = Docs.with(API.settings(Api.Settings.DEFAULT.docs("/api/openapi.json", "/api/docs", null)));
    // README: end

    @Test
    void should_describe_the_api_and_serve_its_docs() throws Exception {
        JsonNode document = Json.reader().readTree(JSON);
        assertEquals("3.1.0", document.get("openapi").asText());
        assertEquals("ChimichangApp", document.at("/info/title").asText());
        assertEquals(
                "Deadpool's favorite app. Nuff said.",
                document.at("/info/summary").asText());
        try (var client = TestClient.of(SERVED)) {
            assertEquals(
                    document,
                    client.get("/openapi.json").send().assertStatus(200).json());
            assertTrue(client.get("/docs").send().assertStatus(200).text().contains("swagger-ui"));
            client.get("/redoc").send().assertStatus(200);
        }
        try (var client = TestClient.of(MOVED).checkResponses(false)) {
            client.get("/api/docs").send().assertStatus(200);
            client.get("/api/openapi.json").send().assertStatus(200);
            client.get("/redoc").send().assertStatus(404);
        }
    }
}
