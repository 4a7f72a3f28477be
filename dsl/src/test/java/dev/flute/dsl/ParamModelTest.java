package dev.flute.dsl;

import static dev.flute.dsl.Flute.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.flute.dsl.fn.Fn1;
import dev.flute.dsl.testing.TestClient;
import dev.flute.dsl.types.ModelType;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/** Query, header and cookie models, FastAPI 0.115's {@code Annotated[Model, Query()]} and friends. */
class ParamModelTest {
    public record Filter(int limit, String order_by, List<String> tags) {}

    public record Headers(String user_agent, boolean save_data, List<Integer> x_tag) {}

    public record Session(String session_id, String theme, Set<String> flags) {}

    static final ModelType<Filter> FILTER = model(Filter.class)
            .field("limit", int_().gt(0).le(100).withDefault(100))
            .field("order_by", literal("created_at", "updated_at").withDefault("created_at"))
            .field("tags", listOf(str()).withDefault(List.of()));

    static final ModelType<Headers> HEADERS =
            model(Headers.class).field("x_tag", listOf(int_()).withDefault(List.of()));

    static final ModelType<Session> SESSION = model(Session.class)
            .field("theme", str().nullable())
            .field("flags", setOf(str()).withDefault(Set.of()));

    static final Fn1<Filter, Object> ECHO = filter -> filter;

    static final Api API = api("t", "1")
            .routes(
                    route(GET, "/open").param(queryModel(FILTER)).handle(ECHO),
                    route(GET, "/closed")
                            .param(queryModel(FILTER.forbidExtra()))
                            .handle(ECHO),
                    route(GET, "/headers").param(headerModel(HEADERS)).handle(h -> h),
                    route(GET, "/raw-headers")
                            .param(headerModel(HEADERS).keepUnderscores())
                            .handle(h -> h),
                    route(GET, "/session").param(cookieModel(SESSION)).handle(s -> s),
                    route(POST, "/mixed")
                            .param(queryModel(FILTER.forbidExtra()))
                            .param(body("x", int_()).embed())
                            .handle((f, x) -> f));

    static final TestClient CLIENT = TestClient.of(API);

    @AfterAll
    static void close() {
        CLIENT.close();
    }

    @Test
    void handler_is_a_plain_function_of_the_model() throws Exception {
        assertEquals(new Filter(5, "created_at", List.of()), ECHO.apply(new Filter(5, "created_at", List.of())));
    }

    @Test
    void should_fill_defaults_and_read_repeated_values_as_a_list() {
        CLIENT.get("/open")
                .send()
                .assertStatus(200)
                .assertJson("{\"limit\":100,\"order_by\":\"created_at\",\"tags\":[]}");
        CLIENT.get("/open?limit=7&limit=9&tags=a&tags=b&order_by=updated_at")
                .send()
                .assertStatus(200)
                .assertJson("{\"limit\":9,\"order_by\":\"updated_at\",\"tags\":[\"a\",\"b\"]}");
    }

    @Test
    void should_ignore_extra_parameters_unless_the_model_forbids_them() {
        CLIENT.get("/open?foo=1").send().assertStatus(200);
        CLIENT.get("/closed?limit=0&foo=1&foo=2&bar=x")
                .send()
                .assertStatus(422)
                .assertJson(
                        "{\"detail\":["
                                + "{\"type\":\"greater_than\",\"loc\":[\"query\",\"limit\"],\"msg\":\"Input should be greater than 0\",\"input\":\"0\",\"ctx\":{\"gt\":0}},"
                                + "{\"type\":\"extra_forbidden\",\"loc\":[\"query\",\"foo\"],\"msg\":\"Extra inputs are not permitted\",\"input\":\"2\"},"
                                + "{\"type\":\"extra_forbidden\",\"loc\":[\"query\",\"bar\"],\"msg\":\"Extra inputs are not permitted\",\"input\":\"x\"}]}");
    }

    @Test
    void should_refuse_a_value_outside_the_literal() {
        CLIENT.get("/open?order_by=name")
                .send()
                .assertStatus(422)
                .assertJson("{\"detail\":[{\"type\":\"literal_error\",\"loc\":[\"query\",\"order_by\"],"
                        + "\"msg\":\"Input should be 'created_at' or 'updated_at'\",\"input\":\"name\","
                        + "\"ctx\":{\"expected\":\"'created_at' or 'updated_at'\"}}]}");
    }

