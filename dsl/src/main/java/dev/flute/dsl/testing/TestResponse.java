package dev.flute.dsl.testing;

import com.fasterxml.jackson.databind.JsonNode;
import dev.flute.dsl.Json;
import dev.flute.dsl.http.Response;
import dev.flute.dsl.internal.Encoded;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** A response as the client would receive it, with fluent assertions that name what differs. */
public final class TestResponse {
    private final int status;
    private final List<Map.Entry<String, String>> headers;
    private final byte[] body;

    private TestResponse(int status, List<Map.Entry<String, String>> headers, byte[] body) {
        this.status = status;
        this.headers = headers;
        this.body = body;
    }

    static TestResponse of(HttpMethod method, Response response) {
        Encoded encoded = Encoded.of(response);
        var headers = new ArrayList<Map.Entry<String, String>>(encoded.headers());
        if (encoded.contentType() != null) headers.add(Map.entry("content-type", encoded.contentType()));
        Buffer body = encoded.body();
        headers.add(Map.entry("content-length", String.valueOf(body == null ? 0 : body.length())));
        boolean head = method == HttpMethod.HEAD;
        return new TestResponse(
                encoded.status(), List.copyOf(headers), body == null || head ? new byte[0] : body.getBytes());
    }

    public int status() {
        return status;
    }

    /** The first value of a header (case-insensitive), or null. */
    public String header(String name) {
        for (var h : headers) if (h.getKey().equalsIgnoreCase(name)) return h.getValue();
        return null;
    }

    public List<String> headers(String name) {
        return headers.stream()
                .filter(h -> h.getKey().equalsIgnoreCase(name))
                .map(Map.Entry::getValue)
                .toList();
    }

    public byte[] bytes() {
        return body.clone();
    }

    public String text() {
        return new String(body, StandardCharsets.UTF_8);
    }

    public JsonNode json() {
        try {
            return Json.mapper().readTree(body);
        } catch (java.io.IOException e) {
            throw new AssertionError("the body is not JSON: " + text(), e);
        }
    }

    public TestResponse assertStatus(int expected) {
        if (status != expected)
            throw new AssertionError("expected status " + expected + " but was " + status + ": " + text());
        return this;
    }

    public TestResponse assertHeader(String name, String expected) {
        String actual = header(name);
        if (!expected.equals(actual)) {
            throw new AssertionError("expected header " + name + ": " + expected + " but was " + actual);
        }
        return this;
    }

    /** The body equals this JSON document (compared as JSON, so spacing and key order do not matter). */
    public TestResponse assertJson(String expected) {
        JsonNode want;
        try {
            want = Json.mapper().readTree(expected);
        } catch (java.io.IOException e) {
            throw new IllegalArgumentException("the expected text is not JSON: " + expected, e);
        }
        if (!want.equals(json())) throw new AssertionError("expected JSON " + want + " but was " + text());
        return this;
    }

    public TestResponse assertText(String expected) {
        if (!expected.equals(text()))
            throw new AssertionError("expected body '" + expected + "' but was '" + text() + "'");
        return this;
    }

    @Override
    public String toString() {
        return status + " " + headers + " " + text();
    }
}
