package dev.flute.dsl.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.flute.dsl.http.HttpError;
import io.netty.buffer.Unpooled;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.internal.buffer.BufferInternal;
import java.io.ByteArrayOutputStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The multipart parser alone: chunking never changes the result, malformed input is a 400, the work is linear. */
class MultipartParserTest {
    private static final String BOUNDARY = "XyZ-b0undary";

    /** Records the parts as text: {@code [name|filename|content-type] data}. */
    private static final class Recorder implements MultipartParser.Listener {
        final List<String> parts = new ArrayList<>();
        ByteArrayOutputStream data;
        String head;

        @Override
        public void partStart(PartHeaders headers) {
            head = "[" + headers.name() + "|" + headers.filename() + "|" + headers.contentType() + "] ";
            data = new ByteArrayOutputStream();
        }

        @Override
        public void partData(Buffer chunk) {
            data.writeBytes(chunk.getBytes());
        }

        @Override
        public void partEnd() {
            parts.add(head + data.toString(StandardCharsets.ISO_8859_1));
        }
    }

    /** Counts the parts and their bytes, keeping none. */
    private static final class Counter implements MultipartParser.Listener {
        long bytes;
        int parts;

        @Override
        public void partStart(PartHeaders headers) {}

        @Override
        public void partData(Buffer data) {
            bytes += data.length();
        }

        @Override
        public void partEnd() {
            parts++;
        }
    }

    /** The start of a body whose one part is a file. */
    private static final String FILE_PART_HEAD =
            "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"f\"; filename=\"x\"\r\n\r\n";

    private static List<String> parse(byte[] body, int... cuts) {
        var recorder = new Recorder();
        var parser = new MultipartParser(BOUNDARY, 8192, recorder);
        int from = 0;
        for (int cut : cuts) {
            parser.feed(inside(Arrays.copyOfRange(body, from, cut)));
            from = cut;
        }
        parser.feed(inside(Arrays.copyOfRange(body, from, body.length)));
        parser.finish();
        return recorder.parts;
    }

    /** The bytes as a slice in the middle of a larger buffer, as a chunk may come: the parser must mind its offset. */
    private static Buffer inside(byte[] bytes) {
        Buffer padded = Buffer.buffer("\r\n--" + BOUNDARY).appendBytes(bytes).appendString("\r\n--" + BOUNDARY);
        int start = BOUNDARY.length() + 4;
        return padded.slice(start, start + bytes.length);
    }

    private static byte[] latin1(String s) {
        return s.getBytes(StandardCharsets.ISO_8859_1);
    }

    /** Data full of near-delimiters: CRs, CRLFs, "--", and the boundary without its CRLF. */
    private static final String TRICKY = "a\r\rb\r\n\r\n--\r\n-" + "-XyZ-b0undar\r\n--XyZ-b0undarX--" + BOUNDARY + "\r";

    private static final byte[] BODY = latin1("--" + BOUNDARY + "\r\n"
            + "Content-Disposition: form-data; name=\"token\"\r\n\r\n"
            + "tok\r\n"
            + "--" + BOUNDARY + "\r\n"
            + "Content-Disposition: form-data; name=\"file\"; filename=\"a b.bin\"\r\n"
            + "Content-Type: application/octet-stream\r\n\r\n"
            + TRICKY + "\r\n"
            + "--" + BOUNDARY + "\r\n"
            + "Content-Disposition: form-data; name=\"empty\"\r\n\r\n"
            + "\r\n"
            + "--" + BOUNDARY + "--\r\n");

    private static final List<String> EXPECTED =
            List.of("[token|null|null] tok", "[file|a b.bin|application/octet-stream] " + TRICKY, "[empty|null|null] ");

    @Test
    void should_read_the_same_parts_wherever_the_body_is_cut() {
        assertEquals(EXPECTED, parse(BODY));
        for (int cut = 0; cut <= BODY.length; cut++) assertEquals(EXPECTED, parse(BODY, cut), "cut at " + cut);
        for (int a = 0; a < BODY.length; a += 7) {
            for (int b = a; b <= BODY.length; b += 3) assertEquals(EXPECTED, parse(BODY, a, b), "cuts " + a + "," + b);
        }
        int[] everyByte = new int[BODY.length - 1];
        for (int i = 0; i < everyByte.length; i++) everyByte[i] = i + 1;
        assertEquals(EXPECTED, parse(BODY, everyByte));
    }

    @Test
    void should_read_a_direct_buffer_as_a_heap_one() {
        var recorder = new Recorder();
        var parser = new MultipartParser(BOUNDARY, 8192, recorder);
        parser.feed(BufferInternal.buffer(Unpooled.directBuffer().writeBytes(BODY)));
        parser.finish();
        assertEquals(EXPECTED, recorder.parts);
    }

    /** An upload's chunks are read where they lie: parsing one allocates nothing in proportion to its size. */
    @Test
    void should_not_copy_the_chunks_it_reads() {
        int size = 4 << 20;
        var counter = new Counter();
        var parser = new MultipartParser(BOUNDARY, 8192, counter);
        parser.feed(Buffer.buffer(FILE_PART_HEAD));
        Buffer chunk = Buffer.buffer(new byte[size]);
        var threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long before = threads.getCurrentThreadAllocatedBytes();
        parser.feed(chunk);
        long allocated = threads.getCurrentThreadAllocatedBytes() - before;
        assertEquals(size, counter.bytes);
        assertTrue(allocated < size / 16, "parsing a " + size + " byte chunk allocated " + allocated + " bytes");
    }

