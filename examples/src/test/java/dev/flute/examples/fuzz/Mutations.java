package dev.flute.examples.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.flute.dsl.Json;
import io.vertx.core.http.HttpMethod;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;

/**
 * Turns a valid request into one a server must refuse cleanly (or may accept, when the change
 * happens to be harmless): wrong types, missing and extra fields, boundary numbers, huge and deeply
 * nested values, odd unicode, bad percent-encoding, duplicate parameters, wrong content types,
 * truncated and garbage bodies, another method. Each works on the request's bytes, whatever the
 * route, so every route gets every mutation that applies to it.
 */
final class Mutations {
    private static final String[] ODD_TEXT = {
        "\u0000",
        "\ud83c\udfb5",
        "\u202e\u202dabc",
        "e\u0301",
        "\uffff",
        "\ufeff",
        "𝔘𝔫𝔦",
        "中\u3000文",
        "\r\n",
        "'; DROP"
    };
    private static final String[] BOUNDARY_NUMBERS = {
        "-1",
        "0",
        "-0",
        "2147483647",
        "2147483648",
        "-2147483649",
        "9223372036854775808",
        "1e400",
        "-1e400",
        "NaN",
        "Infinity",
        "1.0000000000000002",
        "0x10",
        "1_000",
        "4.9e-324",
        "99999999999999999999999999"
    };
    private static final String[] BAD_PERCENT = {"%", "%zz", "%c3", "%ED%A0%80", "%C0%AF", "%%", "%0", "%FF%FE"};

    private final Random random;

    Mutations(Random random) {
        this.random = random;
    }

    /** The mutation names, in the order they are tried: the property spreads its tries over all. */
    static final List<String> ALL = List.of(
            "wrong-type",
            "missing-field",
            "extra-field",
            "boundary-number",
            "huge-value",
            "deep-nesting",
            "odd-unicode",
            "bad-percent-encoding",
            "duplicate-parameter",
            "wrong-content-type",
            "truncated-body",
            "garbage-body",
            "other-method",
            "missing-parameter");

    Exchange mutate(Exchange valid, String mutation) {
        return switch (mutation) {
            case "wrong-type" -> json(valid, mutation, this::wrongType)
                    .orElse(query(valid, mutation, v -> "not-a-" + v));
            case "missing-field" -> json(valid, mutation, this::dropField).orElse(dropBody(valid, mutation));
            case "extra-field" -> json(valid, mutation, this::extraField)
                    .orElse(appendQuery(valid, mutation, "unexpected=1"));
            case "boundary-number" -> json(
                            valid,
                            mutation,
                            n -> replaceLeaf(
                                    n,
                                    Json.mapper().getNodeFactory().numberNode(new java.math.BigDecimal(numberLike()))))
                    .orElse(query(valid, mutation, v -> pick(BOUNDARY_NUMBERS)));
            case "huge-value" -> json(
                            valid,
                            mutation,
                            n -> replaceLeaf(n, Json.mapper().getNodeFactory().textNode("x".repeat(200_000))))
                    .orElse(query(valid, mutation, v -> "y".repeat(20_000)));
            case "deep-nesting" -> valid.with(
                    mutation,
                    valid.target(),
                    valid.headersWith("content-type", "application/json"),
                    deep(2000 + random.nextInt(50_000)));
            case "odd-unicode" -> random.nextBoolean()
                    ? json(
                                    valid,
                                    mutation,
                                    n -> replaceLeaf(
                                            n, Json.mapper().getNodeFactory().textNode(pick(ODD_TEXT))))
                            .orElse(invalidUtf8(valid, mutation))
                    : invalidUtf8(valid, mutation);
            case "bad-percent-encoding" -> badPercent(valid, mutation);
            case "duplicate-parameter" -> duplicate(valid, mutation);
            case "wrong-content-type" -> valid.with(
                    mutation,
                    valid.target(),
                    valid.headersWith(
                            "content-type",
                            pick(List.of(
                                    "text/plain",
                                    "application/xml",
                                    "multipart/form-data",
                                    "application/x-www-form-urlencoded",
                                    "application/json; charset=latin1",
                                    "multipart/form-data; boundary=",
                                    ";;",
                                    "application/json"))),
                    valid.body() == null ? "{\"a\":1}".getBytes(StandardCharsets.UTF_8) : valid.body());
            case "truncated-body" -> valid.body() == null || valid.body().length < 2
                    ? valid.with(
                            mutation,
                            valid.target(),
                            valid.headersWith("content-type", "application/json"),
                            "{\"a\":".getBytes(StandardCharsets.UTF_8))
                    : valid.with(
                            mutation,
                            valid.target(),
                            valid.headers(),
                            java.util.Arrays.copyOf(valid.body(), random.nextInt(valid.body().length)));
            case "garbage-body" -> {
                byte[] garbage = new byte[1 + random.nextInt(2000)];
                random.nextBytes(garbage);
                yield withBody(valid, mutation, garbage);
            }
            case "other-method" -> valid.withMethod(
                    mutation,
                    pick(List.of(
                            HttpMethod.GET,
                            HttpMethod.POST,
                            HttpMethod.PUT,
                            HttpMethod.DELETE,
                            HttpMethod.PATCH,
                            HttpMethod.OPTIONS)));
            case "missing-parameter" -> dropQuery(valid, mutation);
            default -> throw new IllegalArgumentException(mutation);
        };
    }

