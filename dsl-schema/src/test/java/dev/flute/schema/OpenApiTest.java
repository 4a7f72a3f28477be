package dev.flute.schema;

import static dev.flute.dsl.Flute.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.flute.dsl.Api;
import dev.flute.dsl.Dep;
import dev.flute.dsl.Json;
import dev.flute.dsl.Operation;
import dev.flute.dsl.SecurityScheme;
import dev.flute.dsl.types.ModelType;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OpenApiTest {

    static JsonNode doc(Api api) {
        return OpenApi.of(api).document();
    }

    static List<String> names(JsonNode parameters) {
        var out = new java.util.ArrayList<String>();
        for (JsonNode p : parameters)
            out.add(p.get("in").asText() + ":" + p.get("name").asText());
        return out;
    }

    @Test
    void should_refuse_two_operations_with_one_operation_id() {
        Api api = api("T", "1")
                .routes(
                        route(GET, "/a").operationId("same").handle(() -> 1),
                        route(GET, "/b").operationId("same").handle(() -> 2));
        var e = assertThrows(IllegalArgumentException.class, () -> OpenApi.of(api));
        assertTrue(
                e.getMessage().contains("'same'")
                        && e.getMessage().contains("GET /a")
                        && e.getMessage().contains("GET /b"),
                e.getMessage());
    }

    @Test
    void should_hide_routes_and_inputs_left_out_of_the_schema_but_still_report_422() {
        Api api = api("T", "1")
                .routes(
                        route(GET, "/hidden").includeInSchema(false).handle(() -> 1),
                        route(GET, "/shown")
                                .name("shown")
                                .param(query("secret", str().includeInSchema(false)))
                                .handle(s -> s));
        JsonNode d = doc(api);
        assertFalse(d.path("paths").has("/hidden"));
        JsonNode op = d.at("/paths/~1shown/get");
        assertFalse(op.has("parameters"), op.toString());
        assertTrue(op.at("/responses").has("422"), "the hidden input is still validated");
    }

    @Test
    void should_list_dependency_parameters_once_in_fastapi_order_with_the_last_declaration_standing() {
        Dep<String> token = dep(header("x_token", str()), t -> t);
        Dep<String> both = dep(token, query("q", str().description("What to look for")), (t, q) -> t);
        Api api = api("T", "1")
                .dependencies(token)
                .routes(route(GET, "/items/<id>")
                        .name("read")
                        .param(cookie("c", str().optional()))
                        .depends(both)
                        .param(query("q", str()))
                        .param(header("raw_name", str()).keepUnderscores())
                        .param(path("id", int_()))
                        .handle((c, b, q, raw, id) -> id));
        JsonNode params = doc(api).at("/paths/~1items~1{id}/get/parameters");
        assertEquals(List.of("path:id", "query:q", "header:raw_name", "header:x-token", "cookie:c"), names(params));
        assertTrue(params.get(1).get("required").asBoolean());
        assertEquals("What to look for", params.get(1).get("description").asText(), "the dependency's, read last");
    }

    @Test
    void should_merge_openapi_extra_last_like_fastapi() throws Exception {
        Api api = api("T", "1")
                .routes(route(GET, "/x")
                        .name("x")
                        .param(query("a", int_()))
                        .openapiExtra(Map.of(
                                "parameters", List.of(Map.of("name", "extra", "in", "query")),
                                "responses", Map.of("200", Map.of("description", "Fine")),
                                "x-flag", true))
                        .handle(a -> a));
        JsonNode op = doc(api).at("/paths/~1x/get");
        assertEquals(List.of("query:a", "query:extra"), names(op.get("parameters")), "arrays concatenate");
        assertEquals("Fine", op.at("/responses/200/description").asText(), "objects merge");
        assertTrue(op.at("/responses/200/content/application~1json").isObject(), "and keep what they had");
        assertTrue(op.get("x-flag").asBoolean());
    }

    @Test
    void should_document_extra_responses_with_models_and_group_responses_overridden_by_the_route() {
        Api api = api("T", "1")
                .group(group("/g")
                        .response(404, "Group says missing")
                        .response(500, "Broken")
                        .routes(route(GET, "/x")
                                .name("x")
                                .response(
                                        404,
                                        new Operation.ResponseDoc(
                                                "Route says missing",
                                                json(listOf(str())),
                                                Map.of(
                                                        "headers",
                                                        Map.of("X-Why", Map.of("schema", Map.of("type", "string"))))))
                                .handle(() -> 1)));
        JsonNode responses = doc(api).at("/paths/~1g~1x/get/responses");
        assertEquals(List.of("200", "404", "500"), list(responses.fieldNames()));
        assertEquals("Route says missing", responses.at("/404/description").asText());
        assertEquals(
                "array",
                responses.at("/404/content/application~1json/schema/type").asText());
        assertEquals(
                "Response 404 X G X Get",
                responses.at("/404/content/application~1json/schema/title").asText());
        assertEquals("string", responses.at("/404/headers/X-Why/schema/type").asText());
        assertFalse(responses.has("422"), "no inputs, no validation error");
    }

    @Test
    void should_name_operations_without_a_name_after_method_and_path_and_leave_out_the_summary() {
        JsonNode op = doc(api("T", "1")
                        .routes(route(GET, "/items/<id>")
                                .param(path("id", int_()))
                                .handle(i -> i)))
                .at("/paths/~1items~1{id}/get");
        assertEquals("get_items__id_", op.get("operationId").asText());
        assertFalse(op.has("summary"));
    }

    @Test
    void should_give_a_fresh_copy_of_the_document_each_time() {
        OpenApi openApi = OpenApi.of(SampleApi.api());
        openApi.document().put("openapi", "changed");
        assertEquals("3.1.0", openApi.document().get("openapi").asText());
        assertEquals(Json.write(openApi.document()), openApi.json());
    }

    private static <T> List<T> list(java.util.Iterator<T> it) {
        var out = new java.util.ArrayList<T>();
        it.forEachRemaining(out::add);
        return out;
    }

    // ---- security -------------------------------------------------------------------------------

    static final SecurityScheme OAUTH2 = new SecurityScheme(
            "OAuth2PasswordBearer",
            Map.of("type", "oauth2", "flows", Map.of("password", Map.of("scopes", Map.of(), "tokenUrl", "token"))));

    /** A scheme's dependency: it reads the request itself, so it adds no parameter. */
    static Dep<String> scheme(SecurityScheme scheme) {
        return dep(request(), r -> "credentials").security(scheme);
    }

    /**
     * The scopes of a use are those required on the way to the scheme ({@code user.scopes("x")}
     * over {@code token.scopes("me")}: x, me); a scheme used several times is one requirement with
     * all their scopes joined in the order met: the API's, the groups', the route's. (FastAPI lists
     * one requirement per distinct scope set, which OpenAPI reads as alternatives: any one would do.)
     */
    @Test
    void should_list_each_security_scheme_once_with_the_scopes_required_on_the_way_to_it() {
        SecurityScheme key = new SecurityScheme("ApiKey", Map.of("type", "apiKey", "in", "header", "name", "X-Key"));
        Dep<String> token = scheme(OAUTH2);
        Dep<String> user = dep(token.scopes("me"), t -> t);
        Api api = api("T", "1")
                .dependencies(token.scopes("b"))
                .group(group("/g")
                        .dependencies(scheme(key))
                        .routes(
                                route(GET, "/a")
                                        .name("a")
                                        .depends(token.scopes("c", "b"))
                                        .depends(user.scopes("x"))
                                        .handle((t, u) -> u),
                                route(GET, "/open").name("open").handle(() -> 1)));
        JsonNode d = doc(api);
        assertEquals(
                Json.tree(List.of(
                        Map.of("OAuth2PasswordBearer", List.of("b", "c", "x", "me")), Map.of("ApiKey", List.of()))),
                d.at("/paths/~1g~1a/get/security"));
        assertEquals(
                Json.tree(List.of(Map.of("OAuth2PasswordBearer", List.of("b")), Map.of("ApiKey", List.of()))),
                d.at("/paths/~1g~1open/get/security"),
                "the API's and the group's schemes guard every route under them");
        assertEquals(
                Json.tree(Map.of("OAuth2PasswordBearer", OAUTH2.openapi(), "ApiKey", key.openapi())),
                d.at("/components/securitySchemes"));
        assertFalse(d.at("/paths/~1g~1a/get/responses").has("422"), "a scheme reading the request is no parameter");
        assertFalse(d.at("/components").has("schemas"), "no schema was needed: " + d.at("/components"));
    }

    /**
     * Data given as {@code Map.of(...)} (extra responses, examples) is written with its members
     * sorted, since its order changes from one JVM run to the next; an ordered map (a scheme, a
     * {@code LinkedHashMap}) keeps its order.
     */
    @Test
    void should_write_the_document_the_same_way_on_every_run() {
        var ordered = new java.util.LinkedHashMap<String, Object>();
        ordered.put("type", "http");
        ordered.put("scheme", "bearer");
        ordered.put("bearerFormat", "JWT");
        Api api = api("T", "1")
                .routes(route(PUT, "/a")
                        .name("a")
                        .response(
                                400,
                                new Operation.ResponseDoc(
                                        "Bad",
                                        null,
                                        Map.of("headers", Map.of("X-B", Map.of("description", "b"), "X-A", Map.of()))))
                        .depends(scheme(new SecurityScheme("S", ordered)))
                        .param(body("n", int_()).examples(Map.of("z", 1, "m", 2, "a", 3)))
                        .handle((t, n) -> t));
        JsonNode d = doc(api);
        assertEquals(
                "{\"type\":\"http\",\"scheme\":\"bearer\",\"bearerFormat\":\"JWT\"}",
                d.at("/components/securitySchemes/S").toString());
        assertEquals(List.of("X-A", "X-B"), fieldNames(d.at("/paths/~1a/put/responses/400/headers")));
        assertEquals(
                List.of("a", "m", "z"),
                fieldNames(d.at("/paths/~1a/put/requestBody/content/application~1json/schema/examples/0")));
    }

    @Test
    void should_refuse_two_different_security_schemes_under_one_name() {
        SecurityScheme other = new SecurityScheme("OAuth2PasswordBearer", Map.of("type", "http", "scheme", "bearer"));
        Api api = api("T", "1")
                .routes(
                        route(GET, "/a").name("a").depends(scheme(OAUTH2)).handle(t -> t),
                        route(GET, "/b").name("b").depends(scheme(other)).handle(t -> t));
        var e = assertThrows(IllegalArgumentException.class, () -> OpenApi.of(api));
        assertTrue(
                e.getMessage().contains("'OAuth2PasswordBearer'")
                        && e.getMessage().contains("GET /a")
                        && e.getMessage().contains("GET /b"),
                e.getMessage());
        Api sameRoute = api("T", "1")
                .routes(route(GET, "/c")
                        .name("c")
                        .depends(scheme(OAUTH2))
                        .depends(scheme(other))
                        .handle((x, y) -> x));
        var inRoute = assertThrows(IllegalArgumentException.class, () -> OpenApi.of(sameRoute));
        assertTrue(inRoute.getMessage().contains("GET /c"), inRoute.getMessage());
    }

    // ---- WebSockets, forms, parameter models ------------------------------------------------------

    @Test
    void should_leave_websocket_routes_out_of_the_document() {
        Api api = api("T", "1")
                .routes(
                        route(WEBSOCKET, "/ws/<id>")
                                .name("ws")
                                .param(path("id", int_()))
                                .handle(id -> id),
                        route(GET, "/ws/<id>")
                                .name("page")
                                .param(path("id", int_()))
                                .handle(id -> id));
        JsonNode paths = doc(api).path("paths");
        assertEquals(List.of("get"), fieldNames(paths.path("/ws/{id}")));
    }

    static List<String> fieldNames(JsonNode node) {
        var out = new java.util.ArrayList<String>();
        node.fieldNames().forEachRemaining(out::add);
        return out;
    }

    public record Upload(String title, dev.flute.dsl.http.Upload file) {}

    /** A form model with a file field is sent as multipart (FastAPI 0.115 says urlencoded, which cannot carry it). */
    @Test
    void should_document_a_form_model_with_a_file_as_multipart() {
        ModelType<Upload> model = model(Upload.class).field("file", uploadFile());
        Api api = api("T", "1")
                .routes(route(POST, "/u").name("u").param(formModel(model)).handle(u -> 1));
        JsonNode d = doc(api);
        JsonNode content = d.at("/paths/~1u/post/requestBody/content");
        assertEquals(List.of("multipart/form-data"), fieldNames(content));
        assertEquals(
                "#/components/schemas/Upload",
                content.at("/multipart~1form-data/schema/$ref").asText());
        assertEquals(
                Json.tree(Map.of("type", "string", "format", "binary", "title", "File")),
                d.at("/components/schemas/Upload/properties/file"));
    }

    @Test
    void should_leave_hidden_form_fields_out_and_read_aliases() {
        Api api = api("T", "1")
                .routes(route(POST, "/f")
                        .name("f")
                        .param(form("shown", str().alias("Shown-Name")))
                        .param(form("secret", str().includeInSchema(false)))
                        .handle((a, b) -> 1));
        JsonNode body = doc(api).at("/components/schemas/Body_f_f_post");
        assertEquals(List.of("Shown-Name"), fieldNames(body.path("properties")));
        assertEquals(Json.tree(List.of("Shown-Name")), body.path("required"));
        assertEquals(
                "application/x-www-form-urlencoded",
                fieldNames(doc(api).at("/paths/~1f/post/requestBody/content")).get(0));
    }

    public record Headers(String save_data, String x_tag) {}

    @Test
    void should_document_each_field_of_a_parameter_model_under_the_name_it_is_read_from() {
        ModelType<Headers> headers =
                model(Headers.class).field("x_tag", str().alias("X-Custom").nullable());
        Api api = api("T", "1")
                .routes(
                        route(GET, "/converted")
                                .name("c")
                                .param(headerModel(headers))
                                .handle(h -> 1),
                        route(GET, "/kept")
                                .name("k")
                                .param(headerModel(headers).keepUnderscores())
                                .handle(h -> 1),
                        route(GET, "/twice")
                                .name("t")
                                .param(queryModel(headers))
                                .param(query("save_data", str().optional()))
                                .handle((h, s) -> 1));
        JsonNode d = doc(api);
        JsonNode converted = d.at("/paths/~1converted/get/parameters");
        assertEquals(List.of("header:save-data", "header:X-Custom"), names(converted));
        assertEquals("Save Data", converted.at("/0/schema/title").asText(), "titled after the field, as Pydantic does");
        assertEquals(List.of("header:save_data", "header:X-Custom"), names(d.at("/paths/~1kept/get/parameters")));
        JsonNode twice = d.at("/paths/~1twice/get/parameters");
        assertEquals(List.of("query:save_data", "query:X-Custom"), names(twice));
        assertTrue(twice.at("/0/required").asBoolean(), "the model's required field wins");
    }

    // ---- types read and written -----------------------------------------------------------------

    public record Price(BigDecimal amount) {}

    /** A model only written keeps its plain name; read and written differently it becomes a pair. */
    @Test
    void should_name_input_and_output_schemas_apart_only_when_both_are_used_and_differ() {
        ModelType<Price> price = model(Price.class);
        Api written =
                api("T", "1").routes(route(GET, "/p").name("p").returns(price).handle(() -> null));
        JsonNode only = doc(written).at("/components/schemas");
        assertEquals(List.of("Price"), fieldNames(only));
        assertEquals(Json.tree(Map.of("type", "string", "title", "Amount")), only.at("/Price/properties/amount"));

        Api both = written.routes(
                route(POST, "/p").name("q").param(body("p", price)).handle(p -> p));
        JsonNode pair = doc(both);
        assertEquals(
                List.of("HTTPValidationError", "Price-Input", "Price-Output", "ValidationError"),
                fieldNames(pair.at("/components/schemas")));
        assertEquals(
                "#/components/schemas/Price-Output",
                pair.at("/paths/~1p/get/responses/200/content/application~1json/schema/$ref")
                        .asText());
        assertEquals(
                "#/components/schemas/Price-Input",
                pair.at("/paths/~1p/post/requestBody/content/application~1json/schema/$ref")
                        .asText());

        ModelType<Headers> plain = model(Headers.class);
        Api same = api("T", "1")
                .routes(
                        route(GET, "/h").name("h").returns(plain).handle(() -> null),
                        route(POST, "/h").name("i").param(body("h", plain)).handle(h -> h));
        assertTrue(doc(same).at("/components/schemas").has("Headers"), "the same both ways: one schema");
    }

    @Test
    void should_flatten_a_nullable_decimal_and_write_literals_as_pydantic() {
        Api api = api("T", "1")
                .routes(route(GET, "/d")
                        .name("d")
                        .param(query("d", decimal().ge(1).nullable()))
                        .param(query("one", literal("x")))
                        .param(query("two", literal("x", "y").withDefault("y")))
                        .handle((d, one, two) -> 1));
        JsonNode params = doc(api).at("/paths/~1d/get/parameters");
        assertEquals(
                Json.tree(Map.of(
                        "anyOf",
                        List.of(
                                Map.of("type", "number", "minimum", 1.0),
                                Map.of("type", "string"),
                                Map.of("type", "null")),
                        "title",
                        "D")),
                params.at("/0/schema"));
        assertEquals(Json.tree(Map.of("type", "string", "const", "x", "title", "One")), params.at("/1/schema"));
        assertEquals(
                Json.tree(Map.of("type", "string", "enum", List.of("x", "y"), "default", "y", "title", "Two")),
                params.at("/2/schema"));
    }

    @Test
    void should_show_body_examples_where_the_body_is_used() {
        Api api = api("T", "1")
                .routes(
                        route(PUT, "/one")
                                .name("one")
                                .param(body("n", int_()).examples(1, 2))
                                .handle(n -> n),
                        route(PUT, "/two")
                                .name("two")
                                .param(body("n", int_()).embed().examples(3))
                                .handle(n -> n));
        JsonNode d = doc(api);
        assertEquals(
                Json.tree(Map.of("type", "integer", "title", "N", "examples", List.of(1, 2))),
                d.at("/paths/~1one/put/requestBody/content/application~1json/schema"));
        assertEquals(Json.tree(List.of(3)), d.at("/components/schemas/Body_two_two_put/properties/n/examples"));
    }
}
