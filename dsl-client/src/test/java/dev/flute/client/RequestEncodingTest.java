package dev.flute.client;

import static dev.flute.client.EchoApi.*;
import static dev.flute.dsl.Flute.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.flute.auth.Auth;
import dev.flute.dsl.Api;
import dev.flute.dsl.Dep;
import dev.flute.dsl.Endpoint;
import dev.flute.dsl.types.Partial;
import io.vertx.core.Vertx;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * What a call puts on the wire, read from the encoded request without sending it: each input
 * kind by the route's declared types, and every mistake refused with a message naming the route.
 */
class RequestEncodingTest {
    static Vertx vertx;
    static FluteClient client;

    @BeforeAll
    static void client() {
        vertx = Vertx.vertx();
        client = FluteClient.of(vertx, "http://127.0.0.1:1/", EchoApi.app(EchoApi.fileRoute(Path.of("x"))));
    }

    @AfterAll
    static void close() {
        Await.result(client.close());
        Await.result(vertx.close());
    }

    static <O> Outgoing encode(Endpoint<O> route, Object... inputs) {
        return client.request(route, inputs).encode();
    }

    static String json(Outgoing out) {
        return assertInstanceOf(Outgoing.JsonBody.class, out.payload()).json().toString();
    }

    @Nested
    class Parameters {
        @Test
        void path_variables_are_one_percent_encoded_segment_and_the_rest_keeps_its_slashes() {
            assertEquals(
                    "/paths/5/a%20b/%C3%A9/%3F%23%25",
                    encode(PATHS, 5, "a b/é/?#%").uri());
        }

        @Test
        void a_path_variable_is_never_empty_nor_two_segments() {
            var route = route(GET, "/users/<name>").param(path("name", str())).handle(n -> n);
            var alone = FluteClient.of(vertx, "http://127.0.0.1:1");
            var refused = assertThrows(IllegalArgumentException.class, () -> alone.request(route, "a/b")
                    .encode());
            assertEquals("GET /users/<name>: path 'name' is one segment: it cannot be 'a/b'", refused.getMessage());
            assertThrows(IllegalArgumentException.class, () -> alone.request(route, "")
                    .encode());
        }

        @Test
        void query_lists_repeat_absent_values_are_left_out_and_defaults_are_not_sent() {
            assertEquals(
                    "/query?q=a%20b&q=c%26d&x=x",
                    encode(QUERY, Optional.of(List.of("a b", "c&d")), null, "x").uri());
            assertEquals(
                    "/query?limit=3", encode(QUERY, Optional.empty(), 3, null).uri());
        }

        @Test
        void a_query_model_sends_each_field_as_its_type_writes_it() {
            var scalars = new Scalars(
                    java.time.OffsetDateTime.of(2024, 5, 1, 10, 30, 0, 0, java.time.ZoneOffset.UTC),
                    new java.math.BigDecimal("1.50"),
                    java.util.UUID.fromString("0b9d6f3e-2a7c-4c8e-9f6a-3d2b1c0e9f8a"),
                    false,
                    2.5,
                    Color.RED,
                    java.time.Duration.ofSeconds(90),
                    java.time.LocalDate.of(2024, 1, 31),
                    java.time.LocalTime.NOON,
                    List.of(1, 2));
            assertEquals(
                    "/scalars?when=2024-05-01T10%3A30%3A00Z&amount=1.50&id=0b9d6f3e-2a7c-4c8e-9f6a-3d2b1c0e9f8a"
                            + "&flag=false&ratio=2.5&color=RED&delay=PT1M30S&day=2024-01-31&at=12%3A00%3A00"
                            + "&numbers=1&numbers=2",
                    encode(SCALAR_QUERY, scalars).uri());
        }

        @Test
        void headers_repeat_as_lines_and_cookies_share_one_header() {
            var out = encode(HEADERS, "tok", List.of("a", "b"), "s-1", new Prefs("dark", 12));
            assertEquals("tok", out.headers().get("x-token"));
            assertEquals(List.of("a", "b"), out.headers().getAll("x-tag"));
            assertEquals("session=s-1; theme=dark; size=12", out.headers().get("cookie"));
            assertInstanceOf(Outgoing.NoBody.class, out.payload());
        }

