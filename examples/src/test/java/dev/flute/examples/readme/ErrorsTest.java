package dev.flute.examples.readme;

import static dev.flute.dsl.Flute.*;

import dev.flute.dsl.Api;
import dev.flute.dsl.Endpoint;
import dev.flute.dsl.ErrorHandlers;
import dev.flute.dsl.ErrorOutput;
import dev.flute.dsl.http.HttpError;
import dev.flute.dsl.http.RequestValidationError;
import dev.flute.dsl.http.Response;
import dev.flute.dsl.testing.TestClient;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ErrorsTest {
    static final Map<String, String> ITEMS = Map.of("foo", "The Foo Wrestlers");

    // README: http-error
    static final Endpoint<?> READ_ITEM = route(GET, "/items/<item_id>")
            .param(path("item_id", str()))
            .handle(itemId -> {
                if (!ITEMS.containsKey(itemId))
                    throw new HttpError(404, "Item not found").header("X-Error", "There goes my error");
                return Map.of("item", ITEMS.get(itemId));
            });
    // README: end

    // README: typed-errors
    public record Message(String message) {}

    static final ErrorOutput<Message> NOT_FOUND = error(404, model(Message.class));

    static final Endpoint<String> READ_NAME = route(GET, "/names/<item_id>")
            .param(path("item_id", str()))
            .returns(str())
            .error(NOT_FOUND) // documented; javac checks the body where it is thrown
            .handle(itemId -> Optional.ofNullable(ITEMS.get(itemId))
                    .orElseThrow(() -> NOT_FOUND.of(new Message("Item " + itemId + " not found"))));
    // README: end

    // README: exception-handlers
    static final class UnicornException extends RuntimeException {
        UnicornException(String name) {
            super(name, null, false, false); // answered, not debugged: no stack trace
        }
    }

    static final Endpoint<?> READ_UNICORN = route(GET, "/unicorns/<name>")
            .param(path("name", str()))
            .handle(name -> {
                if (name.equals("yolo")) throw new UnicornException(name);
                return Map.of("unicorn_name", name);
            });

    static Api app() {
        return api("Errors", "1")
                .routes(READ_ITEM, READ_NAME, READ_UNICORN)
                .exceptionHandler(UnicornException.class, (request, e) -> Response.json(Map.of(
                                "message", "Oops! " + e.getMessage() + " did something. There goes a rainbow..."))
                        .status(418))
                .exceptionHandler(HttpError.class, (request, e) -> {
                    System.getLogger("app").log(System.Logger.Level.INFO, "HTTP error " + e.status());
                    return ErrorHandlers.HTTP_ERROR.handle(request, e); // FastAPI's default, reused
                })
                .exceptionHandler(
                        RequestValidationError.class, (request, e) -> Response.json(Map.of("errors", e.errors()))
                                .status(400)); // instead of the 422
    }
    // README: end

    @Test
    void should_answer_errors_as_fastapi_does() {
        try (var client = TestClient.of(app()).checkResponses(false)) {
            client.get("/items/foo").send().assertStatus(200).assertText("{\"item\":\"The Foo Wrestlers\"}");
            client.get("/items/bar")
                    .send()
                    .assertStatus(404)
                    .assertHeader("X-Error", "There goes my error")
                    .assertText("{\"detail\":\"Item not found\"}");
            client.get("/names/bar").send().assertStatus(404).assertText("{\"message\":\"Item bar not found\"}");
            client.get("/unicorns/yolo")
                    .send()
                    .assertStatus(418)
                    .assertText(
                            """
                    {"message":"Oops! yolo did something. There goes a rainbow..."}""");
            client.get("/nowhere").send().assertStatus(404).assertText("{\"detail\":\"Not Found\"}");
            client.delete("/items/foo").send().assertStatus(405).assertHeader("allow", "GET, HEAD");
        }
        var counting =
                app().routes(route(GET, "/count/<n>").param(path("n", int_())).handle(n -> n));
        try (var client = TestClient.of(counting).checkResponses(false)) {
            client.get("/count/x")
                    .send()
                    .assertStatus(400)
                    .assertText(
                            """
                    {"errors":[{"type":"int_parsing","loc":["path","n"],"msg":"Input should be a valid integer, unable to parse string as an integer","input":"x"}]}""");
        }
    }
}