    @Test
    void should_take_an_empty_body_as_an_empty_form() {
        assertEquals(List.of(), parse(new byte[0]));
        assertEquals(List.of(), parse(latin1("--" + BOUNDARY + "--")));
    }

    @Test
    void should_refuse_malformed_bodies() {
        assertMalformed("\r\n--" + BOUNDARY + "--\r\n", "it does not start with the boundary");
        assertMalformed("preamble--" + BOUNDARY + "--\r\n", "it does not start with the boundary");
        assertMalformed("--" + BOUNDARY + "--\r\n\r\n", "data follows the closing boundary");
        assertMalformed("--" + BOUNDARY + "--epilogue", "data follows the closing boundary");
        assertMalformed(
                "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\nabc",
                "the body ended before the closing boundary");
        assertMalformed(
                "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"a\"\r\n",
                "the body ended before the closing boundary");
        assertMalformed("--" + BOUNDARY, "the body ended before the closing boundary");
        assertMalformed("--" + BOUNDARY + "XX", "a boundary is followed by something other than CRLF or --");
        assertMalformed(
                "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"a\"\r\n folded\r\n\r\nx\r\n--" + BOUNDARY
                        + "--",
                "a part header is folded over two lines");
        assertMalformed("--" + BOUNDARY + "\r\nno colon\r\n\r\nx\r\n--" + BOUNDARY + "--", "a part header has no name");
        assertMalformed(
                "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"a\"\n\r\nx\r\n--" + BOUNDARY + "--",
                "a part header line ends without CR");
    }

    private static void assertMalformed(String body, String why) {
        var error = assertThrows(HttpError.class, () -> parse(latin1(body)));
        assertEquals(400, error.status());
        assertEquals("Malformed multipart body: " + why + ".", error.detail());
    }

    @Test
    void should_limit_the_header_block() {
        var parser = new MultipartParser(BOUNDARY, 100, new Recorder());
        var error = assertThrows(
                HttpError.class, () -> parser.feed(Buffer.buffer("--" + BOUNDARY + "\r\nX-Pad: " + "p".repeat(200))));
        assertEquals("Part headers exceeded maximum size of 100 bytes.", error.detail());
    }

    @Test
    void should_stay_linear_on_pathological_bodies() {
        // 16 MiB of almost-delimiters inside one part, and 16 MiB of CRs: each must parse in well under a second.
        String almost = "\r\n--" + BOUNDARY.substring(0, BOUNDARY.length() - 1) + "#";
        for (String filler : List.of(almost, "\r", "\r\n", "\r\n-")) {
            var counter = new Counter();
            var parser = new MultipartParser(BOUNDARY, 8192, counter);
            parser.feed(Buffer.buffer(FILE_PART_HEAD));
            Buffer chunk = Buffer.buffer(filler.repeat(65536 / filler.length()));
            for (int i = 0; i < (16 << 20) / chunk.length(); i++) parser.feed(chunk);
            parser.feed(Buffer.buffer("\r\n--" + BOUNDARY + "--"));
            parser.finish();
            assertEquals(1, counter.parts);
            assertEquals((long) chunk.length() * ((16 << 20) / chunk.length()), counter.bytes);
        }
        // CR/LF padding before the first boundary is refused at its first byte, however long it is.
        var parser = new MultipartParser(BOUNDARY, 8192, new Recorder());
        assertThrows(HttpError.class, () -> parser.feed(Buffer.buffer("\r\n".repeat(1 << 20))));
    }

    @Test
    void should_check_the_boundary_of_the_content_type() {
        assertEquals("abc", MultipartParser.boundary("multipart/form-data; boundary=abc"));
        assertEquals("a b'c", MultipartParser.boundary("multipart/form-data; charset=utf-8; boundary=\"a b'c\""));
        assertEquals(
                "Missing boundary in multipart.",
                assertThrows(HttpError.class, () -> MultipartParser.boundary("multipart/form-data"))
                        .detail());
        assertEquals(
                400,
                assertThrows(HttpError.class, () -> MultipartParser.boundary("multipart/form-data; boundary="))
                        .status());
        assertEquals(
                400,
                assertThrows(
                                HttpError.class,
                                () -> MultipartParser.boundary("multipart/form-data; boundary=\"a\r\nb\""))
                        .status());
        assertEquals(
                400,
                assertThrows(
                                HttpError.class,
                                () -> MultipartParser.boundary("multipart/form-data; boundary=" + "b".repeat(71)))
                        .status());
    }

    @Test
    void should_read_disposition_parameters_like_python() {
        var p = HeaderParams.parse(
                "form-data; name=\"a;b\"; filename=\"say \\\"hi\\\".txt\"; FileName*=UTF-8''%E6%96%87%20x.txt");
        assertEquals("form-data", p.value());
        assertEquals("a;b", p.params().get("name"));
        assertEquals("say \"hi\".txt", p.params().get("filename"));
        assertEquals("文 x.txt", p.params().get("filename*"));
        assertEquals(
                "C:\\dir\\f.txt",
                HeaderParams.parse("form-data; filename=\"C:\\dir\\f.txt\"")
                        .params()
                        .get("filename"));
        assertNull(HeaderParams.parse("form-data; filename*=KOI8-R''x").params().get("filename*"));
        assertEquals(
                "ü",
                PartHeaders.userText(new String("ü".getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1)));
        assertEquals("\u00fc", PartHeaders.userText("\u00fc"));
    }
}
