package dev.flute.client;

import static dev.flute.client.EchoApi.ITEM;
import static dev.flute.client.EchoApi.Item;
import static dev.flute.client.EchoApi.Message;
import static dev.flute.client.EchoApi.NOT_FOUND;
import static dev.flute.dsl.Flute.*;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.flute.dsl.Output;
import dev.flute.dsl.http.ServerSentEvent;
import dev.flute.dsl.http.ValidationError;
import dev.flute.dsl.types.Partial;
import io.vertx.core.MultiMap;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** How an answer's bytes become the declared value, or a typed failure: no server involved. */
class AnswerDecodingTest {
    static final String ROUTE = "GET /x";

    static MultiMap headers(String... namesAndValues) {
        MultiMap out = HttpHeaders.headers();
        for (int i = 0; i < namesAndValues.length; i += 2) out.add(namesAndValues[i], namesAndValues[i + 1]);
        return out;
    }

    static Object decode(Output<?> output, String contentType, String body) {
        return Decoding.body(output, ROUTE, 200, headers("content-type", contentType), Buffer.buffer(body));
    }

    @Nested
    class Json {
        @Test
        void a_model_a_list_a_map_and_scalars_are_read_by_their_type() {
            assertEquals(
                    new Item("Foo", 2.0, null, List.of()),
                    decode(json(ITEM), "application/json", "{\"name\":\"Foo\",\"price\":2}"));
            assertEquals(List.of(1, 2), decode(json(listOf(int_())), "application/json", "[1,\"2\"]"));
            assertEquals(Map.of("a", true), decode(json(mapOf(bool())), "application/json", "{\"a\":true}"));
            assertEquals("x", decode(json(str()), "application/json", "\"x\""));
        }

        @Test
        void null_or_nothing_is_the_absent_value_of_a_type_that_may_be_absent() {
            assertNull(decode(json(str().nullable()), "application/json", "null"));
            assertEquals(Optional.empty(), decode(json(str().optional()), "application/json", "null"));
            assertEquals(Optional.of("x"), decode(json(str().optional()), "application/json", "\"x\""));
            assertEquals(Optional.empty(), decode(json(str().optional()), "application/json", ""));
        }

        @Test
        void a_partial_knows_the_fields_that_were_sent() {
            @SuppressWarnings("unchecked")
            var partial =
                    (Partial<Item>) decode(json(ITEM.partial()), "application/json", "{\"name\":\"A\",\"price\":1}");
            assertEquals(Set.of("name", "price"), partial.fieldsSet());
        }

        @Test
        void an_answer_off_its_type_lists_every_misfit_under_response() {
            var error = assertThrows(
                    ResponseDecodingError.class, () -> decode(json(ITEM), "application/json", "{\"price\":\"cheap\"}"));
            assertEquals(
                    List.of(List.of("response", "name"), List.of("response", "price")),
                    error.errors().stream().map(ValidationError::loc).toList());
            assertEquals(200, error.status());
            assertEquals("{\"price\":\"cheap\"}", error.body().toString());
        }

        @Test
        void malformed_json_and_a_missing_body_are_decoding_errors() {
            var malformed =
                    assertThrows(ResponseDecodingError.class, () -> decode(json(ITEM), "application/json", "{"));
            assertEquals("json_invalid", malformed.errors().get(0).type());
            var missing = assertThrows(ResponseDecodingError.class, () -> decode(json(ITEM), "application/json", ""));
            assertEquals("missing", missing.errors().get(0).type());
        }
    }

    @Nested
    class Others {
        @Test
        void text_is_read_in_its_charset_utf8_by_default() {
            var latin1 = Buffer.buffer("é".getBytes(StandardCharsets.ISO_8859_1));
            assertEquals(
                    "é",
                    Decoding.body(
                            text(), ROUTE, 200, headers("content-type", "text/plain; charset=iso-8859-1"), latin1));
            assertEquals("é", decode(html(), "text/html", "é"));
        }

        @Test
        void bytes_no_content_and_a_redirect() {
            assertArrayEquals(new byte[] {'a', 'b'}, (byte[]) decode(binary("image/png"), "image/png", "ab"));
            assertNull(decode(noContent(), "", ""));
            assertEquals("/next", Decoding.body(redirect(), ROUTE, 307, headers("location", "/next"), Buffer.buffer()));
            var noLocation = assertThrows(
                    ResponseDecodingError.class,
                    () -> Decoding.body(redirect(), ROUTE, 307, headers(), Buffer.buffer()));
            assertEquals(
                    List.of("response", "headers", "location"),
                    noLocation.errors().get(0).loc());
        }