        @Test
        void a_value_the_server_would_read_back_differently_is_refused() {
            var semicolon = assertThrows(
                    IllegalArgumentException.class,
                    () -> encode(HEADERS, "tok", List.of(), "a;b", new Prefs("dark", 1)));
            assertEquals(
                    "GET /headers: cookie 'session' cannot carry 'a;b': a cookie value has no ';', no surrounding spaces or quotes",
                    semicolon.getMessage());
            assertThrows(
                    IllegalArgumentException.class,
                    () -> encode(HEADERS, "two\r\nlines", List.of(), "s", new Prefs("dark", 1)));
        }
    }

    @Nested
    class Bodies {
        @Test
        void one_body_is_the_whole_document() {
            assertEquals(
                    "{\"name\":\"Foo\",\"price\":35.4,\"tax\":null,\"tags\":[\"x\"]}",
                    json(encode(ONE_BODY, new Item("Foo", 35.4, null, List.of("x")))));
        }

        @Test
        void an_embedded_body_is_a_key() {
            assertEquals(
                    "{\"item\":{\"name\":\"Foo\",\"price\":1.0,\"tax\":null,\"tags\":[]}}",
                    json(encode(EMBEDDED, new Item("Foo", 1, null, List.of()))));
        }

        @Test
        void several_bodies_are_keys_and_fields_go_by_their_aliases() {
            assertEquals(
                    "{\"item\":{\"name\":\"Foo\",\"price\":1.0,\"tax\":0.5,\"tags\":[]},"
                            + "\"user\":{\"username\":\"ann\",\"full-name\":\"Ann Smith\"},\"importance\":5}",
                    json(encode(SEVERAL, 7, new Item("Foo", 1, 0.5, List.of()), new User("ann", "Ann Smith"), 5)));
        }

        @Test
        void a_partial_sends_only_its_set_fields() {
            var patch = Partial.of(ITEM, new Item("New", 2, null, List.of("t")), "name");
            assertEquals("{\"name\":\"New\"}", json(encode(PATCH_ITEM, 3, patch)));
        }

        @Test
        void a_body_that_does_not_fit_its_type_is_refused_before_anything_is_sent() {
            var refused = assertThrows(
                    IllegalArgumentException.class,
                    () -> encode(SEVERAL, 1, new Item(null, 1, null, List.of()), new User(null, null), 1));
            assertEquals(
                    "body 'item' does not fit its type: name: Input should be a valid string (got null)",
                    refused.getMessage());
        }

        @Test
        void a_request_body_is_json_or_a_form_never_both() {
            var refused = assertThrows(
                    IllegalArgumentException.class, () -> client.request(ONE_BODY, new Item("a", 1, null, List.of()))
                            .form("extra", "x")
                            .encode());
            assertTrue(
                    refused.getMessage().startsWith("POST /items: a request body is JSON or a form"),
                    refused.getMessage());
        }
    }

    @Nested
    class Forms {
        @Test
        void fields_repeat_and_an_urlencoded_form_has_no_files() {
            var form = assertInstanceOf(
                    Outgoing.FormBody.class,
                    encode(LOGIN, "johndoe", List.of("me", "items"), null).payload());
            assertEquals(
                    List.of(Map.entry("username", "johndoe"), Map.entry("scopes", "me"), Map.entry("scopes", "items")),
                    form.fields());
            assertEquals(false, form.multipart());
        }

        @Test
        void a_form_model_sends_each_field() {
            var form = assertInstanceOf(
                    Outgoing.FormBody.class,
                    encode(LOGIN_MODEL, new Login("ann", List.of("x"), "yes")).payload());
            assertEquals(
                    List.of(Map.entry("username", "ann"), Map.entry("scopes", "x"), Map.entry("remember", "yes")),
                    form.fields());
        }