    // ---- JSON bodies ------------------------------------------------------------------------------

    /** Applies {@code change} to the JSON body, or gives nothing when the request has none. */
    private java.util.Optional<Exchange> json(Exchange valid, String mutation, Function<JsonNode, JsonNode> change) {
        if (valid.body() == null || !"application/json".equals(valid.header("content-type")))
            return java.util.Optional.empty();
        JsonNode node;
        try {
            node = Json.mapper().readTree(valid.body());
        } catch (java.io.IOException e) {
            return java.util.Optional.empty();
        }
        JsonNode changed = change.apply(node.deepCopy());
        return java.util.Optional.of(valid.with(
                mutation, valid.target(), valid.headers(), changed.toString().getBytes(StandardCharsets.UTF_8)));
    }

    private JsonNode wrongType(JsonNode node) {
        var f = Json.mapper().getNodeFactory();
        JsonNode other =
                switch (random.nextInt(5)) {
                    case 0 -> f.textNode("not a number");
                    case 1 -> f.arrayNode().add(1);
                    case 2 -> f.objectNode().put("nested", true);
                    case 3 -> f.booleanNode(true);
                    default -> f.numberNode(3.5);
                };
        return replaceLeaf(node, other);
    }

    /** Replaces a random value inside the document (the document itself when it has no members). */
    private JsonNode replaceLeaf(JsonNode node, JsonNode replacement) {
        List<JsonNode> containers = new ArrayList<>();
        collect(node, containers);
        if (containers.isEmpty()) return replacement;
        JsonNode container = containers.get(random.nextInt(containers.size()));
        if (container instanceof ObjectNode object) {
            var names = new ArrayList<String>();
            object.fieldNames().forEachRemaining(names::add);
            object.set(pick(names), replacement);
        } else {
            ArrayNode array = (ArrayNode) container;
            array.set(random.nextInt(array.size()), replacement);
        }
        return node;
    }

    private JsonNode dropField(JsonNode node) {
        List<JsonNode> objects = new ArrayList<>();
        collect(node, objects);
        objects.removeIf(n -> !n.isObject());
        if (objects.isEmpty()) return Json.mapper().getNodeFactory().objectNode();
        ObjectNode object = (ObjectNode) objects.get(random.nextInt(objects.size()));
        var names = new ArrayList<String>();
        object.fieldNames().forEachRemaining(names::add);
        object.remove(pick(names));
        return node;
    }

    private JsonNode extraField(JsonNode node) {
        if (node instanceof ObjectNode object) {
            object.put("unexpected_" + random.nextInt(10), "surprise");
            return object;
        }
        return Json.mapper().getNodeFactory().objectNode().set("wrapped", node);
    }

    /** Objects and arrays with at least one member, the document first. */
    private static void collect(JsonNode node, List<JsonNode> into) {
        if ((node.isObject() || node.isArray()) && node.size() > 0) into.add(node);
        for (JsonNode child : node) collect(child, into);
    }

    private Exchange dropBody(Exchange valid, String mutation) {
        return valid.with(mutation, valid.target(), valid.headersWith("content-length", null), null);
    }

