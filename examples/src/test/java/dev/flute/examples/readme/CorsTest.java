package dev.flute.examples.readme;

import static dev.flute.dsl.Flute.*;

import dev.flute.dsl.Api;
import dev.flute.dsl.middleware.Cors;
import dev.flute.dsl.testing.TestClient;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CorsTest {
    // README: cors
    static Api app() {
        return api("Shop", "1.0")
                .middleware(Cors.allowOrigins("https://app.example.com") // or "*"; allowOriginRegex(...)
                        .allowMethods("*")
                        .allowHeaders("X-Token")
                        .allowCredentials(true))
                .routes(route(GET, "/items/").handle(() -> Map.of("items", 0)));
    }
    // README: end

    @Test
    void should_answer_preflights_and_mark_answers_for_listed_origins() {
        try (var client = TestClient.of(app())) {
            client.options("/items/")
                    .header("Origin", "https://app.example.com")
                    .header("Access-Control-Request-Method", "DELETE")
                    .header("Access-Control-Request-Headers", "X-Token")
                    .send()
                    .assertStatus(200)
                    .assertHeader("Access-Control-Allow-Origin", "https://app.example.com")
                    .assertHeader("Access-Control-Allow-Credentials", "true")
                    .assertText("OK");
            client.get("/items/")
                    .header("Origin", "https://app.example.com")
                    .send()
                    .assertStatus(200)
                    .assertHeader("Access-Control-Allow-Origin", "https://app.example.com")
                    .assertHeader("Vary", "Origin");
            client.options("/items/")
                    .header("Origin", "https://evil.example")
                    .header("Access-Control-Request-Method", "GET")
                    .send()
                    .assertStatus(400)
                    .assertText("Disallowed CORS origin");
        }
    }
}