        @Test
        void files_are_parts_named_by_their_input_and_bytes_by_their_field() {
            var doc = FilePart.of(Path.of("/tmp/doc.txt"), "text/plain");
            var form = assertInstanceOf(
                    Outgoing.FormBody.class,
                    encode(UPLOAD, new byte[] {1}, doc, List.of(FilePart.of("a.bin", null, new byte[0])), "n")
                            .payload());
            assertTrue(form.multipart());
            assertEquals(List.of(Map.entry("note", "n")), form.fields());
            assertEquals(
                    List.of("raw", "doc", "many"),
                    form.files().stream().map(Map.Entry::getKey).toList());
            FilePart raw = form.files().get(0).getValue();
            assertEquals("raw", raw.filename());
            assertEquals(FilePart.OCTET_STREAM, raw.contentType());
            assertEquals(doc, form.files().get(1).getValue());
            assertEquals("a.bin", form.files().get(2).getValue().filename());
        }

        @Test
        void a_file_input_refuses_what_is_not_a_file() {
            var refused = assertThrows(
                    IllegalArgumentException.class,
                    () -> encode(UPLOAD, new byte[] {1}, new byte[0], List.of("not a file"), "n"));
            assertEquals("file 'many' takes a FilePart, a byte[] or an Upload, not String", refused.getMessage());
        }
    }

    @Nested
    class Mistakes {
        @Test
        void the_wrong_number_of_inputs_names_what_the_route_takes() {
            var refused = assertThrows(IllegalArgumentException.class, () -> client.call(QUERY, Optional.empty()));
            assertEquals(
                    "GET /query takes 3 inputs, in order: query 'q' (Optional<List<String>>), query 'limit' (Integer), "
                            + "query 'x' (String); it was given 1. A dependency's inputs are given with "
                            + "request(route).input(...) or with(...)",
                    refused.getMessage());
            assertThrows(IllegalArgumentException.class, () -> client.call(ANSWER, 1));
        }

        @Test
        void a_value_of_another_class_is_refused() {
            var refused = assertThrows(IllegalArgumentException.class, () -> client.request(PATHS, 5L, "x"));
            assertEquals("GET /paths/<id>/<rest:path>: path 'id' takes Integer, not Long 5", refused.getMessage());
        }

        @Test
        void null_is_refused_where_a_value_is_required() {
            var refused = assertThrows(IllegalArgumentException.class, () -> client.request(PATHS, null, "x"));
            assertEquals(
                    "GET /paths/<id>/<rest:path>: path 'id' is required, so it cannot be null", refused.getMessage());
        }

        @Test
        void an_input_the_route_does_not_read_is_refused_with_what_it_reads() {
            var refused = assertThrows(
                    IllegalArgumentException.class, () -> client.request(QUERY).input(header("x_token", str()), "t"));
            assertEquals(
                    "GET /query reads no header 'x-token'; it reads query 'q', query 'limit', query 'x'",
                    refused.getMessage());
        }

        @Test
        void a_dependency_is_the_server_s_to_compute() {
            Dep<String> dep = dep(query("q", str()), q -> q);
            assertThrows(
                    IllegalArgumentException.class, () -> client.request(QUERY).input(dep, "x"));
        }

        @Test
        void a_path_variable_left_out_is_named() {
            var refused = assertThrows(
                    IllegalArgumentException.class,
                    () -> client.request(PATHS).path("rest", "x").encode());
            assertEquals("GET /paths/<id>/<rest:path>: path 'id' is not given", refused.getMessage());
            assertThrows(
                    IllegalArgumentException.class, () -> client.request(PATHS).path("nope", "x"));
        }

        @Test
        void a_route_outside_the_client_s_api_is_refused() {
            var other = route(GET, "/other").handle(() -> "x");
            var refused = assertThrows(IllegalArgumentException.class, () -> client.request(other));
            assertEquals("GET /other is not a route of the API Echo this client was made for", refused.getMessage());
        }

        @Test
        void a_websocket_route_is_not_called_over_http() {
            var ws = route(WEBSOCKET, "/ws").handle(() -> null);
            var alone = FluteClient.of(vertx, "http://127.0.0.1:1");
            assertThrows(IllegalArgumentException.class, () -> alone.request(ws));
        }

