package dev.flute.examples.readme;

import static dev.flute.dsl.Flute.*;

import dev.flute.dsl.Endpoint;
import dev.flute.dsl.testing.TestClient;
import dev.flute.dsl.types.ModelType;
import java.util.List;
import org.junit.jupiter.api.Test;

class HeadersCookiesTest {
    // README: headers-cookies
    record Seen(String user_agent, List<String> x_token, String ads_id) {}

    static final Endpoint<?> READ_ITEMS = route(GET, "/items/")
            .param(header("user_agent", str().optional())) // reads User-Agent
            .param(header("x_token", listOf(str()).withDefault(List.of()))) // X-Token, repeated
            .param(cookie("ads_id", str().optional()))
            .handle((agent, tokens, adsId) -> new Seen(agent.orElse(null), tokens, adsId.orElse(null)));
    // README: end

    // README: parameter-models
    public record FilterParams(int limit, long offset, String orderBy, List<String> tags) {}

    static final ModelType<FilterParams> FILTER_PARAMS = model(FilterParams.class)
            .snakeCase()
            .forbidExtra()
            .field("limit", int_().gt(0).le(100).withDefault(100))
            .field("offset", long_().ge(0).withDefault(0L))
            .field("orderBy", literal("created_at", "updated_at").withDefault("created_at"))
            .field("tags", listOf(str()).withDefault(List.of()));

    static final Endpoint<FilterParams> FILTER_ITEMS = route(GET, "/filter/")
            .param(queryModel(FILTER_PARAMS)) // headerModel(...), cookieModel(...) alike
            .returns(FILTER_PARAMS)
            .handle(filter -> filter);
    // README: end

    @Test
    void should_read_headers_and_cookies() {
        try (var client = TestClient.of(api("Headers", "1").routes(READ_ITEMS))) {
            client.get("/items/")
                    .header("User-Agent", "curl/8.5")
                    .header("X-Token", "foo")
                    .header("X-Token", "bar")
                    .cookie("ads_id", "abc")
                    .send()
                    .assertStatus(200)
                    .assertText(
                            """
                            {"user_agent":"curl/8.5","x_token":["foo","bar"],"ads_id":"abc"}""");
        }
    }

    @Test
    void should_read_a_query_model_and_refuse_what_it_does_not_know() {
        try (var client = TestClient.of(api("Models", "1").routes(FILTER_ITEMS))) {
            client.get("/filter/?limit=5&tags=a&tags=b")
                    .send()
                    .assertStatus(200)
                    .assertText(
                            """
                    {"limit":5,"offset":0,"order_by":"created_at","tags":["a","b"]}""");
            client.get("/filter/?tool=plumbus")
                    .send()
                    .assertStatus(422)
                    .assertText(
                            """
                    {"detail":[{"type":"extra_forbidden","loc":["query","tool"],"msg":"Extra inputs are not permitted","input":"plumbus"}]}""");
        }
    }
}
