package dev.flute.examples.readme;

import static dev.flute.dsl.Flute.*;

import dev.flute.dsl.Dep;
import dev.flute.dsl.Endpoint;
import dev.flute.dsl.testing.TestClient;
import dev.flute.dsl.types.ModelType;
import org.junit.jupiter.api.Test;

class IntroTest {
    public record Commons(int skip, int limit) {}

    static final Dep<Commons> COMMONS = dep(
            query("skip", int_().ge(0).withDefault(0)),
            query("limit", int_().ge(1).withDefault(100)),
            Commons::new);

    public record ItemView(int item_id, String q, int limit) {}

    static final ModelType<ItemView> ITEM_VIEW = model(ItemView.class).field("q", str().nullable());

    // README: intro
    static final Endpoint<ItemView> READ_ITEM = route(GET, "/items/<item_id>")
            .param(path("item_id", int_().ge(0)))
            .param(query("q", str().maxLength(50).optional()))
            .depends(COMMONS)
            .returns(ITEM_VIEW)
            .handle((id, q, commons) -> new ItemView(id, q.orElse(null), commons.limit()));
    // README: end

    @Test
    void should_answer_and_refuse_as_fastapi_would() {
        try (var client = TestClient.of(api("Intro", "1").routes(READ_ITEM))) {
            client.get("/items/5?q=x&limit=10")
                    .send()
                    .assertStatus(200)
                    .assertText("""
                    {"item_id":5,"q":"x","limit":10}""");
            client.get("/items/-1")
                    .send()
                    .assertStatus(422)
                    .assertText(
                            """
                    {"detail":[{"type":"greater_than_equal","loc":["path","item_id"],"msg":"Input should be greater than or equal to 0","input":"-1","ctx":{"ge":0}}]}""");
        }
    }
}
