package dev.flute.dsl;

import static dev.flute.dsl.Flute.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.flute.dsl.fn.Fn1;
import dev.flute.dsl.http.Cookie;
import dev.flute.dsl.http.Response;
import dev.flute.dsl.http.Streams;
import dev.flute.dsl.testing.TestClient;
import dev.flute.dsl.types.ModelType;
import dev.flute.dsl.types.Partial;
import io.vertx.core.Future;
import io.vertx.core.buffer.Buffer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * A route's declared output decides the bytes, the content type and the status it sends: one
 * route per kind of output, each checked on the wire (through the test client) and, where the
 * handler is a plain function, called directly.
 */
class OutputsTest {
    public record Person(String fullName, int age, String nickname) {}

    public record Message(String message) {}

    static final ModelType<Person> PERSON = model(Person.class).snakeCase().field("nickname", str().nullable());
    static final ErrorOutput<Message> NOT_FOUND = error(404, model(Message.class));
    static final Person ADA = new Person("Ada Lovelace", 36, null);
    static final Path COVER = cover();

    static final Endpoint<Person> ECHO =
            route(POST, "/people").param(body(PERSON)).returns(PERSON).handle(person -> person);
    static final Endpoint<Person> READ = route(GET, "/people/<id>")
            .param(path("id", int_()))
            .returns(PERSON)
            .error(NOT_FOUND)
            .handle(id -> {
                if (id != 1) throw NOT_FOUND.of(new Message("No person " + id));
                return ADA;
            });

    static final Api API = api("Outputs", "1")
            .routes(
                    ECHO,
                    READ,
                    route(GET, "/list").returns(listOf(PERSON)).handle(() -> List.of(ADA, ADA)),
                    route(GET, "/map").returns(mapOf(PERSON)).handle(() -> Map.of("ada", ADA)),
                    route(GET, "/scalar").returns(int_()).handle(() -> 42),
                    route(GET, "/text").returns(text()).handle(() -> "héllo"),
                    route(GET, "/html").returns(html()).handle(() -> "<h1>Hi</h1>"),
                    route(GET, "/xml")
                            .returns(mediaType("application/xml", str()))
                            .handle(() -> "<shampoo/>"),
                    route(GET, "/png").returns(binary("image/png")).handle(() -> new byte[] {(byte) 0x89, 'P'}),
                    route(GET, "/cover").returns(filePath("image/png")).handle(() -> COVER),
                    route(GET, "/csv")
                            .returns(stream("text/csv"))
                            .handle(() -> Streams.of(List.of(Buffer.buffer("a,b\n"), Buffer.buffer("1,2\n")))),
                    route(GET, "/events").returns(sse(PERSON)).handle(() -> Streams.of(List.of(ADA))),
                    route(GET, "/lines").returns(jsonLines(int_())).handle(() -> Streams.of(List.of(1, 2))),
                    route(DELETE, "/people/<id>")
                            .param(path("id", int_()))
                            .returns(noContent())
                            .handle(id -> null),
                    route(GET, "/old").returns(redirect()).handle(() -> "/people/1"),
                    route(PUT, "/people/<id>")
                            .param(path("id", int_()))
                            .param(body(PERSON))
                            .returns(PERSON)
                            .respond((id, person) -> Response.ok(person)
                                    .status(201)
                                    .header("X-Created", String.valueOf(id))
                                    .cookie(Cookie.of("last", String.valueOf(id)))),
                    route(GET, "/later").returns(PERSON).handleAsync(() -> Future.succeededFuture(ADA)),
                    route(GET, "/created").status(201).returns(PERSON).respond(() -> Response.ok(ADA)
                            .header("X-Status", "route's")),
                    route(GET, "/slim")
                            .returns(json(PERSON).excludeNone().exclude("age"))
                            .handle(() -> ADA),
                    route(PATCH, "/people/1")
                            .param(body(PERSON.partial()))
                            .returns(json(PERSON.partial()).excludeUnset())
                            .handle(patch -> patch),
                    route(GET, "/broken").returns(PERSON).handle(() -> new Person(null, 1, null)));

    static final TestClient client = TestClient.of(API);

    @AfterAll
    static void close() {
        client.close();
    }

