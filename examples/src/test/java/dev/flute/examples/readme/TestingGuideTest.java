package dev.flute.examples.readme;

import static dev.flute.dsl.Flute.*;
import static dev.flute.examples.readme.ItemRoutes.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.flute.dsl.Api;
import dev.flute.dsl.http.HttpError;
import dev.flute.dsl.testing.TestClient;
import dev.flute.dsl.types.ModelType;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The README's Testing section: each way to test an API, run. */
class TestingGuideTest {
    // README: testing-function
    @Test
    void reads_an_item_as_a_plain_function() {
        assertEquals(new Item("Item 7 of alice", 9.5), readItem(7, new User("alice")));
    }
    // README: end

    // README: testing-client
    @Test
    void answers_through_the_whole_pipeline() {
        Api api = app().override(CURRENT_USER, dep(() -> new User("alice"))); // dependency_overrides
        try (var client = TestClient.of(api)) { // in memory, no port; startup and shutdown hooks run
            client.get("/items/7").send().assertStatus(200).assertJson("{\"name\":\"Item 7 of alice\",\"price\":9.5}");
            client.get("/items/x").send().assertStatus(422);
        }
    }
    // README: end

    @Test
    void answers_401_without_the_override() {
        try (var client = TestClient.of(app())) {
            client.get("/items/7")
                    .header("authorization", "Bearer x")
                    .send()
                    .assertStatus(401)
                    .assertJson("{\"detail\":\"Not authenticated\"}");
        }
    }

    public record Line(String name, double price) {}

    public record Cart(List<Line> items) {}

    static final ModelType<Cart> CART = model(Cart.class)
            .field("items", listOf(model(Line.class).field("price", double_().gt(0))));

    @Test
    void fails_a_test_whose_answer_breaks_its_description() {
        var cart = route(GET, "/carts/<id>")
                .param(path("id", int_()))
                .returns(CART)
                .handle(id -> new Cart(List.of(new Line("a", 1), new Line("b", 2), new Line("c", -1))));
        try (var client = TestClient.of(api("Carts", "1").routes(cart))) {
            var wrong = assertThrows(
                    AssertionError.class, () -> client.get("/carts/2").send());
            assertEquals(
                    """
                    GET /carts/2 answered 200, which the description of GET /carts/<id> does not allow:
                      $.items[2].price: Input should be greater than 0 (greater_than), got -1.0""",
                    wrong.getMessage()
                            .lines()
                            .limit(2)
                            .reduce((a, b) -> a + "\n" + b)
                            .orElseThrow());
        }
    }

    @Test
    void lets_a_test_provoke_an_undocumented_answer_on_purpose() {
        var teapot = route(GET, "/teapot").handle(() -> {
            throw new HttpError(418, "I'm a teapot");
        });
        try (var client = TestClient.of(api("Teapot", "1").routes(teapot))) {
            assertThrows(AssertionError.class, () -> client.get("/teapot").send());
            // README: testing-unchecked
            client.get("/teapot").checkResponse(false).send().assertStatus(418); // or client.checkResponses(false)
            // README: end
        }
    }
}
