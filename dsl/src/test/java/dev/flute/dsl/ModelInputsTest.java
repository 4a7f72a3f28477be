package dev.flute.dsl;

import static dev.flute.dsl.Flute.*;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.flute.dsl.forms.TempUploads;
import dev.flute.dsl.testing.MultipartBody;
import dev.flute.dsl.testing.TestClient;
import dev.flute.dsl.types.ModelType;
import dev.flute.dsl.types.Partial;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * Models with less ceremony, through the whole pipeline: boxed components that may be null, e-mail
 * addresses, bounded lists, and PATCH bodies that tell an absent field from a null one.
 */
class ModelInputsTest {
    public record Item(String name, double price, Double tax) {}

    public record UserIn(String username, String email) {}

    public record Stored(String name, String description, Double price) {}

    static final ModelType<UserIn> USER_IN = model(UserIn.class).field("email", email());

    static final ModelType<Stored> STORED =
            model(Stored.class).field("name", str().nullable()).field("description", str().nullable());

    static final Map<String, Stored> ITEMS = new ConcurrentHashMap<>(Map.of("bar", new Stored("Bar", "The bar", 62.0)));

    static final Api API = api("t", "1")
            .routes(
                    route(POST, "/items").param(body(model(Item.class))).handle(item -> item),
                    route(POST, "/users").param(body(USER_IN)).handle(user -> user),
                    route(GET, "/search")
                            .param(query("q", listOf(str()).minLength(1).maxLength(2)))
                            .param(query("contact", email().optional()))
                            .handle((q, contact) -> Map.of("q", q, "contact", contact.orElse("-"))),
                    route(POST, "/files")
                            .param(file("files", listOf(uploadFile()).minLength(2)))
                            .handle(files -> files.size()),
                    route(POST, "/tags")
                            .param(form("tags", setOf(str()).minLength(2)))
                            .handle(tags -> tags),
                    route(PATCH, "/stored/<id>")
                            .param(path("id", str()))
                            .param(body(STORED.partial()))
                            .handle((id, patch) -> {
                                Stored updated = patch.applyTo(ITEMS.get(id));
                                ITEMS.put(id, updated);
                                return Map.of("updated", updated, "sent", patch.fieldsSet());
                            }));

    static final TestClient CLIENT = TestClient.of(API);

    @AfterAll
    static void close() {
        CLIENT.close();
    }

    @Test
    void should_let_a_boxed_component_be_absent_or_null_and_keep_a_primitive_required() {
        CLIENT.post("/items")
                .json("{\"name\":\"a\",\"price\":1}")
                .send()
                .assertStatus(200)
                .assertJson("{\"name\":\"a\",\"price\":1.0,\"tax\":null}");
        CLIENT.post("/items")
                .json("{\"name\":\"a\",\"price\":1,\"tax\":null}")
                .send()
                .assertStatus(200);
        CLIENT.post("/items")
                .json("{\"name\":\"a\",\"tax\":\"x\"}")
                .send()
                .assertStatus(422)
                .assertJson(
                        "{\"detail\":["
                                + "{\"type\":\"missing\",\"loc\":[\"body\",\"price\"],\"msg\":\"Field required\",\"input\":{\"name\":\"a\",\"tax\":\"x\"}},"
                                + "{\"type\":\"float_parsing\",\"loc\":[\"body\",\"tax\"],\"msg\":\"Input should be a valid number, unable to parse string as a number\",\"input\":\"x\"}]}");
    }

    @Test
    void should_normalize_an_email_and_refuse_a_bad_one_with_the_reason() {
        CLIENT.post("/users")
                .json("{\"username\":\"jo\",\"email\":\"Jo <Jo@Example.COM>\"}")
                .send()
                .assertStatus(200)
                .assertJson("{\"username\":\"jo\",\"email\":\"Jo@example.com\"}");
        CLIENT.post("/users")
                .json("{\"username\":\"jo\",\"email\":\"jo@localhost\"}")
                .send()
                .assertStatus(422)
                .assertJson(
                        "{\"detail\":[{\"type\":\"value_error\",\"loc\":[\"body\",\"email\"],"
                                + "\"msg\":\"value is not a valid email address: The part after the @-sign is not valid. It should have a period.\","
                                + "\"input\":\"jo@localhost\",\"ctx\":{\"reason\":\"The part after the @-sign is not valid. It should have a period.\"}}]}");
        CLIENT.get("/search?q=a&contact=nobody")
                .send()
                .assertStatus(422)
                .assertJson("{\"detail\":[{\"type\":\"value_error\",\"loc\":[\"query\",\"contact\"],"
                        + "\"msg\":\"value is not a valid email address: An email address must have an @-sign.\","
                        + "\"input\":\"nobody\",\"ctx\":{\"reason\":\"An email address must have an @-sign.\"}}]}");
    }

