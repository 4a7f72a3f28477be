package dev.flute.examples.wire;

import com.fasterxml.jackson.databind.JsonNode;
import dev.flute.dsl.Json;
import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Where Flute answers differently from the FastAPI original on purpose. Rules that hold for every
 * example are written here with their reason; single cases are listed, each with its reason, in
 * {@code wire-deviations.json}. Everything else must match the recording exactly.
 */
final class Deviations {
    private final JsonNode cases;

    private Deviations(JsonNode cases) {
        this.cases = cases;
    }

    static Deviations load() throws IOException {
        try (InputStream in = Deviations.class.getResourceAsStream("/wire-deviations.json")) {
            return new Deviations(Json.reader().readTree(in));
        }
    }

    /** What Flute should answer to this case. */
    Expected expected(WireCase c) {
        JsonNode override = cases.path(c.example()).get(c.name());
        if (override != null) {
            if (!override.hasNonNull("why")) throw new IllegalStateException("deviation without a reason: " + c);
            return new Expected(
                    override.path("status").asInt(c.status()),
                    headers(override, c),
                    override.has("json") ? override.get("json") : c.json(),
                    override.has("text") ? override.get("text").asText() : c.text(),
                    Kind.EXACT);
        }
        // FastAPI does not answer HEAD on GET routes (fastapi#1773); Flute answers it as the GET, without a body.
        if (c.method().equals("HEAD") && c.status() == 405) return new Expected(0, Map.of(), null, null, Kind.AS_GET);
        // uvicorn's parser refuses raw non-ASCII bytes in the request line; Vert.x reads them as UTF-8.
        if (c.status() == 400 && "Invalid HTTP request received.".equals(c.text())) {
            return new Expected(0, Map.of(), null, null, Kind.NOT_SERVER_ERROR);
        }
        return new Expected(c.status(), allow(c.expectedHeaders()), c.json(), c.text(), Kind.EXACT);
    }

    /** The recorded headers, with the override's own headers on top; a JSON body brings its content type. */
    private static Map<String, String> headers(JsonNode override, WireCase c) {
        var headers = new LinkedHashMap<>(allow(c.expectedHeaders()));
        if (override.has("json")) headers.put("content-type", "application/json");
        override.path("headers")
                .fields()
                .forEachRemaining(h -> headers.put(h.getKey(), h.getValue().asText()));
        return headers;
    }

    /** Because Flute answers HEAD for GET routes, its {@code Allow} lists HEAD after GET. */
    private static Map<String, String> allow(Map<String, String> headers) {
        String allow = headers.get("allow");
        if (allow == null || !allow.contains("GET") || allow.contains("HEAD")) return headers;
        var adjusted = new LinkedHashMap<>(headers);
        adjusted.put("allow", allow.replace("GET", "GET, HEAD"));
        return adjusted;
    }

    enum Kind {
        EXACT,
        AS_GET,
        NOT_SERVER_ERROR
    }

    record Expected(int status, Map<String, String> headers, JsonNode json, String text, Kind kind) {}
}
