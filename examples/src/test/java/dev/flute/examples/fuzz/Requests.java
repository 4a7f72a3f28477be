package dev.flute.examples.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.flute.dsl.Body;
import dev.flute.dsl.FileParam;
import dev.flute.dsl.FormInput;
import dev.flute.dsl.FormModel;
import dev.flute.dsl.Param;
import dev.flute.dsl.spi.Parameter;
import dev.flute.dsl.spi.PathTemplate;
import dev.flute.dsl.spi.Requirement;
import dev.flute.dsl.spi.ResolvedRoute;
import dev.flute.dsl.types.ListType;
import dev.flute.dsl.types.ModelType;
import dev.flute.dsl.types.Type;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Valid requests for a route, made only from its resolved description: every path variable, the
 * query parameters, headers and cookies it reads (required ones always, the others at random), its
 * JSON body or its form (urlencoded, or multipart with files when an input can carry one). Nothing
 * here knows any example.
 */
final class Requests {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    static final String BOUNDARY = "fuzz-boundary-1b7e";

    private final Random random;
    private final Values values;
    /** For headers and cookies: visible ASCII, as clients send them. */
    private final Values visible;

    Requests(Random random) {
        this.random = random;
        this.values = new Values(random);
        this.visible = Values.visible(random);
    }

    Exchange valid(String example, ResolvedRoute route) {
        Map<String, Parameter> byName = new LinkedHashMap<>();
        for (Parameter p : route.parameters()) byName.putIfAbsent(p.in() + " " + p.name(), p);
        var headers = new ArrayList<Map.Entry<String, String>>();
        var query = new ArrayList<String>();
        var cookies = new ArrayList<String>();
        for (Parameter p : byName.values()) {
            if (p.in() == Param.In.PATH) continue;
            if (!p.type().required() && random.nextInt(3) == 0) continue;
            Values made = p.in() == Param.In.QUERY ? values : visible;
            List<String> sent = p.type().repeated() ? made.texts(p.type()) : List.of(made.text(p.type()));
            for (String v : sent) {
                switch (p.in()) {
                    case QUERY -> query.add(encode(p.name()) + "=" + encode(v));
                    case HEADER -> headers.add(Map.entry(p.name(), v));
                    case COOKIE -> cookies.add(p.name() + "=" + v);
                    default -> {}
                }
            }
        }
        if (!cookies.isEmpty()) headers.add(Map.entry("cookie", String.join("; ", cookies)));
        for (Requirement r : route.security()) credentials(r, headers);
        String target = path(route, byName) + (query.isEmpty() ? "" : "?" + String.join("&", query));
        byte[] body = null;
        if (!route.bodies().isEmpty()) {
            JsonNode json = body(route.bodies());
            if (json != null) {
                body = json.toString().getBytes(StandardCharsets.UTF_8);
                headers.add(Map.entry("content-type", "application/json"));
            }
        } else if (!route.forms().isEmpty()) {
            body = form(route.forms(), headers);
        }
        return new Exchange(example, route, "valid", route.method(), target, headers, body);
    }

    /** A credential of the scheme's kind, often missing: a generated token is never a valid one. */
    private void credentials(Requirement requirement, List<Map.Entry<String, String>> headers) {
        if (random.nextBoolean()) return;
        Object type = requirement.scheme().openapi().get("type");
        if ("apiKey".equals(type)
                && "header".equals(requirement.scheme().openapi().get("in"))) {
            headers.add(
                    Map.entry(String.valueOf(requirement.scheme().openapi().get("name")), "key-" + random.nextInt(99)));
        } else if ("http".equals(type)
                && "basic".equals(requirement.scheme().openapi().get("scheme"))) {
            headers.add(Map.entry("authorization", "Basic dXNlcjpwYXNz"));
        } else {
            headers.add(Map.entry("authorization", "Bearer token-" + random.nextInt(99)));
        }
    }