    private static byte[] deep(int depth) {
        var out = new StringBuilder(depth * 2 + 2);
        out.append("[".repeat(depth)).append("]".repeat(depth));
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private Exchange invalidUtf8(Exchange valid, String mutation) {
        byte[] body = valid.body() == null
                ? "{\"a\":\"\"}".getBytes(StandardCharsets.UTF_8)
                : valid.body().clone();
        byte[][] bad = {
            {(byte) 0xc3, (byte) 0x28},
            {(byte) 0xed, (byte) 0xa0, (byte) 0x80},
            {(byte) 0xff},
            {(byte) 0xc0, (byte) 0xaf}
        };
        byte[] insert = bad[random.nextInt(bad.length)];
        int at = random.nextInt(body.length + 1);
        byte[] out = new byte[body.length + insert.length];
        System.arraycopy(body, 0, out, 0, at);
        System.arraycopy(insert, 0, out, at, insert.length);
        System.arraycopy(body, at, out, at + insert.length, body.length - at);
        return withBody(valid, mutation, out);
    }

    /** The request with another body, of its own content type (JSON when it had none). */
    private static Exchange withBody(Exchange valid, String mutation, byte[] body) {
        String type = valid.header("content-type");
        return valid.with(
                mutation,
                valid.target(),
                valid.headersWith("content-type", type == null ? "application/json" : type),
                body);
    }

    // ---- the target -------------------------------------------------------------------------------

    /** Replaces a random query value, or a path segment when the target has no query. */
    private Exchange query(Exchange valid, String mutation, Function<String, String> change) {
        String target = valid.target();
        int q = target.indexOf('?');
        if (q >= 0) {
            String[] pairs = target.substring(q + 1).split("&");
            int i = random.nextInt(pairs.length);
            int eq = pairs[i].indexOf('=');
            String name = eq < 0 ? pairs[i] : pairs[i].substring(0, eq);
            pairs[i] = name + "=" + Requests.encode(change.apply(eq < 0 ? "" : pairs[i].substring(eq + 1)));
            return valid.with(
                    mutation, target.substring(0, q + 1) + String.join("&", pairs), valid.headers(), valid.body());
        }
        String[] segments = target.split("/", -1);
        int i = 1 + random.nextInt(Math.max(1, segments.length - 1));
        if (i < segments.length) segments[i] = Requests.encode(change.apply(segments[i]));
        return valid.with(mutation, String.join("/", segments), valid.headers(), valid.body());
    }

    private Exchange appendQuery(Exchange valid, String mutation, String pair) {
        String target = valid.target();
        return valid.with(mutation, target + (target.contains("?") ? "&" : "?") + pair, valid.headers(), valid.body());
    }

    private Exchange badPercent(Exchange valid, String mutation) {
        String target = valid.target();
        String bad = pick(List.of(BAD_PERCENT));
        if (random.nextBoolean() && target.contains("?"))
            return valid.with(mutation, target + bad, valid.headers(), valid.body());
        int slash = target.indexOf('/', 1);
        String path = target.contains("?") ? target.substring(0, target.indexOf('?')) : target;
        String rest = target.substring(path.length());
        String changed = slash > 0 && slash < path.length()
                ? path.substring(0, slash + 1) + bad + path.substring(slash + 1)
                : path + bad;
        return valid.with(mutation, changed + rest, valid.headers(), valid.body());
    }

    /** A second value for a query parameter or header, and a JSON key twice. */
    private Exchange duplicate(Exchange valid, String mutation) {
        String target = valid.target();
        int q = target.indexOf('?');
        if (q >= 0 && random.nextBoolean()) {
            String first = target.substring(q + 1).split("&")[0];
            String name = first.contains("=") ? first.substring(0, first.indexOf('=')) : first;
            return valid.with(
                    mutation,
                    target + "&" + name + "=" + Requests.encode(pick(BOUNDARY_NUMBERS)),
                    valid.headers(),
                    valid.body());
        }
        if (valid.body() != null && "application/json".equals(valid.header("content-type"))) {
            String text = new String(valid.body(), StandardCharsets.UTF_8);
            if (text.startsWith("{\"")) {
                int colon = text.indexOf("\":");
                String key = text.substring(1, colon + 1);
                return valid.with(
                        mutation,
                        target,
                        valid.headers(),
                        ("{" + key + ":\"dup\"," + text.substring(1)).getBytes(StandardCharsets.UTF_8));
            }
        }
        var headers = new ArrayList<>(valid.headers());
        if (!headers.isEmpty()) {
            var h = headers.get(random.nextInt(headers.size()));
            headers.add(
                    Map.entry(h.getKey(), h.getKey().equalsIgnoreCase("content-type") ? "text/plain" : "duplicate"));
        } else {
            headers.add(Map.entry("cookie", "a=1; a=2"));
        }
        return valid.with(mutation, target, headers, valid.body());
    }

    private Exchange dropQuery(Exchange valid, String mutation) {
        String target = valid.target();
        int q = target.indexOf('?');
        if (q < 0) {
            var headers = new ArrayList<>(valid.headers());
            if (!headers.isEmpty()) headers.remove(random.nextInt(headers.size()));
            return valid.with(mutation, target, headers, valid.body());
        }
        var pairs = new ArrayList<>(List.of(target.substring(q + 1).split("&")));
        pairs.remove(random.nextInt(pairs.size()));
        return valid.with(
                mutation,
                target.substring(0, q) + (pairs.isEmpty() ? "" : "?" + String.join("&", pairs)),
                valid.headers(),
                valid.body());
    }

    private String numberLike() {
        String n = pick(BOUNDARY_NUMBERS);
        try {
            new java.math.BigDecimal(n);
            return n;
        } catch (NumberFormatException notDecimal) {
            return "1e400";
        }
    }

    private <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    private String pick(String[] values) {
        return values[random.nextInt(values.length)];
    }
}