    private static Path cover() {
        try {
            Path file = Files.createTempFile("flute-cover", ".png");
            file.toFile().deleteOnExit();
            return Files.write(file, new byte[] {1, 2, 3, 4, 5, 6, 7, 8});
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void a_handler_is_a_plain_function_returning_its_declared_type() throws Exception {
        @SuppressWarnings("unchecked")
        var read = (Fn1<Integer, Person>) READ.handler();
        assertEquals(ADA, read.apply(1));
    }

    @Test
    void a_model_is_written_by_its_wire_names_and_read_back_by_them() {
        client.post("/people")
                .json("{\"full_name\":\"Grace\",\"age\":85}")
                .send()
                .assertStatus(200)
                .assertHeader("content-type", "application/json")
                .assertJson("{\"full_name\":\"Grace\",\"age\":85,\"nickname\":null}");
    }

    @Test
    void lists_maps_and_scalars_are_json_of_their_items() {
        String ada = "{\"full_name\":\"Ada Lovelace\",\"age\":36,\"nickname\":null}";
        client.get("/list").send().assertStatus(200).assertJson("[" + ada + "," + ada + "]");
        client.get("/map").send().assertStatus(200).assertJson("{\"ada\":" + ada + "}");
        client.get("/scalar").send().assertStatus(200).assertText("42");
    }

    @Test
    void text_html_and_other_media_types_are_sent_as_they_are() {
        client.get("/text")
                .send()
                .assertStatus(200)
                .assertHeader("content-type", "text/plain; charset=utf-8")
                .assertText("héllo");
        client.get("/html")
                .send()
                .assertHeader("content-type", "text/html; charset=utf-8")
                .assertText("<h1>Hi</h1>");
        client.get("/xml")
                .send()
                .assertHeader("content-type", "application/xml")
                .assertText("<shampoo/>");
        var png = client.get("/png").send().assertStatus(200).assertHeader("content-type", "image/png");
        assertEquals(2, png.bytes().length);
    }

    @Test
    void a_file_is_sent_with_its_declared_type_and_honours_ranges() {
        var whole = client.get("/cover").send().assertStatus(200).assertHeader("content-type", "image/png");
        assertEquals(8, whole.bytes().length);
        var part = client.get("/cover").header("Range", "bytes=2-4").send().assertStatus(206);
        assertEquals(List.of((byte) 3, (byte) 4, (byte) 5), List.of(part.bytes()[0], part.bytes()[1], part.bytes()[2]));
    }

    @Test
    void streams_events_and_lines_write_their_items_as_they_come() {
        client.get("/csv")
                .send()
                .assertStatus(200)
                .assertHeader("content-type", "text/csv; charset=utf-8")
                .assertText("a,b\n1,2\n");
        client.get("/events")
                .send()
                .assertStatus(200)
                .assertHeader("content-type", "text/event-stream; charset=utf-8")
                .assertText("data: {\"full_name\":\"Ada Lovelace\",\"age\":36,\"nickname\":null}\n\n");
        client.get("/lines")
                .send()
                .assertHeader("content-type", "application/jsonl")
                .assertText("1\n2\n");
    }

    @Test
    void no_content_is_204_without_a_body_and_a_redirect_is_307() {
        var deleted = client.delete("/people/1").send().assertStatus(204);
        assertEquals(0, deleted.bytes().length);
        assertNull(deleted.header("content-type"));
        client.get("/old").send().assertStatus(307).assertHeader("location", "/people/1");
    }

    @Test
    void a_response_carries_status_headers_and_cookies_beside_its_typed_value() {
        var created = client.put("/people/7")
                .json("{\"full_name\":\"Grace\",\"age\":85}")
                .checkResponse(false) // a status the route does not document, on purpose
                .send()
                .assertStatus(201)
                .assertHeader("x-created", "7")
                .assertJson("{\"full_name\":\"Grace\",\"age\":85,\"nickname\":null}");
        assertTrue(created.header("set-cookie").startsWith("last=7"), created.header("set-cookie"));
        client.get("/created").send().assertStatus(201).assertHeader("x-status", "route's");
        client.get("/later")
                .send()
                .assertStatus(200)
                .assertJson("{\"full_name\":\"Ada Lovelace\",\"age\":36,\"nickname\":null}");
    }

    @Test
    void json_options_leave_fields_out_as_fastapi_does() {
        client.get("/slim").send().assertJson("{\"full_name\":\"Ada Lovelace\"}");
        client.patch("/people/1")
                .json("{\"full_name\":\"Ada\",\"age\":37}")
                .send()
                .assertStatus(200)
                .assertJson("{\"full_name\":\"Ada\",\"age\":37}");
        client.patch("/people/1")
                .json("{\"nickname\":null,\"full_name\":\"Ada\",\"age\":1}")
                .send()
                .assertJson("{\"full_name\":\"Ada\",\"age\":1,\"nickname\":null}");
    }

    @Test
    void a_typed_error_is_sent_with_its_own_body() {
        client.get("/people/2").send().assertStatus(404).assertJson("{\"message\":\"No person 2\"}");
        client.get("/people/x")
                .send()
                .assertStatus(422)
                .assertJson("{\"detail\":[{\"type\":\"int_parsing\",\"loc\":[\"path\",\"id\"],"
                        + "\"msg\":\"Input should be a valid integer, unable to parse string as an integer\","
                        + "\"input\":\"x\"}]}");
    }

    @Test
    void a_value_that_does_not_fit_its_declared_type_is_a_server_error() {
        client.get("/broken").checkResponse(false).send().assertStatus(500).assertText("Internal Server Error");
    }

    @Test
    void partial_values_built_in_code_write_only_what_was_set() {
        var patch = Partial.of(PERSON, new Person("Ada", 0, null), "fullName");
        var out = new LinkedHashMap<String, Object>();
        out.put("full_name", "Ada");
        assertEquals(out, Json.encodable(PERSON.partial().toJson(patch)));
    }
}
