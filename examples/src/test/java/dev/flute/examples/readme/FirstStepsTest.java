package dev.flute.examples.readme;

import dev.flute.dsl.testing.TestClient;
import dev.flute.schema.Docs;
import org.junit.jupiter.api.Test;

class FirstStepsTest {
    @Test
    void should_say_hello_and_serve_its_docs() {
        try (var client = TestClient.of(Docs.with(FirstSteps.app()))) {
            client.get("/").send().assertStatus(200).assertText("{\"message\":\"Hello World\"}");
            client.get("/docs").send().assertStatus(200);
            client.get("/openapi.json").send().assertStatus(200);
        }
    }
}
