package dev.flute.dsl.testing;

import com.fasterxml.jackson.databind.JsonNode;
import dev.flute.dsl.Json;
import dev.flute.dsl.http.Response;
import dev.flute.dsl.internal.Encoded;
import dev.flute.dsl.spi.ResolvedRoute;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.streams.ReadStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** A response as the client would receive it, with fluent assertions that name what differs. */
public final class TestResponse {
    private final int status;
    private final List<Map.Entry<String, String>> headers;
    private final byte[] body;
    /** Set by the client once the request is finished. */
    private ResolvedRoute route;
    /** The client stopped reading a streamed body before its end. */
    private boolean cut;

    private TestResponse(int status, List<Map.Entry<String, String>> headers, byte[] body) {
        this.status = status;
        this.headers = headers;
        this.body = body;
    }

    static TestResponse of(HttpMethod method, Response<?> response) {
        if (response.kind() == Response.Kind.UPGRADE) {
            throw new AssertionError("a websocket handshake was accepted: test websockets on a real server");
        }
        if (response.kind() == Response.Kind.STREAM || response.kind() == Response.Kind.DEFERRED) {
            throw new IllegalStateException("a streamed or deferred response is collected with collect()");
        }
        Encoded encoded = Encoded.of(response);
        return of(method, encoded, encoded.body());
    }

    /**
     * The response as a client receives it, streamed bodies read to their end (a stream that never
     * ends never completes) and files resolved, as the Vert.x writer would send them. With {@code
     * readFor}, a streamed body is read for that long at most, then the client leaves: the stream is
     * closed and the response is {@linkplain #complete() incomplete}.
     */
    static Future<TestResponse> collect(Vertx vertx, HttpMethod method, Response<?> response, Duration readFor) {
        if (response.kind() != Response.Kind.STREAM && response.kind() != Response.Kind.DEFERRED) {
            return Future.succeededFuture(of(method, response));
        }
        // As the Vert.x writer: a response that cannot be prepared (a missing file) is a 500.
        Future<Response<?>> prepared = response.resolve(vertx)
                .recover(failed -> Future.succeededFuture(
                        Response.text("Internal Server Error").status(500)));
        return prepared.compose(resolved -> {
            Encoded encoded = Encoded.of(resolved);
            if (encoded.stream() == null) return Future.succeededFuture(of(method, encoded, encoded.body()));
            Promise<Buffer> body = Promise.promise();
            Buffer read = Buffer.buffer();
            boolean[] cut = {false};
            try {
                ReadStream<Buffer> stream = encoded.stream().open(vertx);
                stream.exceptionHandler(body::tryFail).endHandler(v -> body.tryComplete(read));
                stream.handler(read::appendBuffer);
                if (readFor != null) {
                    long timer = vertx.setTimer(Math.max(1, readFor.toMillis()), id -> {
                        cut[0] = !body.future().isComplete();
                        body.tryComplete(read);
                    });
                    body.future().onComplete(done -> vertx.cancelTimer(timer));
                }
            } catch (RuntimeException e) {
                body.tryFail(e);
            }
            return body.future().andThen(done -> encoded.stream().close()).map(bytes -> of(method, encoded, bytes)
                    .cut(cut[0]));
        });
    }

    private static TestResponse of(HttpMethod method, Encoded encoded, Buffer body) {
        var headers = new ArrayList<Map.Entry<String, String>>(encoded.headers());
        if (encoded.contentType() != null) headers.add(Map.entry("content-type", encoded.contentType()));
        boolean declared = headers.stream().anyMatch(h -> h.getKey().equalsIgnoreCase("content-length"));
        // What Vert.x sends: a streamed body of unknown length goes out chunked.
        if (encoded.stream() != null && !declared) headers.add(Map.entry("transfer-encoding", "chunked"));
        else if (!declared) headers.add(Map.entry("content-length", String.valueOf(body == null ? 0 : body.length())));
        boolean head = method == HttpMethod.HEAD;
        return new TestResponse(
                encoded.status(), List.copyOf(headers), body == null || head ? new byte[0] : body.getBytes());
    }

    /** The route that answered, or null when none did (an unknown path, a 405, middleware answering first). */
    public ResolvedRoute route() {
        return route;
    }

    /** False when the client stopped reading a streamed body before its end ({@code TestRequest.readFor}). */
    public boolean complete() {
        return !cut;
    }

    private TestResponse cut(boolean cut) {
        this.cut = cut;
        return this;
    }

    TestResponse routed(ResolvedRoute route) {
        this.route = route;
        return this;
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
            return Json.reader().readTree(body);
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
            want = Json.reader().readTree(expected);
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
