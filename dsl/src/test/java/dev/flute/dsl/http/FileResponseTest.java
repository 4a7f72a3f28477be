package dev.flute.dsl.http;

import static dev.flute.dsl.Flute.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.flute.dsl.Api;
import dev.flute.dsl.testing.TestClient;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Starlette's {@code FileResponse}: whole files, ranges, If-Range, HEAD, errors. */
class FileResponseTest {
    static Path dir;
    static TestClient client;

    @BeforeAll
    static void start() throws IOException {
        dir = Files.createTempDirectory("flute-files");
        Files.writeString(dir.resolve("digits.txt"), "0123456789abcdefghij");
        Files.write(dir.resolve("big.bin"), new byte[200_000]);
        Files.createDirectory(dir.resolve("sub"));
        Api api = api("t", "1")
                .routes(
                        route(GET, "/plain/<name>")
                                .param(path("name", str()))
                                .handle(name -> Response.file(dir.resolve(name))),
                        route(GET, "/ranged/<name>")
                                .param(path("name", str()))
                                .param(request())
                                .handle((name, request) -> Response.file(dir.resolve(name), request)
                                        .header("x-served-by", "flute")));
        client = TestClient.of(api);
    }

    @AfterAll
    static void stop() throws IOException {
        client.close();
        try (var files = Files.walk(dir)) {
            for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                if (!p.equals(dir)) Files.delete(p);
            }
        }
        Files.delete(dir);
    }

    @Test
    void should_send_the_whole_file_with_its_metadata() {
        var response = client.get("/plain/digits.txt").send().assertStatus(200).assertText("0123456789abcdefghij");
        assertEquals("text/plain; charset=utf-8", response.header("content-type"));
        assertEquals("20", response.header("content-length"));
        assertEquals("bytes", response.header("accept-ranges"));
        assertNotNull(response.header("etag"));
        assertTrue(response.header("last-modified").endsWith(" GMT"), response.header("last-modified"));
    }

    @Test
    void should_send_a_large_file_in_chunks_completely() {
        var response = client.get("/plain/big.bin").send().assertStatus(200);
        assertEquals(200_000, response.bytes().length);
        assertEquals("application/octet-stream", response.header("content-type"));
    }

    @Test
    void should_ignore_ranges_unless_given_the_request() {
        client.get("/plain/digits.txt").header("range", "bytes=0-1").send().assertStatus(200);
    }

    @Test
    void should_answer_one_range_with_206() {
        var response = client.get("/ranged/digits.txt")
                .header("Range", "bytes=2-4")
                .send()
                .assertStatus(206)
                .assertText("234");
        assertEquals("bytes 2-4/20", response.header("content-range"));
        assertEquals("3", response.header("content-length"));
        assertEquals("flute", response.header("x-served-by"));
        client.get("/ranged/digits.txt").header("Range", "bytes=-3").send().assertText("hij");
    }

    @Test
    void should_answer_several_ranges_as_multipart_byteranges() {
        var response = client.get("/ranged/digits.txt")
                .header("Range", "bytes=15-16,0-1,1-2")
                .send()
                .assertStatus(206);
        String type = response.header("content-type");
        assertTrue(type.startsWith("multipart/byteranges; boundary="), type);
        String boundary = type.substring(type.indexOf('=') + 1);
        String expected = "--" + boundary
                + "\nContent-Type: text/plain; charset=utf-8\nContent-Range: bytes 0-2/20\n\n012\n"
                + "--" + boundary + "\nContent-Type: text/plain; charset=utf-8\nContent-Range: bytes 15-16/20\n\nfg\n"
                + "\n--" + boundary + "--\n";
        assertEquals(expected, response.text());
        assertEquals(
                String.valueOf(expected.getBytes(StandardCharsets.ISO_8859_1).length),
                response.header("content-length"));
    }

    @Test
    void should_refuse_unsatisfiable_and_malformed_ranges() {
        var response = client.get("/ranged/digits.txt")
                .header("Range", "bytes=20-")
                .send()
                .assertStatus(416);
        assertEquals("bytes */20", response.header("content-range"));
        client.get("/ranged/digits.txt")
                .header("Range", "lines=1-2")
                .send()
                .assertStatus(400)
                .assertText("Only support bytes range");
    }

    @Test
    void should_send_the_whole_file_when_if_range_no_longer_matches() {
        String etag = client.get("/plain/digits.txt").send().header("etag");
        client.get("/ranged/digits.txt")
                .header("Range", "bytes=0-0")
                .header("If-Range", etag)
                .send()
                .assertStatus(206)
                .assertText("0");
        client.get("/ranged/digits.txt")
                .header("Range", "bytes=0-0")
                .header("If-Range", "\"old\"")
                .send()
                .assertStatus(200);
    }

    @Test
    void should_answer_head_with_headers_only() {
        var response =
                client.head("/ranged/digits.txt").send().assertStatus(200).assertText("");
        assertEquals("20", response.header("content-length"));
    }

    @Test
    void should_fail_with_500_for_what_is_not_a_readable_file() {
        client.get("/plain/missing.txt").checkResponse(false).send().assertStatus(500);
        client.get("/plain/sub").checkResponse(false).send().assertStatus(500);
    }
}
