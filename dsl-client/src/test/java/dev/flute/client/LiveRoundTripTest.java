package dev.flute.client;

import static dev.flute.client.Await.all;
import static dev.flute.client.Await.failure;
import static dev.flute.client.Await.result;
import static dev.flute.client.EchoApi.*;
import static dev.flute.dsl.Flute.header;
import static dev.flute.dsl.Flute.str;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.flute.dsl.Endpoint;
import dev.flute.dsl.http.ServerSentEvent;
import dev.flute.dsl.http.Streams;
import dev.flute.dsl.http.ValidationError;
import dev.flute.dsl.types.Partial;
import dev.flute.dsl.vertx.FluteServer;
import dev.flute.dsl.vertx.ServerConfig;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.PoolOptions;
import io.vertx.core.streams.ReadStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The client against a real server on an ephemeral port: every input kind sent through the
 * client reads back, through the server's own decoding, as the value given; every output kind
 * comes back as its declared Java value; error answers come back as typed failures.
 */
class LiveRoundTripTest {
    static Vertx vertx;
    static FluteServer server;
    static FluteClient client;
    static Endpoint<Path> fileRoute;

    @BeforeAll
    static void serve(@TempDir Path dir) throws Exception {
        Path served = Files.writeString(dir.resolve("served.txt"), "file contents\n");
        fileRoute = EchoApi.fileRoute(served);
        vertx = Vertx.vertx();
        var api = EchoApi.app(fileRoute);
        server = result(FluteServer.start(vertx, api, ServerConfig.port(0).host("127.0.0.1")));
        client = FluteClient.of(vertx, "http://127.0.0.1:" + server.port(), api);
    }

    @AfterAll
    static void stop() {
        result(client.close());
        result(server.close());
        result(vertx.close());
    }

    @Nested
    class Inputs {
        @Test
        void path_variables_are_percent_encoded_and_read_back() {
            assertEquals(new PathEcho(42, "a b/c%d/é?#"), result(client.call(PATHS, 42, "a b/c%d/é?#")));
        }

        @Test
        void a_query_model_of_every_scalar_type_reads_back_as_given() {
            var sent = new Scalars(
                    OffsetDateTime.of(2024, 5, 1, 10, 30, 15, 250_000_000, ZoneOffset.ofHours(2)),
                    new BigDecimal("1234.50"),
                    UUID.fromString("0b9d6f3e-2a7c-4c8e-9f6a-3d2b1c0e9f8a"),
                    true,
                    0.1,
                    Color.GREEN,
                    Duration.ofHours(26).plusMillis(5),
                    LocalDate.of(2024, 2, 29),
                    LocalTime.of(23, 59, 1),
                    List.of(3, 1, 2));
            assertEquals(sent, result(client.call(SCALAR_QUERY, sent)));
        }

        @Test
        void lists_repeat_and_absent_values_take_their_defaults() {
            assertEquals(
                    new Query(List.of("a b", "c&d"), 3, "x"),
                    result(client.call(QUERY, Optional.of(List.of("a b", "c&d")), 3, "x")));
            assertEquals(new Query(null, 10, null), result(client.call(QUERY, Optional.empty(), null, null)));
        }

        @Test
        void headers_repeat_and_cookies_go_in_one_header() {
            var sent = new Sent("tok", List.of("a", "b"), "s-1", new Prefs("dark", 12));
            assertEquals(sent, result(client.call(HEADERS, "tok", List.of("a", "b"), "s-1", new Prefs("dark", 12))));
        }

        @Test
        void one_body_is_the_whole_document_and_embed_nests_it() {
            var item = new Item("Foo", 35.4, null, List.of("x"));
            assertEquals(item, result(client.call(ONE_BODY, item)));
            assertEquals(item, result(client.call(EMBEDDED, item)));
        }

        @Test
        void several_bodies_are_keys_of_one_document_with_aliases_on_the_wire() {
            var item = new Item("Foo", 1, 0.5, List.of());
            var user = new User("ann", "Ann Smith");
            assertEquals(new Combined(7, item, user, 5), result(client.call(SEVERAL, 7, item, user, 5)));
        }

        @Test
        void a_partial_body_sends_only_the_fields_it_has() {
            // Unset fields are left out (tags would otherwise arrive as sent), as FastAPI's PATCH reads them.
            var patch = Partial.of(ITEM, new Item("New", 2, null, List.of("kept out")), "name", "price");
            assertEquals(List.of("name", "price"), result(client.call(PATCH_ITEM, 3, patch)));
        }

        @Test
        void form_fields_repeat_and_a_form_model_is_sent_field_by_field() {
            var login = new Login("johndoe", List.of("me", "items"), null);
            assertEquals(login, result(client.call(LOGIN, "johndoe", List.of("me", "items"), null)));
            var remembered = new Login("ann", List.of("x"), "yes");
            assertEquals(remembered, result(client.call(LOGIN_MODEL, remembered)));
        }

