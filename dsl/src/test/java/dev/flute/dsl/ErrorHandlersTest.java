package dev.flute.dsl;

import static dev.flute.dsl.Flute.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.mockito.Mockito.mock;

import dev.flute.dsl.http.HttpError;
import dev.flute.dsl.http.Request;
import dev.flute.dsl.http.RequestValidationError;
import dev.flute.dsl.http.Response;
import dev.flute.dsl.http.ValidationError;
import dev.flute.dsl.testing.TestClient;
import io.vertx.core.buffer.Buffer;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * FastAPI's default answers to errors: called as plain functions, and served by a route that
 * declares typed bodies for the same statuses, which FastAPI's {@code {"detail": ...}} answers
 * never go through (FastAPI's {@code responses=} documents them, it does not re-encode them).
 */
class ErrorHandlersTest {
    public record Message(String message) {}

    static final ErrorOutput<Message> NOT_FOUND = error(404, model(Message.class));
    static final ErrorOutput<Message> UNPROCESSABLE = error(422, model(Message.class));

    final Request request = mock(Request.class);

    @Test
    void an_http_error_answers_its_detail_with_its_status_and_headers() throws Exception {
        Response<?> response = ErrorHandlers.HTTP_ERROR.handle(
                request, new HttpError(404, List.of("gone", 7), List.of(Map.entry("x-why", "test"))));
        assertEquals(404, response.status());
        assertEquals("application/json", response.mediaType());
        assertEquals("test", response.header("x-why"));
        assertEquals("{\"detail\":[\"gone\",7]}", body(response));
    }

    @Test
    void an_http_error_without_detail_answers_its_status_phrase() throws Exception {
        assertEquals("{\"detail\":\"Forbidden\"}", body(ErrorHandlers.HTTP_ERROR.handle(request, new HttpError(403))));
    }

    @Test
    void a_validation_error_answers_422_with_every_error_in_fastapis_order_of_keys() throws Exception {
        var errors = List.of(
                new ValidationError("missing", List.of("query", "q"), "Field required", null, null),
                new ValidationError(
                        "greater_than_equal",
                        List.of("path", "id"),
                        "Input should be greater than or equal to 0",
                        "-1",
                        Map.of("ge", 0)));
        Response<?> response = ErrorHandlers.VALIDATION_ERROR.handle(request, new RequestValidationError(errors));
        assertEquals(422, response.status());
        assertEquals(
                "{\"detail\":[{\"type\":\"missing\",\"loc\":[\"query\",\"q\"],\"msg\":\"Field required\",\"input\":null},"
                        + "{\"type\":\"greater_than_equal\",\"loc\":[\"path\",\"id\"],"
                        + "\"msg\":\"Input should be greater than or equal to 0\",\"input\":\"-1\",\"ctx\":{\"ge\":0}}]}",
                body(response));
    }

    @Test
    void a_route_with_typed_errors_still_answers_fastapis_detail_for_the_same_statuses() {
        var api = api("Errors", "1")
                .routes(route(GET, "/items/<id>")
                        .param(path("id", int_().ge(0)))
                        .returns(str())
                        .error(NOT_FOUND)
                        .error(UNPROCESSABLE)
                        .handle(id -> {
                            if (id == 0) throw NOT_FOUND.of(new Message("no item 0"));
                            throw new HttpError(404, "Item not found");
                        }));
        // The route documents Message bodies; the detail answers are undocumented on purpose.
        try (var client = TestClient.of(api).checkResponses(false)) {
            client.get("/items/0").send().assertStatus(404).assertJson("{\"message\":\"no item 0\"}");
            client.get("/items/1").send().assertStatus(404).assertJson("{\"detail\":\"Item not found\"}");
            client.get("/items/-1")
                    .send()
                    .assertStatus(422)
                    .assertJson("{\"detail\":[{\"type\":\"greater_than_equal\",\"loc\":[\"path\",\"id\"],"
                            + "\"msg\":\"Input should be greater than or equal to 0\",\"input\":\"-1\","
                            + "\"ctx\":{\"ge\":0}}]}");
        }
    }

    private static String body(Response<?> response) {
        return ((Buffer) response.body()).toString();
    }
}