        @Test
        void an_undeclared_output_is_read_by_its_content_type() {
            assertEquals(Map.of("a", List.of(1)), decode(null, "application/json", "{\"a\":[1]}"));
            assertEquals("plain", decode(null, "text/plain; charset=utf-8", "plain"));
            assertArrayEquals(new byte[] {'z'}, (byte[]) decode(null, "application/octet-stream", "z"));
            assertNull(decode(null, "application/json", ""));
        }
    }

    @Nested
    class Failures {
        static HttpFailure failure(int status, String contentType, String body, Output<?> documented) {
            return new HttpFailure(
                    ROUTE, status, headers("content-type", contentType), Buffer.buffer(body), documented);
        }

        @Test
        void a_422_gives_its_validation_errors() {
            var failure = failure(
                    422,
                    "application/json",
                    "{\"detail\":[{\"type\":\"greater_than\",\"loc\":[\"query\",\"n\",0],\"msg\":\"Input should be greater than 0\","
                            + "\"input\":\"-1\",\"ctx\":{\"gt\":0}}]}",
                    null);
            assertEquals(
                    List.of(new ValidationError(
                            "greater_than",
                            List.of("query", "n", 0),
                            "Input should be greater than 0",
                            "-1",
                            Map.of("gt", 0))),
                    failure.validationErrors());
        }

        @Test
        void a_detail_is_any_json_value_and_a_body_without_one_has_none() {
            assertEquals(
                    "Not Found",
                    failure(404, "application/json", "{\"detail\":\"Not Found\"}", null)
                            .detail());
            assertEquals(
                    Map.of("code", 7),
                    failure(400, "application/json", "{\"detail\":{\"code\":7}}", null)
                            .detail());
            var plain = failure(500, "text/plain; charset=utf-8", "Internal Server Error", null);
            assertNull(plain.detail());
            assertEquals("Internal Server Error", plain.text());
            assertEquals(List.of(), plain.validationErrors());
            assertEquals("GET /x answered 500 Internal Server Error: Internal Server Error", plain.getMessage());
        }

        @Test
        void a_documented_status_is_read_by_its_output() {
            var failure = failure(404, "application/json", "{\"message\":\"gone\"}", NOT_FOUND.output());
            assertEquals(new Message("gone"), failure.error());
            assertEquals(Optional.of(new Message("gone")), failure.error(NOT_FOUND));
            assertEquals(
                    Optional.empty(),
                    failure(410, "application/json", "{}", null).error(NOT_FOUND));
            assertNull(failure(404, "application/json", "{}", null).error());
        }

        @Test
        void a_long_body_is_shortened_in_the_message() {
            var failure = failure(500, "text/plain", "x".repeat(1000), null);
            assertTrue(failure.getMessage().endsWith("x..."), failure.getMessage());
            assertTrue(failure.getMessage().length() < 400);
            assertEquals(1000, failure.text().length());
        }
    }

    @Nested
    class Events {
        static <T> List<T> read(EventLines<T> lines, String stream) {
            var out = new ArrayList<T>();
            for (String line : stream.split("\n", -1)) {
                T item = lines.decode(Buffer.buffer(line));
                if (item != null) out.add(item);
            }
            return out;
        }

        @Test
        void each_event_s_data_is_an_item_and_comments_alone_are_no_event() {
            var lines = new EventLines<Item>(ITEM, false, ROUTE, 200);
            assertEquals(
                    List.of(new Item("A", 1, null, List.of()), new Item("B", 2, null, List.of())),
                    read(
                            lines,
                            ": ping\n\ndata: {\"name\": \"A\",\r\ndata: \"price\": 1}\r\n\r\nevent: x\ndata:{\"name\":\"B\",\"price\":2}\n\n"));
        }

        @Test
        void events_with_fields_keep_them_and_raw_data_that_is_no_item() {
            var lines = new EventLines<ServerSentEvent<Object>>(int_(), true, ROUTE, 200);
            assertEquals(
                    List.of(
                            new ServerSentEvent<>(5, null, "tick", "7", 3000, "note"),
                            new ServerSentEvent<>(null, "hello\nworld", null, null, null, null),
                            new ServerSentEvent<>(null, null, "only-type", null, null, null)),
                    read(
                            lines,
                            ": note\nevent: tick\nid: 7\nretry: 3000\ndata: 5\n\n"
                                    + "data: hello\ndata: world\nretry: soon\nunknown: x\n\n"
                                    + ": ping\n\n"
                                    + "event: only-type\nid: bad\0id\n\n"));
        }

        @Test
        void data_that_is_not_an_item_fails_the_plain_stream() {
            var lines = new EventLines<Object>(int_(), false, ROUTE, 200);
            lines.decode(Buffer.buffer("data: nope"));
            assertThrows(ResponseDecodingError.class, () -> lines.decode(Buffer.buffer("")));
            assertNull(lines.decode(Buffer.buffer("")), "the failed event's fields are gone");
        }
    }
}
