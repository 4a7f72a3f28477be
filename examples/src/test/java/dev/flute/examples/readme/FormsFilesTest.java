package dev.flute.examples.readme;

import static dev.flute.dsl.Flute.*;

import dev.flute.dsl.Endpoint;
import dev.flute.dsl.FormLimits;
import dev.flute.dsl.http.Upload;
import dev.flute.dsl.testing.MultipartBody;
import dev.flute.dsl.testing.TestClient;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FormsFilesTest {
    // README: forms-files
    public record Login(String username, String password) {}

    static final Endpoint<?> LOGIN = route(POST, "/login/")
            .param(form("username", str()))
            .param(form("password", str()))
            .handle((username, password) -> Map.of("username", username));

    static final Endpoint<?> LOGIN_MODEL =
            route(POST, "/login-model/").param(formModel(model(Login.class))).handle(login -> login);

    static final Endpoint<?> FILE_SIZE =
            route(POST, "/files/").param(file("file")).handle(bytes -> Map.of("file_size", bytes.length));

    record Uploaded(String filename, String content_type, long size, String token) {}

    static final Endpoint<?> UPLOAD = route(POST, "/uploadfile/")
            .formLimits(FormLimits.DEFAULT.maxFileSize(2L << 30)) // 2 GiB for this route
            .param(upload("file")) // streamed to a temporary file, deleted when the request ends
            .param(form("token", str()))
            .handle((file, token) -> new Uploaded(file.filename(), file.contentType(), file.size(), token));

    static final Endpoint<?> UPLOADS = route(POST, "/uploadfiles/")
            .param(uploads("files"))
            .handle(files ->
                    Map.of("filenames", files.stream().map(Upload::filename).toList()));
    // README: end

    @Test
    void should_read_forms_and_files() {
        try (var client = TestClient.of(api("Forms", "1").routes(LOGIN, LOGIN_MODEL, FILE_SIZE, UPLOAD, UPLOADS))) {
            client.post("/login/")
                    .form("username", "johndoe", "password", "secret")
                    .send()
                    .assertStatus(200)
                    .assertText("{\"username\":\"johndoe\"}");
            client.post("/login-model/")
                    .form("username", "johndoe", "password", "secret")
                    .send()
                    .assertStatus(200)
                    .assertText("{\"username\":\"johndoe\",\"password\":\"secret\"}");
            client.post("/login/")
                    .form("username", "johndoe")
                    .send()
                    .assertStatus(422)
                    .assertText(
                            """
                    {"detail":[{"type":"missing","loc":["body","password"],"msg":"Field required","input":null}]}""");
            client.post("/files/")
                    .multipart(MultipartBody.create().file("file", "a.txt", "text/plain", "hello"))
                    .send()
                    .assertStatus(200)
                    .assertText("{\"file_size\":5}");
            client.post("/uploadfile/")
                    .multipart(MultipartBody.create()
                            .file("file", "notes.txt", "text/plain", "hello")
                            .field("token", "t0k3n"))
                    .send()
                    .assertStatus(200)
                    .assertText(
                            """
                            {"filename":"notes.txt","content_type":"text/plain","size":5,"token":"t0k3n"}""");
            client.post("/uploadfiles/")
                    .multipart(MultipartBody.create()
                            .file("files", "a.txt", "text/plain", "a")
                            .file("files", "b.txt", "text/plain", "b"))
                    .send()
                    .assertStatus(200)
                    .assertText("{\"filenames\":[\"a.txt\",\"b.txt\"]}");
        }
    }
}
