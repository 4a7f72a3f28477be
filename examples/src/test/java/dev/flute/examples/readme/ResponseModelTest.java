package dev.flute.examples.readme;

import static dev.flute.dsl.Flute.*;

import dev.flute.dsl.Endpoint;
import dev.flute.dsl.testing.TestClient;
import dev.flute.dsl.types.ModelType;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ResponseModelTest {
    // README: response-model
    public record UserIn(String username, String password, String email) {}

    public record UserOut(String username, String email) {}

    static final ModelType<UserOut> USER_OUT = model(UserOut.class).field("email", email());

    static final Endpoint<UserOut> CREATE_USER = route(POST, "/users/")
            .param(body(model(UserIn.class)))
            .returns(USER_OUT) // javac: the handler returns a UserOut; the password cannot leak
            .handle(user -> new UserOut(user.username(), user.email()));
    // README: end

    static final Path LOGO = Path.of("src", "test", "resources", "readme", "logo.png");

    // README: outputs
    static final Endpoint<String> LEGACY =
            route(GET, "/legacy/").returns(mediaType("application/xml", str())).handle(() -> "<shampoo/>");

    static final Endpoint<String> HELLO = route(GET, "/hello").returns(html()).handle(() -> "<h1>Hello</h1>");

    static final Endpoint<Path> LOGO_FILE =
            route(GET, "/logo.png").returns(filePath("image/png")).handle(() -> LOGO);

    static final Endpoint<String> OLD_DOCS =
            route(GET, "/manual").returns(redirect()).handle(() -> "/docs");
    // README: end

    @Test
    void should_send_the_declared_model_only() {
        try (var client = TestClient.of(api("Users", "1").routes(CREATE_USER))) {
            client.post("/users/")
                    .json("{\"username\":\"alice\",\"password\":\"s3cret\",\"email\":\"alice@example.com\"}")
                    .send()
                    .assertStatus(200)
                    .assertText("{\"username\":\"alice\",\"email\":\"alice@example.com\"}");
        }
    }

    @Test
    void should_send_each_kind_of_output_as_declared() throws Exception {
        try (var client = TestClient.of(api("Outputs", "1").routes(LEGACY, HELLO, LOGO_FILE, OLD_DOCS))) {
            client.get("/legacy/").send().assertStatus(200).assertHeader("content-type", "application/xml");
            client.get("/hello")
                    .send()
                    .assertStatus(200)
                    .assertHeader("content-type", "text/html; charset=utf-8")
                    .assertText("<h1>Hello</h1>");
            var logo = client.get("/logo.png").send().assertStatus(200).assertHeader("content-type", "image/png");
            org.junit.jupiter.api.Assertions.assertArrayEquals(Files.readAllBytes(LOGO), logo.bytes());
            client.get("/manual").send().assertStatus(307).assertHeader("location", "/docs");
        }
    }
}
