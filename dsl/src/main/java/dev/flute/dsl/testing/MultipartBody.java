package dev.flute.dsl.testing;

import io.vertx.core.buffer.Buffer;
import java.nio.charset.StandardCharsets;

/**
 * A {@code multipart/form-data} body for the {@link TestClient}, built part by part in order.
 *
 * <pre>{@code
 * client.post("/files/")
 *     .multipart(MultipartBody.create().field("token", "tok").file("fileb", "a.txt", "text/plain", "data"))
 *     .send();
 * }</pre>
 */
public final class MultipartBody {
    private final String boundary;
    private final Buffer body = Buffer.buffer();

    private MultipartBody(String boundary) {
        this.boundary = boundary;
    }

    /** A body with a fixed boundary, so requests are reproducible. */
    public static MultipartBody create() {
        return withBoundary("----flute-test-boundary-7MA4YWxkTrZu0gW");
    }

    public static MultipartBody withBoundary(String boundary) {
        return new MultipartBody(boundary);
    }

    /** A plain field. */
    public MultipartBody field(String name, String value) {
        head("Content-Disposition: form-data; name=\"" + name + "\"\r\n");
        body.appendString(value, "UTF-8").appendString("\r\n");
        return this;
    }

    /** A file part; a null content type leaves the header out. */
    public MultipartBody file(String name, String filename, String contentType, byte[] content) {
        head("Content-Disposition: form-data; name=\"" + name + "\"; filename=\"" + filename + "\"\r\n"
                + (contentType == null ? "" : "Content-Type: " + contentType + "\r\n"));
        body.appendBytes(content).appendString("\r\n");
        return this;
    }

    /** A file part with text content, sent as UTF-8. */
    public MultipartBody file(String name, String filename, String contentType, String content) {
        return file(name, filename, contentType, content.getBytes(StandardCharsets.UTF_8));
    }

    /** The {@code Content-Type} header of this body. */
    public String contentType() {
        return "multipart/form-data; boundary=" + boundary;
    }

    /** The body with its closing boundary. */
    public Buffer toBuffer() {
        return body.copy().appendString("--" + boundary + "--\r\n");
    }

    private void head(String headers) {
        body.appendString("--" + boundary + "\r\n" + headers + "\r\n", "UTF-8");
    }
}
