package dev.flute.examples.client;

import static dev.flute.examples.client.LiveExample.await;
import static dev.flute.examples.client.LiveExample.failure;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.flute.client.FilePart;
import dev.flute.client.HttpFailure;
import dev.flute.dsl.Endpoint;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Form fields and uploads of the seed examples, through the typed client on live servers. */
class FormClientTest {

    @Test
    void form_fields_are_sent_as_a_form_and_a_missing_one_is_the_server_s_422() {
        try (var live = LiveExample.start("form-fields")) {
            Endpoint<Map<String, Object>> login = live.route("POST /login/");
            assertEquals(Map.of("username", "johndoe"), await(live.client.call(login, "johndoe", "secret")));

            var failure = failure(
                    live.client.request(login).form("username", "johndoe").send(), HttpFailure.class);
            assertEquals(422, failure.status());
            assertEquals(
                    List.of("body", "password"),
                    failure.validationErrors().get(0).loc());
        }
    }

    @Test
    void file_upload_sends_bytes_and_files_from_disk(@TempDir Path dir) throws Exception {
        try (var live = LiveExample.start("file-upload")) {
            Endpoint<Map<String, Object>> createFile = live.route("POST /files/");
            Endpoint<Map<String, Object>> createUpload = live.route("POST /uploadfile/");
            assertEquals(Map.of("file_size", 5), await(live.client.call(createFile, "hello".getBytes())));

            Path report = Files.write(dir.resolve("report.csv"), new byte[64 * 1024]);
            assertEquals(
                    Map.of("filename", "report.csv"),
                    await(live.client.call(createUpload, FilePart.of(report, "text/csv"))));
            assertEquals(
                    Map.of("filename", "notes.txt"),
                    await(live.client
                            .request(createUpload)
                            .file("file", FilePart.of("notes.txt", "text/plain", "x".getBytes()))
                            .send()));
        }
    }
}
