package dev.flute.examples.fuzz;

import dev.flute.dsl.spi.ResolvedRoute;
import dev.flute.dsl.testing.TestClient;
import dev.flute.dsl.testing.TestRequest;
import io.vertx.core.http.HttpMethod;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One generated request, as bytes on the wire: the target exactly as sent (percent-encoding
 * included, malformed on purpose in some mutations), headers in order, the body. It is printed in
 * full when a property fails, so a failure can be replayed by hand.
 *
 * @param example the example it was made for
 * @param route the route it was generated from (a mutation may make another route, or none, answer)
 * @param mutation what was done to a valid request, or {@code "valid"}
 */
record Exchange(
        String example,
        ResolvedRoute route,
        String mutation,
        HttpMethod method,
        String target,
        List<Map.Entry<String, String>> headers,
        byte[] body) {

    /** How long a streamed answer is read before the client leaves: an event stream may never end. */
    static final java.time.Duration STREAM_READ = java.time.Duration.ofMillis(25);

    Exchange {
        headers = List.copyOf(headers);
    }

    boolean valid() {
        return mutation.equals("valid");
    }

    Exchange with(String mutation, String target, List<Map.Entry<String, String>> headers, byte[] body) {
        return new Exchange(example, route, mutation, method, target, headers, body);
    }

    Exchange withMethod(String mutation, HttpMethod other) {
        return new Exchange(example, route, mutation, other, target, headers, body);
    }

    String header(String name) {
        for (var h : headers) if (h.getKey().equalsIgnoreCase(name)) return h.getValue();
        return null;
    }

    /** The headers with {@code name} replaced by {@code value} (removed when null). */
    List<Map.Entry<String, String>> headersWith(String name, String value) {
        var out = new ArrayList<Map.Entry<String, String>>();
        for (var h : headers) if (!h.getKey().equalsIgnoreCase(name)) out.add(h);
        if (value != null) out.add(Map.entry(name, value));
        return out;
    }

    /** The request for the in-memory client; its own check is off: the fuzzer checks with its allowances. */
    TestRequest toTestRequest(TestClient client) {
        TestRequest request =
                client.request(method, target).checkResponse(false).readFor(STREAM_READ);
        String contentType = null;
        for (var h : headers) {
            if (h.getKey().equalsIgnoreCase("content-type")) contentType = h.getValue();
            else request.header(h.getKey(), h.getValue());
        }
        if (body != null) request.body(body, contentType);
        else if (contentType != null) request.header("content-type", contentType);
        return request;
    }

    @Override
    public String toString() {
        var out = new StringBuilder()
                .append('[')
                .append(example)
                .append(", ")
                .append(route.describe())
                .append(", ")
                .append(mutation)
                .append("] ")
                .append(method.name())
                .append(' ')
                .append(target);
        for (var h : headers) out.append("\n  ").append(h.getKey()).append(": ").append(h.getValue());
        if (body != null) {
            String text = new String(body, StandardCharsets.UTF_8);
            out.append("\n  body (")
                    .append(body.length)
                    .append(" bytes): ")
                    .append(text.length() > 300 ? text.substring(0, 300) + "..." : text);
        }
        return out.toString();
    }
}
