package dev.flute.examples.client;

import static dev.flute.examples.client.LiveExample.await;
import static dev.flute.examples.client.LiveExample.failure;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.flute.client.HttpFailure;
import dev.flute.dsl.Endpoint;
import dev.flute.dsl.http.ValidationError;
import dev.flute.examples.params.CookieModel;
import dev.flute.examples.params.HeaderModel;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Path, query, cookie and header inputs of the seed examples, sent by the typed client to live servers. */
class ParamsClientTest {

    @Test
    void path_typed_sends_a_long_and_reads_the_422_of_a_bad_one() {
        try (var live = LiveExample.start("path-typed")) {
            Endpoint<Map<String, Object>> readItem = live.route("GET /items/{item_id}");
            assertEquals(Map.of("item_id", 3), await(live.client.call(readItem, 3L)));

            var failure =
                    failure(live.client.request(readItem).path("item_id", "foo").send(), HttpFailure.class);
            assertEquals(422, failure.status());
            assertEquals(
                    List.of(new ValidationError(
                            "int_parsing",
                            List.of("path", "item_id"),
                            "Input should be a valid integer, unable to parse string as an integer",
                            "foo",
                            null)),
                    failure.validationErrors());
        }
    }

    @Test
    void query_list_repeats_the_parameter() {
        try (var live = LiveExample.start("query-list")) {
            Endpoint<Map<String, Object>> readItems = live.route("GET /items/");
            assertEquals(
                    Map.of("q", List.of("foo", "bar")),
                    await(live.client.call(readItems, Optional.of(List.of("foo", "bar")))));
            var none = new LinkedHashMap<String, Object>();
            none.put("q", null);
            assertEquals(none, await(live.client.call(readItems, Optional.empty())));
        }
    }

    @Test
    void query_validation_gives_the_constraint_in_ctx() {
        try (var live = LiveExample.start("query-validation")) {
            Endpoint<Map<String, Object>> readItems = live.route("GET /items/");
            assertEquals(
                    "fixed",
                    await(live.client.call(readItems, Optional.of("fixed"))).get("q"));

            var failure = failure(live.client.call(readItems, Optional.of("x".repeat(51))), HttpFailure.class);
            ValidationError tooLong = failure.validationErrors().get(0);
            assertEquals("string_too_long", tooLong.type());
            assertEquals(List.of("query", "q"), tooLong.loc());
            assertEquals(Map.of("max_length", 50), tooLong.ctx());
        }
    }

    @Test
    void cookie_model_sends_each_field_as_a_cookie() {
        try (var live = LiveExample.start("cookie-model")) {
            Endpoint<Map<String, Object>> readItems = live.route("GET /items/");
            var sent = new CookieModel.Cookies("abc", null, "g-1");
            var expected = new LinkedHashMap<String, Object>();
            expected.put("session_id", "abc");
            expected.put("fatebook_tracker", null);
            expected.put("googall_tracker", "g-1");
            assertEquals(expected, await(live.client.call(readItems, sent)));

            var missing = failure(live.client.request(readItems).send(), HttpFailure.class);
            assertEquals(
                    List.of("cookie", "session_id"),
                    missing.validationErrors().get(0).loc());
        }
    }

    @Test
    void header_model_sends_underscores_as_hyphens_and_repeats_a_list() {
        try (var live = LiveExample.start("header-model")) {
            Endpoint<Map<String, Object>> readItems = live.route("GET /items/");
            String host = "127.0.0.1:" + live.port();
            var sent = new HeaderModel.CommonHeaders(host, true, null, "00-trace", List.of("a", "b"));
            var expected = new LinkedHashMap<String, Object>();
            expected.put("host", host);
            expected.put("save_data", true);
            expected.put("if_modified_since", null);
            expected.put("traceparent", "00-trace");
            expected.put("x_tag", List.of("a", "b"));
            assertEquals(expected, await(live.client.call(readItems, sent)));
        }
    }
}