    @Test
    void should_report_model_errors_with_the_other_inputs_errors() {
        CLIENT.post("/mixed?bar=1")
                .json("{\"x\":\"no\"}")
                .send()
                .assertStatus(422)
                .assertJson(
                        "{\"detail\":["
                                + "{\"type\":\"extra_forbidden\",\"loc\":[\"query\",\"bar\"],\"msg\":\"Extra inputs are not permitted\",\"input\":\"1\"},"
                                + "{\"type\":\"int_parsing\",\"loc\":[\"body\",\"x\"],\"msg\":\"Input should be a valid integer, unable to parse string as an integer\",\"input\":\"no\"}]}");
    }

    @Test
    void should_read_header_fields_with_hyphens_ignoring_case() {
        CLIENT.get("/headers")
                .header("User-Agent", "probe")
                .header("SAVE-DATA", "on")
                .header("x-tag", "1")
                .header("X-Tag", "2")
                .send()
                .assertStatus(200)
                .assertJson("{\"user_agent\":\"probe\",\"save_data\":true,\"x_tag\":[1,2]}");
    }

    @Test
    void should_report_each_bad_repetition_with_its_index() {
        CLIENT.get("/headers")
                .header("user-agent", "probe")
                .header("save-data", "1")
                .header("x-tag", "1")
                .header("x-tag", "two")
                .send()
                .assertStatus(422)
                .assertJson(
                        "{\"detail\":[{\"type\":\"int_parsing\",\"loc\":[\"header\",\"x_tag\",1],"
                                + "\"msg\":\"Input should be a valid integer, unable to parse string as an integer\",\"input\":\"two\"}]}");
    }

    @Test
    void should_show_what_was_collected_when_a_field_is_missing() {
        // As FastAPI: the fields found, the defaults that are not None, and every other header.
        CLIENT.get("/headers")
                .header("user-agent", "probe")
                .header("X-Other", "o")
                .send()
                .assertStatus(422)
                .assertJson(
                        "{\"detail\":[{\"type\":\"missing\",\"loc\":[\"header\",\"save_data\"],\"msg\":\"Field required\","
                                + "\"input\":{\"user_agent\":\"probe\",\"x_tag\":[],\"host\":\"testserver\",\"x-other\":\"o\"}}]}");
    }

    @Test
    void should_keep_underscores_when_asked() {
        CLIENT.get("/raw-headers")
                .header("user_agent", "probe")
                .header("save_data", "no")
                .send()
                .assertStatus(200)
                .assertJson("{\"user_agent\":\"probe\",\"save_data\":false,\"x_tag\":[]}");
    }

    @Test
    void should_read_cookies_by_exact_name() {
        CLIENT.get("/session")
                .cookie("session_id", "abc")
                .cookie("Theme", "dark")
                .send()
                .assertStatus(200)
                .assertJson("{\"session_id\":\"abc\",\"theme\":null,\"flags\":[]}");
        CLIENT.get("/session")
                .cookie("theme", "dark")
                .send()
                .assertStatus(422)
                .assertJson("{\"detail\":[{\"type\":\"missing\",\"loc\":[\"cookie\",\"session_id\"],"
                        + "\"msg\":\"Field required\",\"input\":{\"theme\":\"dark\",\"flags\":[]}}]}");
    }

    @Test
    void should_refuse_a_cookie_for_a_collection_field_as_pydantic_does() {
        CLIENT.get("/session")
                .cookie("session_id", "abc")
                .cookie("flags", "a")
                .send()
                .assertStatus(422)
                .assertJson("{\"detail\":[{\"type\":\"set_type\",\"loc\":[\"cookie\",\"flags\"],"
                        + "\"msg\":\"Input should be a valid set\",\"input\":\"a\"}]}");
    }

    @Test
    void should_refuse_a_path_model() {
        assertThrows(IllegalArgumentException.class, () -> new ParamModel<>(Param.In.PATH, FILTER, false));
    }
}