        @Test
        void files_go_as_parts_from_bytes_from_a_file_and_as_lists(@TempDir Path dir) throws Exception {
            Path doc = Files.writeString(dir.resolve("doc.txt"), "read from disk");
            var files = result(client.call(
                    UPLOAD,
                    new byte[] {1, 2, 3},
                    FilePart.of(doc, "text/plain"),
                    List.of(FilePart.of("a.bin", null, new byte[] {0}), FilePart.of("b.bin", null, new byte[0])),
                    "a note"));
            assertEquals(
                    new Uploaded(3, "doc.txt", "text/plain", "read from disk", List.of("a.bin", "b.bin"), "a note"),
                    files);
        }

        @Test
        void a_dependency_free_header_can_be_given_by_declaration() {
            var sent = result(client.request(HEADERS)
                    .input(header("x_token", str()), "by-declaration")
                    .header("x-tag", "one", "two")
                    .cookie("session", "s")
                    .input(dev.flute.dsl.Flute.cookieModel(PREFS), new Prefs("light", 1))
                    .send());
            assertEquals(new Sent("by-declaration", List.of("one", "two"), "s", new Prefs("light", 1)), sent);
        }
    }

    @Nested
    class Outputs {
        @Test
        void text_html_and_other_media_types_are_strings_in_their_charset() {
            assertEquals("héllo wörld", result(client.call(TEXT)));
            assertEquals("<b>hi</b>", result(client.call(HTML)));
            assertEquals("<a>1</a>", result(client.call(XML)));
        }

        @Test
        void binary_is_bytes() {
            assertArrayEquals(new byte[] {1, 2, 3, (byte) 255}, result(client.call(BYTES)));
        }

        @Test
        void a_file_is_saved_to_a_temporary_file_the_caller_owns() throws Exception {
            Path saved = result(client.call(fileRoute));
            try {
                assertEquals("file contents\n", Files.readString(saved));
            } finally {
                Files.delete(saved);
            }
        }

        @Test
        void a_stream_is_a_live_read_stream_of_buffers() {
            var chunks = all(result(client.call(STREAM)));
            assertEquals("abcdef", chunks.items().stream().map(Buffer::toString).reduce("", String::concat));
            assertEquals(List.of(), chunks.errors());
        }

        @Test
        void server_sent_events_are_a_stream_of_typed_items() {
            var events = all(result(client.call(EVENTS)));
            assertEquals(
                    List.of(new Item("Foo", 1.5, null, List.of("a")), new Item("Bär", 2, 0.5, List.of())),
                    events.items());
        }

        @Test
        void events_with_their_fields_keep_type_id_retry_comments_and_raw_data() {
            var events = all(result(client.call(EVENT_FIELDS))).items();
            assertEquals(
                    List.of(
                            ServerSentEvent.of("a").event("tick").id("1"),
                            ServerSentEvent.<String>raw("not json").retry(5000),
                            ServerSentEvent.of("two\nlines").withComment("note")),
                    events);
        }

        @Test
        void json_lines_are_a_stream_of_typed_items() {
            var lines = all(result(client.call(LINES)));
            assertEquals(
                    List.of(new Item("A", 1, null, List.of()), new Item("B", 2, 3.0, List.of("x"))), lines.items());
        }

        @Test
        void a_stream_can_be_read_one_item_at_a_time() {
            var stream = result(client.call(LINES));
            var got = new java.util.concurrent.CopyOnWriteArrayList<Item>();
            var ended = new java.util.concurrent.CompletableFuture<Void>();
            stream.pause();
            stream.endHandler(v -> ended.complete(null));
            stream.handler(item -> {
                got.add(item);
                stream.fetch(1);
            });
            stream.fetch(1);
            result(io.vertx.core.Future.fromCompletionStage(ended));
            assertEquals(2, got.size());
        }

        @Test
        void an_endless_stream_is_handed_over_live_and_cancelled_to_free_its_connection() {
            // One connection only: the next call can only be answered once the stream let it go.
            HttpClient one = vertx.createHttpClient(new HttpClientOptions(), new PoolOptions().setHttp1MaxSize(1));
            var single = FluteClient.of(vertx, one, client.baseUrl(), EchoApi.app(fileRoute));
            try {
                ReadStream<Integer> feed = result(single.call(FEED));
                var first = new CompletableFuture<Integer>();
                feed.handler(first::complete);
                assertEquals(0, result(Future.fromCompletionStage(first)));
                result(FluteClient.cancel(feed));
                assertEquals(42, result(single.call(ANSWER)));
            } finally {
                result(one.close());
            }
            assertThrows(IllegalArgumentException.class, () -> FluteClient.cancel(Streams.of(List.of(1))));
        }

