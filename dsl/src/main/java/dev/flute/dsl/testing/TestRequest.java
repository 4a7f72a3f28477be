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

    public TestResponse send() {
        return client.send(InMemoryRequest.of(method, uri, headers, body));
    }
}
