package dev.flute.dsl.testing;

import io.vertx.core.MultiMap;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;

/** A request being built by the {@link TestClient}; mutable, for one use. */
public final class TestRequest {
    private final TestClient client;
    private final HttpMethod method;
    private final String uri;
    private final MultiMap headers = MultiMap.caseInsensitiveMultiMap();
    private Buffer body;
    private boolean check = true;
    private java.time.Duration readFor;

    TestRequest(TestClient client, HttpMethod method, String uri) {
        this.client = client;
        this.method = method;
        this.uri = uri;
        headers.set("host", "testserver");
    }

    public TestRequest header(String name, String value) {
        headers.add(name, value);
        return this;
    }

    public TestRequest cookie(String name, String value) {
        String existing = headers.get("cookie");
        headers.set("cookie", existing == null ? name + "=" + value : existing + "; " + name + "=" + value);
        return this;
    }

    /** A raw body with its content type. */
    public TestRequest body(String content, String contentType) {
        this.body = Buffer.buffer(content);
        headers.set("content-type", contentType);
        return this;
    }

    /** A JSON body, {@code application/json}. */
    public TestRequest json(String json) {
        return body(json, "application/json");
    }

    /**
     * A urlencoded form, {@code application/x-www-form-urlencoded}, from names and values in turn:
     * {@code form("username", "johndoe", "password", "secret")}. Each is percent-encoded.
     */
    public TestRequest form(String... namesAndValues) {
        if (namesAndValues.length % 2 != 0)
            throw new IllegalArgumentException("form(...) takes names and values in pairs");
        var out = new StringBuilder();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            if (i > 0) out.append('&');
            out.append(encode(namesAndValues[i])).append('=').append(encode(namesAndValues[i + 1]));
        }
        return body(out.toString(), "application/x-www-form-urlencoded");
    }

    /** A {@code multipart/form-data} body with its boundary. */
    public TestRequest multipart(MultipartBody multipart) {
        this.body = multipart.toBuffer();
        headers.set("content-type", multipart.contentType());
        return this;
    }

    /** A raw body of bytes with its content type, for malformed or binary payloads. */
    public TestRequest body(byte[] content, String contentType) {
        this.body = Buffer.buffer(content);
        headers.set("content-type", contentType);
        return this;
    }

    private static String encode(String s) {
        return java.net.URLEncoder.encode(s, java.nio.charset.StandardCharsets.UTF_8);
    }

    /**
     * Whether this response is checked against its route's description (on unless the client turned
     * checks off): off for a request that provokes an undocumented answer on purpose.
     */
    public TestRequest checkResponse(boolean check) {
        this.check = check;
        return this;
    }

    /**
     * Reads a streamed body (events, JSON lines, a stream) for {@code duration} at most, then leaves
     * as a client would, closing the stream: for streams that do not end. The response is checked as
     * far as it was read (its last, unfinished event or line is not judged).
     */
    public TestRequest readFor(java.time.Duration duration) {
        this.readFor = duration;
        return this;
    }

    public TestResponse send() {
        return client.send(InMemoryRequest.of(method, uri, headers, body), check, readFor);
    }
}
