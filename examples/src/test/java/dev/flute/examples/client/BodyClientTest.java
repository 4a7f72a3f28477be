package dev.flute.examples.client;

import static dev.flute.examples.client.LiveExample.await;
import static dev.flute.examples.client.LiveExample.failure;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.flute.client.HttpFailure;
import dev.flute.dsl.Endpoint;
import dev.flute.dsl.types.Partial;
import dev.flute.examples.body.BodyBasic;
import dev.flute.examples.body.BodyMultiple;
import dev.flute.examples.response.ResponseExcludeUnset;
import dev.flute.examples.response.ResponseModelExample;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** JSON bodies and response models of the seed examples, through the typed client on live servers. */
class BodyClientTest {

    static Map<String, Object> item(String name, String description, double price, Double tax) {
        var out = new LinkedHashMap<String, Object>();
        out.put("name", name);
        out.put("description", description);
        out.put("price", price);
        out.put("tax", tax);
        return out;
    }

    @Test
    void body_multiple_nests_each_body_under_its_name() {
        try (var live = LiveExample.start("body-multiple")) {
            Endpoint<Map<String, Object>> update = live.route("PUT /items/{item_id}");
            var answer = await(live.client.call(
                    update,
                    5L,
                    new BodyBasic.Item("Foo", "The pretender", 42.0, 3.2),
                    new BodyMultiple.User("dave", "Dave Grohl")));
            assertEquals(5, answer.get("item_id"));
            assertEquals(item("Foo", "The pretender", 42.0, 3.2), answer.get("item"));
            assertEquals(Map.of("username", "dave", "full_name", "Dave Grohl"), answer.get("user"));
        }
    }

    @Test
    void body_embed_sends_one_body_under_its_name() {
        try (var live = LiveExample.start("body-embed")) {
            Endpoint<Map<String, Object>> update = live.route("PUT /items/{item_id}");
            var answer = await(live.client.call(update, 5L, new BodyBasic.Item("Foo", null, 42.0, null)));
            assertEquals(Map.of("item_id", 5, "item", item("Foo", null, 42.0, null)), answer);
        }
    }

    @Test
    void a_body_off_its_constraints_is_the_server_s_422() {
        try (var live = LiveExample.start("body-embed")) {
            Endpoint<Map<String, Object>> update = live.route("PUT /items/{item_id}");
            var failure =
                    failure(live.client.request(update).path("item_id", "5").send(), HttpFailure.class);
            assertEquals(422, failure.status());
            assertEquals(
                    List.of("body", "item"), failure.validationErrors().get(0).loc());
            assertEquals("missing", failure.validationErrors().get(0).type());
        }
    }

    @Test
    void extra_types_send_a_uuid_date_times_a_duration_and_a_time() {
        try (var live = LiveExample.start("extra-types")) {
            Endpoint<Map<String, Object>> readItems = live.route("PUT /items/{item_id}");
            UUID id = UUID.fromString("3fa85f64-5717-4562-b3fc-2c963f66afa6");
            var start = OffsetDateTime.of(2024, 5, 1, 10, 0, 0, 0, ZoneOffset.ofHours(2));
            var end = OffsetDateTime.of(2024, 5, 1, 12, 30, 0, 0, ZoneOffset.ofHours(2));
            var answer = await(live.client.call(
                    readItems, id, start, end, Duration.ofMinutes(30), LocalTime.of(14, 23, 55, 3_000_000)));
            assertEquals(id.toString(), answer.get("item_id"));
            assertEquals("2024-05-01T10:00:00+02:00", answer.get("start_datetime"));
            assertEquals("2024-05-01T10:30:00+02:00", answer.get("start_process"));
            assertEquals(7200.0, answer.get("duration"));
            assertEquals(1800.0, answer.get("process_after"));
            assertEquals("14:23:55.003000", answer.get("repeat_at"));

            var naive = await(live.client.call(
                    readItems,
                    id,
                    LocalDateTime.of(2024, 5, 1, 10, 0),
                    LocalDateTime.of(2024, 5, 1, 11, 0),
                    Duration.ZERO,
                    null));
            assertEquals(3600.0, naive.get("duration"));
            assertEquals(null, naive.get("repeat_at"));
        }
    }

    @Test
    void response_model_answers_are_read_into_the_records_that_typed_them() {
        try (var live = LiveExample.start("response-model")) {
            Endpoint<ResponseModelExample.Item> create = live.route("POST /items/");
            Endpoint<List<ResponseModelExample.Item>> list = live.route("GET /items/");
            var sent = new ResponseModelExample.Item("Foo", null, 10.5, null, List.of("a"));
            assertEquals(sent, await(live.client.call(create, sent)));
            assertEquals(
                    List.of(
                            new ResponseModelExample.Item("Portal Gun", null, 42.0, null, List.of()),
                            new ResponseModelExample.Item("Plumbus", null, 32.0, null, List.of())),
                    await(live.client.call(list)));
        }
    }

    @Test
    void response_exclude_unset_reads_back_as_a_partial_of_the_fields_sent() {
        try (var live = LiveExample.start("response-exclude-unset")) {
            Endpoint<Partial<ResponseExcludeUnset.Item>> read = live.route("GET /items/{item_id}");
            Partial<ResponseExcludeUnset.Item> foo = await(live.client.call(read, "foo"));
            assertEquals(Set.of("name", "price"), foo.fieldsSet());
            assertEquals(new ResponseExcludeUnset.Item("Foo", null, 50.2, 10.5, List.of()), foo.value());
            Partial<ResponseExcludeUnset.Item> bar = await(live.client.call(read, "bar"));
            assertEquals(Set.of("name", "description", "price", "tax"), bar.fieldsSet());
            assertEquals(20.2, bar.value().tax());

            var unknown = failure(live.client.call(read, "nope"), HttpFailure.class);
            assertEquals(500, unknown.status());
            assertEquals("Internal Server Error", unknown.text());
        }
    }
}
