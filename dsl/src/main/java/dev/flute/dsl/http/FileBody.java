package dev.flute.dsl.http;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.file.AsyncFile;
import io.vertx.core.file.FileProps;
import io.vertx.core.file.OpenOptions;
import io.vertx.core.http.MimeMapping;
import io.vertx.core.streams.ReadStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

/**
 * A file sent as Starlette's {@code FileResponse} sends it, without blocking the event loop: its
 * size and time are read when the response is written, then its bytes in chunks. With the
 * request's {@code Range} header, one range is answered 206 with {@code Content-Range}, several as
 * {@code multipart/byteranges}; {@code If-Range} falls back to the whole file when the file
 * changed. Starlette 0.46 names the multipart type in {@code Content-Range} and writes 416's range
 * without its unit; Flute follows RFC 9110 ({@code Content-Type}, and {@code bytes} before the star).
 */
final class FileBody {
    private static final DateTimeFormatter HTTP_DATE = DateTimeFormatter.ofPattern(
                    "EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.US)
            .withZone(ZoneOffset.UTC);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Path path;
    private final String range;
    private final String ifRange;
    private final boolean headOnly;

    FileBody(Path path, String range, String ifRange, boolean headOnly) {
        this.path = path;
        this.range = range;
        this.ifRange = ifRange;
        this.headOnly = headOnly;
    }

    /** The media type Starlette guesses from the name; {@code text/plain} when unknown. */
    static String guessType(Path path) {
        String type = MimeMapping.mimeTypeForFilename(path.getFileName().toString());
        return type == null ? "text/plain" : type;
    }

    /** The final response: status, headers and a body that reads the file. */
    Future<Response<?>> resolve(Vertx vertx, Response<?> declared) {
        String file = path.toString();
        return vertx.fileSystem().props(file).compose(props -> {
            if (!props.isRegularFile()) {
                return Future.failedFuture(new IllegalStateException("File at path " + file + " is not a file."));
            }
            Response<?> answer = answer(declared, props);
            if (headOnly || !(answer.body() instanceof FileStreamBody body)) return Future.succeededFuture(answer);
            return vertx.fileSystem()
                    .open(file, new OpenOptions().setRead(true).setWrite(false).setCreate(false))
                    .map(opened -> {
                        body.file = opened;
                        return answer;
                    });
        });
    }

    private Response<?> answer(Response<?> declared, FileProps props) {
        long size = props.size();
        String lastModified = HTTP_DATE.format(Instant.ofEpochMilli(props.lastModifiedTime()));
        String etag = etag(props.lastModifiedTime(), size);
        String contentType = declared.mediaType();
        var head = new ArrayList<java.util.Map.Entry<String, String>>(declared.headers());
        head.add(java.util.Map.entry("accept-ranges", "bytes"));
        head.add(java.util.Map.entry("last-modified", lastModified));
        head.add(java.util.Map.entry("etag", etag));
        boolean useRange = range != null && (ifRange == null || ifRange.equals(lastModified) || ifRange.equals(etag));
        if (!useRange)
            return body(declared.status(), contentType, head, size, List.of(RangeStream.Piece.region(0, size)));
        List<ByteRanges.Range> ranges;
        try {
            ranges = ByteRanges.parse(range, size);
        } catch (ByteRanges.Malformed malformed) {
            return Response.text(malformed.getMessage()).status(400);
        } catch (ByteRanges.NotSatisfiable notSatisfiable) {
            return Response.text("").status(416).header("content-range", "bytes */" + size);
        }
        if (ranges.size() == 1) {
            ByteRanges.Range r = ranges.get(0);
            head.add(java.util.Map.entry("content-range", "bytes " + r.start() + "-" + (r.end() - 1) + "/" + size));
            return body(206, contentType, head, r.length(), List.of(RangeStream.Piece.region(r.start(), r.length())));
        }
        String boundary = HexFormat.of().formatHex(randomBytes(13));
        var pieces = new ArrayList<RangeStream.Piece>(ranges.size() * 3 + 1);
        long length = 0;
        for (ByteRanges.Range r : ranges) {
            String partHead = "--" + boundary + "\nContent-Type: " + contentType + "\nContent-Range: bytes " + r.start()
                    + "-" + (r.end() - 1) + "/" + size + "\n\n";
            pieces.add(RangeStream.Piece.of(partHead));
            pieces.add(RangeStream.Piece.region(r.start(), r.length()));
            pieces.add(RangeStream.Piece.of("\n"));
            length += partHead.length() + r.length() + 1;
        }
        String end = "\n--" + boundary + "--\n";
        pieces.add(RangeStream.Piece.of(end));
        length += end.length();
        return body(206, "multipart/byteranges; boundary=" + boundary, head, length, pieces);
    }

    private Response<?> body(
            int status,
            String contentType,
            List<java.util.Map.Entry<String, String>> head,
            long length,
            List<RangeStream.Piece> pieces) {
        head.add(java.util.Map.entry("content-length", String.valueOf(length)));
        StreamBody body = headOnly ? emptyBody() : new FileStreamBody(pieces);
        return Response.stream(body, contentType).status(status).headers(head);
    }

    private static StreamBody emptyBody() {
        return vertx -> BufferStream.of(Future.succeededFuture(Buffer.buffer()));
    }

    /** Starlette's etag: the MD5 of the modification time and the size. */
    private static String etag(long modifiedMillis, long size) {
        try {
            String base = (modifiedMillis / 1000.0) + "-" + size;
            byte[] digest = MessageDigest.getInstance("MD5").digest(base.getBytes(StandardCharsets.UTF_8));
            return "\"" + HexFormat.of().formatHex(digest) + "\"";
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("every JVM has MD5", impossible);
        }
    }

    private static byte[] randomBytes(int n) {
        byte[] out = new byte[n];
        RANDOM.nextBytes(out);
        return out;
    }

    /** Reads the file opened while resolving; closes it when the body is done, sent or not. */
    private static final class FileStreamBody implements StreamBody {
        private final List<RangeStream.Piece> pieces;
        private AsyncFile file;

        FileStreamBody(List<RangeStream.Piece> pieces) {
            this.pieces = pieces;
        }

        @Override
        public ReadStream<Buffer> open(Vertx vertx) {
            return new RangeStream(file, pieces);
        }

        @Override
        public void close() {
            if (file != null) file.close();
        }
    }
}
