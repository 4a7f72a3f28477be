package dev.flute.dsl.forms;

import static dev.flute.dsl.Flute.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.flute.dsl.Api;
import dev.flute.dsl.Endpoint;
import dev.flute.dsl.FormLimits;
import dev.flute.dsl.http.HttpError;
import dev.flute.dsl.http.Upload;
import dev.flute.dsl.testing.MultipartBody;
import dev.flute.dsl.testing.TestClient;
import dev.flute.dsl.types.ModelType;
import io.vertx.core.Promise;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** File inputs through the in-memory client: bytes, uploads, lists, limits, and the temporary files' lifetime. */
class FileInputsTest {
    public record Profile(String name, Upload avatar) {}

    static final AtomicReference<String> seenPath = new AtomicReference<>();

    static final Endpoint BYTES = route(POST, "/bytes/").param(file("file")).handle(b -> Map.of("size", b.length));

    static final Endpoint UPLOAD = route(POST, "/upload/").param(upload("file")).handle(f -> {
        seenPath.set(f.path());
        return f.read().map(content -> {
            var out = new LinkedHashMap<String, Object>();
            out.put("filename", f.filename());
            out.put("content_type", f.contentType());
            out.put("size", f.size());
            out.put("content", content.toString(StandardCharsets.UTF_8));
            out.put("on_disk", Files.exists(Path.of(f.path())));
            return out;
        });
    });

    static final Endpoint MANY = route(POST, "/many/")
            .param(uploads("files"))
            .param(file("notes", listOf(bytes()).optional()))
            .param(file("extra", uploadFile().optional()))
            .handle((files, notes, extra) -> {
                var names = new ArrayList<String>();
                for (Upload f : files) names.add(f.filename() + ":" + f.size());
                return Map.of(
                        "files", names,
                        "notes", notes.map(List::size).orElse(-1),
                        "extra", extra.isPresent());
            });

    static final Endpoint PROFILE = route(POST, "/profile/")
            .param(formModel(ModelType.of(Profile.class).field("avatar", uploadFile())))
            .handle(p -> Map.of("name", p.name(), "avatar", p.avatar().filename()));

    static final Endpoint FAILS = route(POST, "/fails/").param(upload("file")).handle(f -> {
        seenPath.set(f.path());
        throw new HttpError(409, "conflict after upload");
    });

    static final Endpoint SMALL = route(POST, "/small/")
            .formLimits(FormLimits.DEFAULT
                    .maxFileSize(10)
                    .maxFiles(2)
                    .maxPartHeaderSize(200)
                    .maxBodySize(4096))
            .param(uploads("files"))
            .handle(files -> Map.of("count", files.size()));

    static final Path KEPT = Path.of(System.getProperty("java.io.tmpdir"), "flute-test-kept-" + System.nanoTime());

    /** Streams the upload through {@code open()}, then keeps it with {@code moveTo}. */
    static final Endpoint KEEP = route(POST, "/keep/").param(upload("file")).handle(f -> f.open()
            .compose(file -> {
                Promise<Long> counted = Promise.promise();
                long[] bytes = {0};
                file.handler(chunk -> bytes[0] += chunk.length())
                        .endHandler(v -> file.close().onComplete(closed -> counted.complete(bytes[0])));
                return counted.future();
            })
            .compose(streamed -> f.moveTo(KEPT.toString()).map(v -> Map.of("streamed", streamed))));

    static final Api API = api("Files", "1.0").routes(BYTES, UPLOAD, MANY, PROFILE, FAILS, SMALL, KEEP);
    static final TestClient client = TestClient.of(API);

    @AfterAll
    static void close() {
        client.close();
    }

    @AfterEach
    void nothing_is_left_on_disk() {
        assertEquals(List.of(), TempUploads.left());
    }

    @Test
    void should_read_a_file_as_bytes_and_text_as_its_utf8_bytes() {
        client.post("/bytes/")
                .multipart(MultipartBody.create().file("file", "u.txt", "text/plain", "ü苹"))
                .send()
                .assertJson("{\"size\":5}");
        client.post("/bytes/").form("file", "abc").send().assertJson("{\"size\":3}");
        client.post("/bytes/")
                .multipart(MultipartBody.create().field("other", "x"))
                .send()
                .assertStatus(422)
                .assertJson(
                        "{\"detail\":[{\"type\":\"missing\",\"loc\":[\"body\",\"file\"],\"msg\":\"Field required\",\"input\":null}]}");
    }

    @Test
    void should_stream_an_upload_to_a_temporary_file_deleted_after_the_request() {
        client.post("/upload/")
                .multipart(
                        MultipartBody.create().file("file", "../../etc/passwd", "text/plain; charset=utf-8", "hello"))
                .send()
                .assertStatus(200)
                .assertJson(
                        """
                {"filename":"../../etc/passwd","content_type":"text/plain; charset=utf-8","size":5,"content":"hello","on_disk":true}""");
        Path temp = Path.of(seenPath.get());
        assertEquals(Path.of(System.getProperty("java.io.tmpdir")), temp.getParent());
        assertTrue(temp.getFileName().toString().startsWith("flute-upload-"), temp.toString());
        assertFalse(Files.exists(temp), "the temporary file outlived its request");
    }

