package dev.flute.examples.form;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.flute.dsl.testing.MultipartBody;
import dev.flute.dsl.testing.TestClient;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The form examples against the inputs an attacker or a broken client sends: more fields than the
 * limit, a part over the limit, a bad boundary, a file name that climbs out of a directory. Each is
 * a clear 4xx, and no temporary file survives its request.
 */
class FormExamplesBadInputTest {
    static final TestClient fields = TestClient.of(FormFields.app());
    static final TestClient files = TestClient.of(FileUpload.app());
    static final TestClient both = TestClient.of(FormAndFile.app());

    @AfterAll
    static void close() {
        fields.close();
        files.close();
        both.close();
    }

    /** Uploads already in the temporary directory (another process's) are not this test's to judge. */
    private java.util.Set<Path> before;

    @org.junit.jupiter.api.BeforeEach
    void note_existing_uploads() throws IOException {
        before = uploads();
    }

    @AfterEach
    void no_upload_outlives_its_request() throws IOException {
        var left = uploads();
        left.removeAll(before);
        assertEquals(java.util.Set.of(), left);
    }

    private static java.util.Set<Path> uploads() throws IOException {
        try (Stream<Path> all = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            return all.filter(p -> p.getFileName().toString().startsWith("flute-upload-"))
                    .collect(java.util.stream.Collectors.toCollection(java.util.HashSet::new));
        }
    }

    @Test
    void a_form_of_1001_fields_is_refused() {
        var urlencoded = new StringBuilder("username=a&password=b");
        for (int i = 0; i < 999; i++) urlencoded.append("&f").append(i).append("=");
        fields.post("/login/")
                .body(urlencoded.toString(), "application/x-www-form-urlencoded")
                .send()
                .assertStatus(400)
                .assertJson("{\"detail\":\"Too many fields. Maximum number of fields is 1000.\"}");
        var multipart = MultipartBody.create().field("username", "a").field("password", "b");
        for (int i = 0; i < 999; i++) multipart.field("f" + i, "");
        fields.post("/login/")
                .multipart(multipart)
                .send()
                .assertStatus(400)
                .assertJson("{\"detail\":\"Too many fields. Maximum number of fields is 1000.\"}");
    }

    @Test
    void a_field_over_one_mebibyte_is_refused() {
        fields.post("/login/")
                .multipart(MultipartBody.create()
                        .field("username", "u".repeat((1 << 20) + 1))
                        .field("password", "b"))
                .send()
                .assertStatus(400)
                .assertJson("{\"detail\":\"Part exceeded maximum size of 1024KB.\"}");
    }

    @Test
    void a_file_over_ten_mebibytes_is_refused() {
        files.post("/uploadfile/")
                .multipart(MultipartBody.create().file("file", "big.bin", null, new byte[(10 << 20) + 1]))
                .send()
                .assertStatus(413);
        files.post("/uploadfile/")
                .multipart(MultipartBody.create().file("file", "big.bin", null, new byte[(10 << 20) - 200]))
                .send()
                .assertStatus(200)
                .assertJson("{\"filename\":\"big.bin\"}");
    }

    @Test
    void a_bad_boundary_is_refused() {
        String body = "--a\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a\"\r\n\r\nx\r\n--a--\r\n";
        files.post("/uploadfile/")
                .body(body, "multipart/form-data; boundary=")
                .send()
                .assertStatus(400)
                .assertJson("{\"detail\":\"Invalid boundary in multipart: it must have 1 to 70 characters.\"}");
        files.post("/uploadfile/")
                .body(body, "multipart/form-data; boundary=b")
                .send()
                .assertStatus(400)
                .assertJson("{\"detail\":\"Malformed multipart body: it does not start with the boundary.\"}");
        both.post("/files/")
                .body(body, "multipart/form-data")
                .send()
                .assertStatus(400)
                .assertJson("{\"detail\":\"Missing boundary in multipart.\"}");
    }

    @Test
    void a_climbing_file_name_is_passed_through_raw() {
        files.post("/uploadfile/")
                .multipart(MultipartBody.create().file("file", "../../../etc/passwd", "text/plain", "x"))
                .send()
                .assertStatus(200)
                .assertJson("{\"filename\":\"../../../etc/passwd\"}");
        both.post("/files/")
                .multipart(MultipartBody.create()
                        .file("fileb", "..\\\\..\\\\boot.ini", null, "x")
                        .field("token", "t"))
                .send()
                .assertStatus(200)
                .assertJson("{\"token\":\"t\",\"fileb_content_type\":null}");
    }
}