    private String path(ResolvedRoute route, Map<String, Parameter> byName) {
        var out = new StringBuilder();
        for (PathTemplate.Segment s : route.path().segments()) {
            out.append('/');
            if (s instanceof PathTemplate.Literal l) {
                out.append(l.text());
            } else {
                String name = s instanceof PathTemplate.Variable v ? v.name() : ((PathTemplate.Rest) s).name();
                Parameter p = byName.get(Param.In.PATH + " " + name);
                String value = p == null ? "x" : values.text(p.type());
                if (value.isEmpty()) value = "x";
                if (s instanceof PathTemplate.Rest) {
                    var parts = new ArrayList<String>();
                    for (String part : value.split("/", -1)) parts.add(encode(part));
                    out.append(String.join("/", parts));
                } else {
                    out.append(encode(value));
                }
            }
        }
        return out.toString();
    }

    /** One body is the document; several (or an embedded one) are the members of an object. */
    private JsonNode body(List<Body<?>> bodies) {
        if (bodies.size() == 1 && !bodies.get(0).embedded())
            return values.json(bodies.get(0).type());
        ObjectNode object = NODES.objectNode();
        for (Body<?> b : bodies) {
            JsonNode value = values.json(b.type());
            if (value != null) object.set(b.name(), value);
        }
        return object;
    }

    private byte[] form(List<FormInput<?>> forms, List<Map.Entry<String, String>> headers) {
        var fields = new ArrayList<Map.Entry<String, Object>>();
        boolean multipart = false;
        for (FormInput<?> input : forms) {
            multipart |= FormInput.MULTIPART.equals(input.mediaType());
            if (input instanceof FormModel<?> m) {
                for (ModelType.Field f : m.model().fields()) field(f.wireName(), f.type(), fields);
            } else if (input instanceof FileParam<?> f) {
                if (!f.type().required() && random.nextInt(3) == 0) continue;
                int n = f.type().valueType() instanceof ListType<?, ?> ? 1 + random.nextInt(2) : 1;
                for (int i = 0; i < n; i++) fields.add(Map.entry(f.wireName(), new FilePart("f" + i + ".txt", word())));
            } else {
                field(input.wireName(), input.type(), fields);
            }
        }
        if (multipart || random.nextInt(4) == 0) {
            headers.add(Map.entry("content-type", "multipart/form-data; boundary=" + BOUNDARY));
            return multipart(fields);
        }
        headers.add(Map.entry("content-type", FormInput.URLENCODED));
        var out = new ArrayList<String>();
        for (var f : fields) out.add(encode(f.getKey()) + "=" + encode((String) f.getValue()));
        return String.join("&", out).getBytes(StandardCharsets.UTF_8);
    }

    private void field(String name, Type<?> type, List<Map.Entry<String, Object>> into) {
        if (!type.required() && random.nextInt(3) == 0) return;
        List<String> sent = type.repeated() ? values.texts(type) : List.of(values.text(type));
        for (String v : sent) into.add(Map.entry(name, v));
    }

    record FilePart(String filename, String content) {}

    static byte[] multipart(List<Map.Entry<String, Object>> fields) {
        var out = new ByteArrayOutputStream();
        for (var f : fields) {
            var head = new StringBuilder(
                    "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"" + f.getKey() + "\"");
            String content;
            if (f.getValue() instanceof FilePart file) {
                head.append("; filename=\"").append(file.filename()).append("\"\r\nContent-Type: text/plain");
                content = file.content();
            } else {
                content = (String) f.getValue();
            }
            head.append("\r\n\r\n").append(content).append("\r\n");
            out.writeBytes(head.toString().getBytes(StandardCharsets.UTF_8));
        }
        out.writeBytes(("--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    private String word() {
        return "content " + random.nextInt(1000);
    }

    /** Percent-encodes everything but RFC 3986's unreserved characters. */
    static String encode(String text) {
        var out = new StringBuilder();
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || "-._~".indexOf(c) >= 0)
                out.append((char) c);
            else out.append('%').append(String.format("%02X", c));
        }
        return out.toString();
    }
}
