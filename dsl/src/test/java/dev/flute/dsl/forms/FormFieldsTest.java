package dev.flute.dsl.forms;

import static dev.flute.dsl.Flute.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.flute.dsl.Api;
import dev.flute.dsl.Dep;
import dev.flute.dsl.Endpoint;
import dev.flute.dsl.testing.MultipartBody;
import dev.flute.dsl.testing.TestClient;
import dev.flute.dsl.types.ModelType;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/** Form fields and form models through the in-memory client: FastAPI's reading rules and errors. */
class FormFieldsTest {
    public record Login(String username, String password) {}

    public record Search(String q, int page, List<String> tags) {}

    static final ModelType<Login> LOGIN = model(Login.class);

    static final ModelType<Search> SEARCH = model(Search.class)
            .field("page", int_().withDefault(1))
            .field("tags", listOf(str()).withDefault(List.of()))
            .forbidExtra();

    static final Endpoint FIELDS = route(POST, "/login/")
            .param(form("username", str()))
            .param(form("password", str()))
            .handle((username, password) -> Map.of("username", username, "password", password));

    static final Endpoint TYPED = route(POST, "/typed/")
            .param(form("count", int_().ge(1)))
            .param(form("note", str().optional()))
            .param(form("size", int_().withDefault(10)))
            .param(form("tag", listOf(str()).optional()))
            .param(form("user_name", str().alias("user-name")))
            .handle((count, note, size, tag, name) -> {
                var out = new LinkedHashMap<String, Object>();
                out.put("count", count);
                out.put("note", note.orElse(null));
                out.put("size", size);
                out.put("tag", tag.orElse(null));
                out.put("name", name);
                return out;
            });

    static final Endpoint MODEL = route(POST, "/model/").param(formModel(LOGIN)).handle(login -> login);

    static final Endpoint STRICT_MODEL =
            route(POST, "/search/").param(formModel(SEARCH)).handle(s -> s);

    static final Dep<String> TOKEN = dep(form("token", str()), token -> "token:" + token);

    static final Endpoint IN_DEPENDENCY = route(POST, "/dep/")
            .param(form("token", str()))
            .depends(TOKEN)
            .handle((token, fromDep) -> Map.of("token", token, "dep", fromDep));

    static final Api API = api("Forms", "1.0").routes(FIELDS, TYPED, MODEL, STRICT_MODEL, IN_DEPENDENCY);
    static final TestClient client = TestClient.of(API);

    @AfterAll
    static void close() {
        client.close();
    }

    @Test
    void should_read_fields_from_urlencoded_and_multipart_bodies() {
        client.post("/login/")
                .form("username", "john doe!", "password", "s&cret")
                .send()
                .assertStatus(200)
                .assertJson("{\"username\":\"john doe!\",\"password\":\"s&cret\"}");
        client.post("/login/")
                .multipart(MultipartBody.create().field("username", "ü苹").field("password", "x"))
                .send()
                .assertStatus(200)
                .assertJson("{\"username\":\"ü苹\",\"password\":\"x\"}");
    }

    @Test
    void should_take_the_last_value_and_keep_a_required_empty_value() {
        client.post("/login/")
                .body("username=a&username=b&password=", "application/x-www-form-urlencoded")
                .send()
                .assertJson("{\"username\":\"b\",\"password\":\"\"}");
    }

    @Test
    void should_report_missing_fields_of_a_body_that_is_not_a_form() {
        String bothMissing =
                """
                {"detail":[{"type":"missing","loc":["body","username"],"msg":"Field required","input":null},
                 {"type":"missing","loc":["body","password"],"msg":"Field required","input":null}]}""";
        client.post("/login/")
                .json("{\"username\":\"a\",\"password\":\"b\"}")
                .send()
                .assertStatus(422)
                .assertJson(bothMissing);
        client.post("/login/").send().assertStatus(422).assertJson(bothMissing);
    }

    @Test
    void should_treat_an_empty_optional_value_as_absent_and_check_types() {
        client.post("/typed/")
                .body("count=2&note=&size=&user-name=x", "application/x-www-form-urlencoded")
                .send()
                .assertStatus(200)
                .assertJson("{\"count\":2,\"note\":null,\"size\":10,\"tag\":null,\"name\":\"x\"}");
        client.post("/typed/")
                .body("count=2&tag=a&tag=b&size=3&user-name=x", "application/x-www-form-urlencoded")
                .send()
                .assertJson("{\"count\":2,\"note\":null,\"size\":3,\"tag\":[\"a\",\"b\"],\"name\":\"x\"}");
        client.post("/typed/")
                .body("count=&size=x", "application/x-www-form-urlencoded")
                .send()
                .assertStatus(422)
                .assertJson(
                        """
                {"detail":[
                 {"type":"int_parsing","loc":["body","count"],"msg":"Input should be a valid integer, unable to parse string as an integer","input":""},
                 {"type":"int_parsing","loc":["body","size"],"msg":"Input should be a valid integer, unable to parse string as an integer","input":"x"},
                 {"type":"missing","loc":["body","user-name"],"msg":"Field required","input":null}]}""");
        client.post("/typed/")
                .form("count", "0", "user-name", "x")
                .send()
                .assertStatus(422)
                .assertJson(
                        """
                {"detail":[{"type":"greater_than_equal","loc":["body","count"],"msg":"Input should be greater than or equal to 1","input":"0","ctx":{"ge":1}}]}""");
    }

