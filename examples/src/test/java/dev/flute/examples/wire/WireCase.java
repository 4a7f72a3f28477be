package dev.flute.examples.wire;

import com.fasterxml.jackson.databind.JsonNode;
import dev.flute.dsl.Json;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/** One recorded exchange with a FastAPI original: what was sent and what it answered. */
record WireCase(
        String example,
        String name,
        String method,
        String path,
        List<Map.Entry<String, String>> headers,
        byte[] body,
        int status,
        Map<String, String> expectedHeaders,
        JsonNode json,
        String text) {

    /** The cases of {@code wire/NAME.json}, in recorded order, or an empty list when none were recorded. */
    static List<WireCase> load(String example) throws IOException {
        try (InputStream in = WireCase.class.getResourceAsStream("/wire/" + example + ".json")) {
            if (in == null) return List.of();
            var cases = new ArrayList<WireCase>();
            for (JsonNode c : Json.reader().readTree(in)) cases.add(parse(example, c));
            return cases;
        }
    }

    private static WireCase parse(String example, JsonNode c) {
        JsonNode req = c.get("request");
        var headers = new ArrayList<Map.Entry<String, String>>();
        req.path("headers").fields().forEachRemaining(h -> {
            if (h.getValue().isArray()) h.getValue().forEach(v -> headers.add(Map.entry(h.getKey(), v.asText())));
            else headers.add(Map.entry(h.getKey(), h.getValue().asText()));
        });
        byte[] body = null;
        if (req.has("body")) body = req.get("body").asText().getBytes(StandardCharsets.UTF_8);
        if (req.has("body_base64"))
            body = Base64.getDecoder().decode(req.get("body_base64").asText());
        JsonNode res = c.get("response");
        var expected = new java.util.LinkedHashMap<String, String>();
        res.path("headers")
                .fields()
                .forEachRemaining(h -> expected.put(h.getKey(), h.getValue().asText()));
        return new WireCase(
                example,
                c.get("name").asText(),
                req.get("method").asText(),
                req.get("path").asText(),
                headers,
                body,
                res.get("status").asInt(),
                expected,
                res.get("json"),
                res.has("text") ? res.get("text").asText() : null);
    }

    @Override
    public String toString() {
        return example + ": " + name + " (" + method + " " + path + ")";
    }
}