    @Test
    void should_stream_an_upload_and_keep_it_when_moved() throws Exception {
        try {
            client.post("/keep/")
                    .multipart(MultipartBody.create().file("file", "k.bin", null, new byte[100_000]))
                    .send()
                    .assertStatus(200)
                    .assertJson("{\"streamed\":100000}");
            assertEquals(100_000, Files.size(KEPT));
        } finally {
            Files.deleteIfExists(KEPT);
        }
    }

    @Test
    void should_delete_the_upload_when_the_handler_fails() {
        client.post("/fails/")
                .multipart(MultipartBody.create().file("file", "a.txt", null, "data"))
                .checkResponse(false) // the handler fails with an undocumented 409
                .send()
                .assertStatus(409);
        assertFalse(Files.exists(Path.of(seenPath.get())));
    }

    @Test
    void should_refuse_text_where_an_upload_is_expected() {
        client.post("/upload/")
                .multipart(MultipartBody.create().field("file", "abc"))
                .send()
                .assertStatus(422)
                .assertJson(
                        """
                {"detail":[{"type":"value_error","loc":["body","file"],"msg":"Value error, Expected UploadFile, received: <class 'str'>","input":"abc","ctx":{"error":{}}}]}""");
    }

    @Test
    void should_read_lists_and_optional_files() {
        client.post("/many/")
                .multipart(MultipartBody.create()
                        .file("files", "a.txt", "text/plain", "aa")
                        .file("files", "", null, "")
                        .file("notes", "n1", null, "x")
                        .file("notes", "n2", null, "y"))
                .send()
                .assertStatus(200)
                .assertJson("{\"files\":[\"a.txt:2\",\":0\"],\"notes\":2,\"extra\":false}");
        client.post("/many/")
                .multipart(MultipartBody.create().field("x", "y"))
                .send()
                .assertStatus(422)
                .assertJson(
                        "{\"detail\":[{\"type\":\"missing\",\"loc\":[\"body\",\"files\"],\"msg\":\"Field required\",\"input\":null}]}");
    }

    @Test
    void should_read_an_upload_inside_a_form_model() {
        client.post("/profile/")
                .multipart(MultipartBody.create()
                        .field("name", "ann")
                        .file("avatar", "me.png", "image/png", new byte[] {1, 2}))
                .send()
                .assertJson("{\"name\":\"ann\",\"avatar\":\"me.png\"}");
    }

    @Test
    void should_apply_the_route_limits_and_leave_nothing_behind() {
        client.post("/small/")
                .multipart(MultipartBody.create().file("files", "a", null, "0123456789"))
                .send()
                .assertJson("{\"count\":1}");
        client.post("/small/")
                .multipart(MultipartBody.create()
                        .file("files", "a", null, "01234")
                        .file("files", "b", null, "0123456789x"))
                .send()
                .assertStatus(413)
                .assertJson("{\"detail\":\"File exceeded maximum size of 10 bytes.\"}")
                .assertHeader("connection", "close");
        client.post("/small/")
                .multipart(MultipartBody.create()
                        .file("files", "a", null, "1")
                        .file("files", "b", null, "2")
                        .file("files", "c", null, "3"))
                .send()
                .assertStatus(400)
                .assertJson("{\"detail\":\"Too many files. Maximum number of files is 2.\"}");
        client.post("/small/")
                .multipart(MultipartBody.create().file("files", "a".repeat(300), null, "1"))
                .send()
                .assertStatus(400)
                .assertJson("{\"detail\":\"Part headers exceeded maximum size of 200 bytes.\"}");
        client.post("/small/")
                .multipart(MultipartBody.create().field("pad", "p".repeat(5000)))
                .send()
                .assertStatus(413);
    }

    @Test
    void should_refuse_malformed_multipart_with_400() {
        String type = "multipart/form-data; boundary=b";
        expect400(
                type,
                "--b\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a\"\r\n\r\nabc",
                "Malformed multipart body: the body ended before the closing boundary.");
        expect400("multipart/form-data", "--b\r\n\r\n--b--\r\n", "Missing boundary in multipart.");
        expect400(
                "multipart/form-data; boundary=" + "x".repeat(71),
                "--x--",
                "Invalid boundary in multipart: it must have 1 to 70 characters.");
        expect400("multipart/form-data; boundary=\"a@b\"", "--a@b--", "Invalid boundary in multipart: character 64.");
        expect400(type, "\r\n\r\n--b--\r\n", "Malformed multipart body: it does not start with the boundary.");
        expect400(type, "--b--\r\n\r\n\r\n", "Malformed multipart body: data follows the closing boundary.");
        expect400(
                type,
                "--b  \r\nContent-Disposition: form-data; name=\"a\"\r\n\r\nx\r\n--b--",
                "Malformed multipart body: a boundary is followed by something other than CRLF or --.");
        expect400(
                type,
                "--b\r\nContent-Type: text/plain\r\n\r\nx\r\n--b--",
                "The Content-Disposition header field \"name\" must be provided.");
        expect400(
                type,
                "--b\r\nContent-Disposition: form-data; name=\"a\"\n\nx\r\n--b--",
                "Malformed multipart body: a part header line ends without CR.");
    }

    private static void expect400(String contentType, String body, String detail) {
        client.post("/upload/")
                .body(body.getBytes(StandardCharsets.ISO_8859_1), contentType)
                .send()
                .assertStatus(400)
                .assertJson(dev.flute.dsl.Json.mapper()
                        .createObjectNode()
                        .put("detail", detail)
                        .toString());
    }
}