    @Test
    void should_read_a_model_and_show_the_form_in_its_errors() {
        client.post("/model/")
                .form("username", "a", "password", "b", "extra", "1")
                .send()
                .assertJson("{\"username\":\"a\",\"password\":\"b\"}");
        client.post("/model/")
                .form("username", "johndoe", "extra", "1")
                .send()
                .assertStatus(422)
                .assertJson(
                        """
                {"detail":[{"type":"missing","loc":["body","password"],"msg":"Field required","input":{"username":"johndoe","extra":"1"}}]}""");
    }

    @Test
    void should_apply_model_defaults_lists_and_forbidden_extras() {
        client.post("/search/")
                .form("q", "x", "tags", "a", "tags", "b")
                .send()
                .assertJson("{\"q\":\"x\",\"page\":1,\"tags\":[\"a\",\"b\"]}");
        client.post("/search/")
                .form("q", "x", "page", "", "other", "y")
                .send()
                .assertStatus(422)
                .assertJson(
                        """
                {"detail":[
                 {"type":"int_parsing","loc":["body","page"],"msg":"Input should be a valid integer, unable to parse string as an integer","input":""},
                 {"type":"extra_forbidden","loc":["body","other"],"msg":"Extra inputs are not permitted","input":"y"}]}""");
    }

    @Test
    void should_share_a_field_between_a_route_and_its_dependency() {
        client.post("/dep/").form("token", "t").send().assertJson("{\"token\":\"t\",\"dep\":\"token:t\"}");
    }

    @Test
    void should_refuse_more_fields_than_the_limit() {
        var pairs = new StringBuilder("username=a&password=b");
        for (int i = 0; i < 999; i++) pairs.append("&f").append(i).append("=v");
        client.post("/login/")
                .body(pairs.toString(), "application/x-www-form-urlencoded")
                .send()
                .assertStatus(400)
                .assertJson("{\"detail\":\"Too many fields. Maximum number of fields is 1000.\"}");
        var multipart = MultipartBody.create().field("username", "a").field("password", "b");
        for (int i = 0; i < 998; i++) multipart.field("f" + i, "v");
        client.post("/login/").multipart(multipart).send().assertStatus(200);
        client.post("/login/")
                .multipart(multipart.field("one-too-many", "v"))
                .send()
                .assertStatus(400)
                .assertJson("{\"detail\":\"Too many fields. Maximum number of fields is 1000.\"}");
    }

    @Test
    void should_refuse_a_field_over_one_mebibyte() {
        String big = "x".repeat((1 << 20) + 1);
        client.post("/login/")
                .multipart(MultipartBody.create().field("username", big).field("password", "b"))
                .send()
                .assertStatus(400)
                .assertJson("{\"detail\":\"Part exceeded maximum size of 1024KB.\"}");
        client.post("/login/")
                .multipart(MultipartBody.create()
                        .field("username", big.substring(1))
                        .field("password", "b"))
                .send()
                .assertStatus(200);
    }

    @Test
    void should_fail_at_build_time_on_conflicting_declarations() {
        var jsonAndForm = route(POST, "/x")
                .param(form("a", str()))
                .param(body("b", str()))
                .handle((a, b) -> a);
        var error = assertThrows(
                IllegalArgumentException.class,
                () -> TestClient.of(api("x", "1").routes(jsonAndForm)));
        assertTrue(error.getMessage().contains("route POST /x: it reads a JSON body and a form"), error.getMessage());

        var modelAndField = route(POST, "/y")
                .param(formModel(LOGIN))
                .param(form("a", str()))
                .handle((l, a) -> a);
        error = assertThrows(
                IllegalArgumentException.class,
                () -> TestClient.of(api("x", "1").routes(modelAndField)));
        assertTrue(error.getMessage().contains("formModel(...) reads the whole form"), error.getMessage());

        var twoTypes = route(POST, "/z")
                .param(form("a", str()))
                .param(form("a", int_()))
                .handle((a, b) -> a);
        error = assertThrows(
                IllegalArgumentException.class,
                () -> TestClient.of(api("x", "1").routes(twoTypes)));
        assertTrue(error.getMessage().contains("two form inputs named 'a' have different types"), error.getMessage());

        error = assertThrows(IllegalArgumentException.class, () -> form("f", uploadFile()));
        assertTrue(error.getMessage().contains("declare it with file(...)"), error.getMessage());
        error = assertThrows(IllegalArgumentException.class, () -> file("f", str()));
        assertTrue(error.getMessage().contains("needs bytes() or uploadFile()"), error.getMessage());
    }

    @Test
    void should_document_the_media_type_of_each_input() {
        assertEquals("application/x-www-form-urlencoded", form("a", str()).mediaType());
        assertEquals("multipart/form-data", file("f").mediaType());
        assertEquals("application/x-www-form-urlencoded", formModel(LOGIN).mediaType());
        assertNull(FIELDS.spec().formLimits());
    }
}