    @Test
    void should_bound_a_repeated_query_parameter() {
        CLIENT.get("/search?q=a&q=b").send().assertStatus(200).assertJson("{\"q\":[\"a\",\"b\"],\"contact\":\"-\"}");
        CLIENT.get("/search?q=a&q=b&q=c")
                .send()
                .assertStatus(422)
                .assertJson("{\"detail\":[{\"type\":\"too_long\",\"loc\":[\"query\",\"q\"],"
                        + "\"msg\":\"List should have at most 2 items after validation, not 3\",\"input\":[\"a\",\"b\",\"c\"],"
                        + "\"ctx\":{\"field_type\":\"List\",\"max_length\":2,\"actual_length\":3}}]}");
    }

    @Test
    void should_bound_a_form_list_after_collapsing_a_set() {
        CLIENT.post("/tags")
                .form("tags", "a", "tags", "b")
                .send()
                .assertStatus(200)
                .assertJson("[\"a\",\"b\"]");
        CLIENT.post("/tags")
                .form("tags", "a", "tags", "a")
                .send()
                .assertStatus(422)
                .assertJson("{\"detail\":[{\"type\":\"too_short\",\"loc\":[\"body\",\"tags\"],"
                        + "\"msg\":\"Set should have at least 2 items after validation, not 1\",\"input\":[\"a\",\"a\"],"
                        + "\"ctx\":{\"field_type\":\"Set\",\"min_length\":2,\"actual_length\":1}}]}");
    }

    @Test
    void should_bound_a_list_of_files() throws InterruptedException {
        var twoFiles =
                MultipartBody.create().file("files", "a.txt", "text/plain", "a").file("files", "b.txt", null, "b");
        CLIENT.post("/files").multipart(twoFiles).send().assertStatus(200).assertJson("2");
        var error = CLIENT.post("/files")
                .multipart(MultipartBody.create().file("files", "a.txt", "text/plain", "data"))
                .send()
                .assertStatus(422)
                .json()
                .at("/detail/0");
        assertEquals("too_short", error.get("type").asText());
        assertEquals("[\"body\",\"files\"]", error.get("loc").toString());
        assertEquals(
                "List should have at least 2 items after validation, not 1",
                error.get("msg").asText());
        assertEquals(
                "{\"field_type\":\"List\",\"min_length\":2,\"actual_length\":1}",
                error.get("ctx").toString());
        assertEquals("a.txt", error.at("/input/0/filename").asText(), "a file is described, never its temporary path");
        assertEquals(List.of(), TempUploads.leftAfterCleanup(), "the uploads are deleted once answered");
    }

    @Test
    void should_patch_only_the_fields_sent_even_as_null() {
        CLIENT.patch("/stored/bar")
                .json("{\"description\":null}")
                .send()
                .assertStatus(200)
                .assertJson(
                        "{\"updated\":{\"name\":\"Bar\",\"description\":null,\"price\":62.0},\"sent\":[\"description\"]}");
        CLIENT.patch("/stored/bar")
                .json("{\"price\":\"x\"}")
                .send()
                .assertStatus(422)
                .assertJson(
                        "{\"detail\":[{\"type\":\"float_parsing\",\"loc\":[\"body\",\"price\"],"
                                + "\"msg\":\"Input should be a valid number, unable to parse string as a number\",\"input\":\"x\"}]}");
    }

    @Test
    void handler_of_a_patch_is_a_plain_function_of_a_partial() {
        Partial<Stored> patch = Partial.of(STORED, new Stored(null, null, 1.0), "price");
        assertEquals(new Stored("Bar", "The bar", 1.0), patch.applyTo(new Stored("Bar", "The bar", 62.0)));
        assertEquals(List.of("price"), List.copyOf(patch.fieldsSet()));
    }
}