        @Test
        void a_base_url_is_an_http_url() {
            assertThrows(IllegalArgumentException.class, () -> FluteClient.of(vertx, "localhost:8000"));
            assertThrows(IllegalArgumentException.class, () -> FluteClient.of(vertx, "http://h/?q=1"));
            assertEquals("http://h/api", FluteClient.of(vertx, "http://h/api/").baseUrl());
        }
    }

    @Nested
    class Defaults {
        static final Dep<String> TOKEN = dep(header("x_token", str()), t -> t);
        static final Endpoint<Object> GUARDED =
                route(GET, "/<id>").param(path("id", int_())).depends(TOKEN).handle((i, t) -> t);
        static final Endpoint<Object> OPEN = route(GET, "/open/").handle(() -> "open");
        static final Api GROUPED = api("Grouped", "1").group(group("/items").routes(GUARDED, OPEN));

        @Test
        void a_group_s_prefix_comes_from_the_api() {
            var grouped = FluteClient.of(vertx, "http://h/api", GROUPED);
            assertEquals("/items/3", grouped.request(GUARDED, 3).encode().uri());
        }

        @Test
        void a_default_input_goes_only_to_the_routes_that_read_it_and_a_call_s_own_wins() {
            var withToken = FluteClient.of(vertx, "http://h", GROUPED).with(header("x_token", str()), "default");
            assertEquals(
                    "default", withToken.request(GUARDED, 3).encode().headers().get("x-token"));
            assertNull(withToken.request(OPEN).encode().headers().get("x-token"));
            assertEquals(
                    "own",
                    withToken
                            .request(GUARDED, 3)
                            .header("X-Token", "own")
                            .encode()
                            .headers()
                            .get("x-token"));
        }

        @Test
        void raw_headers_and_cookies_go_on_every_call() {
            var tagged = FluteClient.of(vertx, "http://h", GROUPED)
                    .withHeader("X-Trace", "t1")
                    .withCookie("c", "v");
            var out = tagged.request(OPEN).encode();
            assertEquals("t1", out.headers().get("x-trace"));
            assertEquals("c=v", out.headers().get("cookie"));
        }
    }

    @Nested
    class Credentials {
        static final Endpoint<Object> BEARER = route(GET, "/bearer")
                .depends(Auth.oauth2PasswordBearer("token").dep())
                .handle(t -> t);
        static final Endpoint<Object> BASIC =
                route(GET, "/basic").depends(Auth.httpBasic().dep()).handle(c -> c.username());
        static final Endpoint<Object> KEY_IN_QUERY =
                route(GET, "/query-key").depends(Auth.apiKeyQuery("key").dep()).handle(k -> k);
        static final Endpoint<Object> KEY_IN_COOKIE = route(GET, "/cookie-key")
                .depends(Auth.apiKeyCookie("key").dep())
                .handle(k -> k);
        static final Endpoint<Object> PUBLIC = route(GET, "/public").handle(() -> "x");
        static final Api SECURED = api("Secured", "1").routes(BEARER, BASIC, KEY_IN_QUERY, KEY_IN_COOKIE, PUBLIC);

        @Test
        void each_credential_goes_where_the_route_s_scheme_takes_it_and_nowhere_else() {
            var signed = FluteClient.of(vertx, "http://h", SECURED)
                    .withBearer("tok")
                    .withBasic("ann", "pw")
                    .withApiKey("k1");
            assertEquals("Bearer tok", signed.request(BEARER).encode().headers().get("authorization"));
            assertEquals(
                    "Basic YW5uOnB3", signed.request(BASIC).encode().headers().get("authorization"));
            assertEquals(
                    "/query-key?key=k1", signed.request(KEY_IN_QUERY).encode().uri());
            assertEquals(
                    "key=k1", signed.request(KEY_IN_COOKIE).encode().headers().get("cookie"));
            var open = signed.request(PUBLIC).encode();
            assertTrue(open.headers().isEmpty(), open.headers().toString());
        }
    }
}