        @Test
        void json_values_of_every_shape_are_read_by_their_type() {
            assertEquals(
                    List.of(new Item("A", 1, null, List.of()), new Item("B", 2, null, List.of("t"))),
                    result(client.call(LIST)));
            assertEquals(Map.of("a", 1, "b", 2), result(client.call(COUNTS)));
            assertEquals(42, result(client.call(ANSWER)));
            assertNull(result(client.call(NOTHING)));
            assertEquals(Optional.empty(), result(client.call(MAYBE)));
        }

        @Test
        void an_exclude_unset_answer_reads_as_a_partial_with_the_fields_sent() {
            Partial<Item> partial = result(client.call(PARTIAL));
            assertEquals(java.util.Set.of("name", "price"), partial.fieldsSet());
            assertEquals("Foo", partial.value().name());
        }

        @Test
        void no_content_is_null_and_a_redirect_is_its_url() {
            assertNull(result(client.call(DELETE_ITEM, 3)));
            assertEquals("https://example.com/x?y=1", result(client.call(GO)));
        }

        @Test
        void a_reply_carries_the_status_and_headers() {
            var reply = result(
                    client.request(CREATED, new Item("N", 1, null, List.of())).reply());
            assertEquals(201, reply.status());
            assertEquals("application/json", reply.headers().get("content-type"));
            assertEquals("N", reply.value().name());
        }

        @Test
        void an_undeclared_output_reads_json_as_plain_java() {
            assertEquals(Map.of("a", List.of(1, 2)), result(client.call(UNTYPED)));
        }
    }

    @Nested
    class Errors {
        @Test
        void a_documented_error_is_read_by_its_typed_output() {
            var failure = failure(client.call(THING, 7), HttpFailure.class);
            assertEquals(404, failure.status());
            assertEquals(Optional.of(new Message("no thing 7")), failure.error(NOT_FOUND));
            assertEquals(new Message("no thing 7"), failure.error());
            assertNull(failure.detail());
            assertEquals(new Item("one", 1, null, List.of()), result(client.call(THING, 1)));
        }

        @Test
        void an_http_error_carries_its_detail_and_headers() {
            var failure = failure(client.call(FORBIDDEN), HttpFailure.class);
            assertEquals(403, failure.status());
            assertEquals("Not allowed", failure.detail());
            assertEquals("a test", failure.headers().get("x-why"));
            assertNull(failure.error());
            assertEquals(List.of(), failure.validationErrors());
        }

        @Test
        void a_422_carries_every_validation_error() {
            var failure = failure(
                    client.request(QUERY).query("limit", "ten").query("q", "a").send(), HttpFailure.class);
            assertEquals(422, failure.status());
            assertEquals(
                    List.of(new ValidationError(
                            "int_parsing",
                            List.of("query", "limit"),
                            "Input should be a valid integer, unable to parse string as an integer",
                            "ten",
                            null)),
                    failure.validationErrors());
        }

        @Test
        void a_missing_input_is_the_server_s_to_report() {
            var failure = failure(client.request(HEADERS).send(), HttpFailure.class);
            assertEquals(422, failure.status());
            assertEquals(
                    List.of("missing", "missing", "missing", "missing", "missing"),
                    failure.validationErrors().stream()
                            .map(ValidationError::type)
                            .toList());
        }

        @Test
        void an_undocumented_status_keeps_its_raw_body() {
            var failure = failure(client.call(BROKEN), HttpFailure.class);
            assertEquals(500, failure.status());
            assertEquals("Internal Server Error", failure.text());
            assertTrue(
                    failure.getMessage().startsWith("GET /broken answered 500 Internal Server Error"),
                    failure.getMessage());
        }

        @Test
        void an_answer_off_the_declared_output_is_a_decoding_error() {
            // The same path, declared by a client that expects another output than the server sends.
            Endpoint<Item> mistaken = dev.flute.dsl.Flute.route(dev.flute.dsl.Flute.GET, "/counts")
                    .returns(ITEM)
                    .handle(() -> null);
            var alone = FluteClient.of(vertx, client.baseUrl());
            try {
                var error = failure(alone.call(mistaken), ResponseDecodingError.class);
                assertEquals(200, error.status());
                assertEquals(
                        List.of("missing", "missing"),
                        error.errors().stream().map(ValidationError::type).toList());
                assertEquals(List.of("response", "name"), error.errors().get(0).loc());
            } finally {
                result(alone.close());
            }
        }

        @Test
        void a_refused_connection_fails_the_future() {
            var nowhere = FluteClient.of(vertx, "http://127.0.0.1:1", EchoApi.app(fileRoute));
            try {
                Throwable cause = failure(nowhere.call(ANSWER), Throwable.class);
                assertInstanceOf(Exception.class, cause);
            } finally {
                result(nowhere.close());
            }
        }
    }
}
