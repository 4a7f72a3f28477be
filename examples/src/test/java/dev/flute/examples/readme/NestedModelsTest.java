package dev.flute.examples.readme;

import static dev.flute.dsl.Flute.*;

import dev.flute.dsl.Endpoint;
import dev.flute.dsl.testing.TestClient;
import dev.flute.dsl.types.ModelType;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class NestedModelsTest {
    // README: nested-models
    public record Image(String url, String name) {}

    public record Item(String name, String description, double price, Set<String> tags, List<Image> images) {}

    static final ModelType<Item> ITEM = model(Item.class)
            .field("description", str().maxLength(300).nullable())
            .field("price", double_().gt(0).description("The price must be greater than zero"))
            .field("tags", setOf(str()).withDefault(Set.of()))
            .field("images", listOf(model(Image.class)).nullable());

    public record User(String username, String full_name) {}

    static final ModelType<User> USER = model(User.class).forbidExtra(); // unknown fields: extra_forbidden

    record Update(int item_id, Item item, User user, int importance) {}

    static final Endpoint<?> UPDATE_ITEM = route(PUT, "/items/<item_id>")
            .param(path("item_id", int_()))
            .param(body(ITEM)) // several bodies: each is a key of the document
            .param(body(USER))
            .param(body("importance", int_().gt(0)))
            .handle(Update::new);
    // README: end

    @Test
    void should_read_nested_models_and_several_bodies() {
        try (var client = TestClient.of(api("Nested", "1").routes(UPDATE_ITEM))) {
            client.put("/items/5")
                    .json(
                            """
                            {"item":{"name":"Foo","price":35.4,"tags":["a","a"],"images":[{"url":"https://example.com/a.png","name":"A"}]},
                             "user":{"username":"dave","full_name":"Dave Grohl"},"importance":5}""")
                    .send()
                    .assertStatus(200)
                    .assertText(
                            """
                            {"item_id":5,"item":{"name":"Foo","description":null,"price":35.4,"tags":["a"],"images":[{"url":"https://example.com/a.png","name":"A"}]},"user":{"username":"dave","full_name":"Dave Grohl"},"importance":5}""");
            client.put("/items/5")
                    .json(
                            """
                            {"item":{"name":"Foo","price":0},"user":{"username":"dave","full_name":"Dave Grohl","nickname":"Dave"},"importance":5}""")
                    .send()
                    .assertStatus(422)
                    .assertText(
                            """
                            {"detail":[{"type":"greater_than","loc":["body","item","price"],"msg":"Input should be greater than 0","input":0,"ctx":{"gt":0.0}},{"type":"extra_forbidden","loc":["body","user","nickname"],"msg":"Extra inputs are not permitted","input":"Dave"}]}""");
        }
    }
}
