package dev.flute.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Sends every request of BENCH.md (valid and invalid variants) to a running server and asserts the
 * exact status, content type and body: JSON bodies are compared parsed, including key order and
 * integer-versus-float. Never asserts timings.
 *
 * <p>{@code java -cp bench.jar dev.flute.bench.ContractCheck --port P [--host H]}, or
 * {@code java -jar bench.jar check --port P}. Prints one line per check; exits 1 on any mismatch.
 */
public final class ContractCheck {
    /** One request and the exact response expected. */
    public record Check(
            String name,
            String method,
            String path,
            Map<String, String> headers,
            String body,
            int status,
            String contentType,
            String expected) {}

    /** The result of one check; {@code detail} says what differed. */
    public record Outcome(Check check, boolean ok, String detail) {
        @Override
        public String toString() {
            return (ok ? "PASS " : "FAIL ") + check.name() + " (" + check.method() + " " + shortPath(check.path()) + ")"
                    + (ok ? "" : ": " + detail);
        }
    }

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final String JSON = "application/json";
    private static final String TEXT = "text/plain";

    public static final String VALID_ITEM =
            "{\"name\":\"Foo\",\"price\":50.5,\"tags\":[\"a\",\"b\"],\"image\":{\"url\":\"http://x/y.png\",\"name\":\"y\"}}";
    public static final String INVALID_ITEM = "{\"name\":\"\",\"price\":-1,\"tags\":\"nope\"}";

    private ContractCheck() {}

    private static String shortPath(String path) {
        return path.length() > 70 ? path.substring(0, 67) + "..." : path;
    }

    private static Check get(String name, String path, int status, String contentType, String expected) {
        return new Check(name, "GET", path, Map.of(), null, status, contentType, expected);
    }

    private static Check getWith(String name, String path, Map<String, String> headers, int status, String expected) {
        return new Check(name, "GET", path, headers, null, status, JSON, expected);
    }

    private static Check post(String name, String path, String body, int status, String expected) {
        return new Check(name, "POST", path, Map.of("Content-Type", "application/json"), body, status, JSON, expected);
    }

    private static String err(String type, String loc, String msg, String input, String ctx) {
        return "{\"type\":\"" + type + "\",\"loc\":" + loc + ",\"msg\":\"" + msg + "\",\"input\":" + input
                + (ctx == null ? "" : ",\"ctx\":" + ctx) + "}";
    }

    private static String detail(String... errors) {
        return "{\"detail\":[" + String.join(",", errors) + "]}";
    }

    /** Every check of the contract, in BENCH.md order. */
    public static List<Check> checks() {
        List<Check> c = new ArrayList<>();
        String q50 = "y".repeat(50);
        String q51 = "x".repeat(51);
        String intParsing = "Input should be a valid integer, unable to parse string as an integer";

        c.add(get("#1 plaintext", "/plaintext", 200, TEXT, "Hello, World!"));
        c.add(get("#2 json", "/json", 200, JSON, "{\"message\":\"Hello, World!\"}"));

        // #3, and #6 on the first, a middle and the last of the 1000 routes.
        for (String prefix : new String[] {"", "/r0", "/r999", "/r500"}) {
            String tag = prefix.isEmpty() ? "#3" : "#6 " + prefix.substring(1);
            c.add(get(tag + " item q", prefix + "/items/5?q=x", 200, JSON, "{\"item_id\":5,\"q\":\"x\",\"limit\":10}"));
            if (prefix.equals("/r500")) {
                continue;
            }
            c.add(get(tag + " item no q", prefix + "/items/5", 200, JSON, "{\"item_id\":5,\"q\":null,\"limit\":10}"));
            c.add(get(
                    tag + " item bounds",
                    prefix + "/items/0?q=" + q50 + "&limit=100",
                    200,
                    JSON,
                    "{\"item_id\":0,\"q\":\"" + q50 + "\",\"limit\":100}"));
            c.add(get(
                    tag + " item limit=1",
                    prefix + "/items/7?limit=1",
                    200,
                    JSON,
                    "{\"item_id\":7,\"q\":null,\"limit\":1}"));
            c.add(get(
                    tag + " item_id=abc",
                    prefix + "/items/abc",
                    422,
                    JSON,
                    detail(err("int_parsing", "[\"path\",\"item_id\"]", intParsing, "\"abc\"", null))));
            c.add(get(
                    tag + " item_id=-1",
                    prefix + "/items/-1",
                    422,
                    JSON,
                    detail(err(
                            "greater_than_equal",
                            "[\"path\",\"item_id\"]",
                            "Input should be greater than or equal to 0",
                            "\"-1\"",
                            "{\"ge\":0}"))));
            c.add(get(
                    tag + " q 51 chars",
                    prefix + "/items/5?q=" + q51,
                    422,
                    JSON,
                    detail(err(
                            "string_too_long",
                            "[\"query\",\"q\"]",
                            "String should have at most 50 characters",
                            "\"" + q51 + "\"",
                            "{\"max_length\":50}"))));
            c.add(get(
                    tag + " limit=0",
                    prefix + "/items/5?limit=0",
                    422,
                    JSON,
                    detail(err(
                            "greater_than_equal",
                            "[\"query\",\"limit\"]",
                            "Input should be greater than or equal to 1",
                            "\"0\"",
                            "{\"ge\":1}"))));
            c.add(get(
                    tag + " limit=101",
                    prefix + "/items/5?limit=101",
                    422,
                    JSON,
                    detail(err(
                            "less_than_equal",
                            "[\"query\",\"limit\"]",
                            "Input should be less than or equal to 100",
                            "\"101\"",
                            "{\"le\":100}"))));
            c.add(get(
                    tag + " limit=abc",
                    prefix + "/items/5?limit=abc",
                    422,
                    JSON,
                    detail(err("int_parsing", "[\"query\",\"limit\"]", intParsing, "\"abc\"", null))));
            c.add(get(
                    tag + " three errors at once",
                    prefix + "/items/abc?q=" + q51 + "&limit=0",
                    422,
                    JSON,
                    detail(
                            err("int_parsing", "[\"path\",\"item_id\"]", intParsing, "\"abc\"", null),
                            err(
                                    "string_too_long",
                                    "[\"query\",\"q\"]",
                                    "String should have at most 50 characters",
                                    "\"" + q51 + "\"",
                                    "{\"max_length\":50}"),
                            err(
                                    "greater_than_equal",
                                    "[\"query\",\"limit\"]",
                                    "Input should be greater than or equal to 1",
                                    "\"0\"",
                                    "{\"ge\":1}"))));
        }

        // #4
        c.add(post(
                "#4 valid body",
                "/items/",
                VALID_ITEM,
                200,
                "{\"name\":\"Foo\",\"price\":50.5,\"tags\":[\"a\",\"b\"]}"));
        c.add(post(
                "#4 invalid body (three errors)",
                "/items/",
                INVALID_ITEM,
                422,
                detail(
                        err(
                                "string_too_short",
                                "[\"body\",\"name\"]",
                                "String should have at least 1 character",
                                "\"\"",
                                "{\"min_length\":1}"),
                        err(
                                "greater_than",
                                "[\"body\",\"price\"]",
                                "Input should be greater than 0",
                                "-1",
                                "{\"gt\":0.0}"),
                        err("list_type", "[\"body\",\"tags\"]", "Input should be a valid list", "\"nope\"", null))));
        c.add(post(
                "#4 defaults, int price as float",
                "/items/",
                "{\"name\":\"Bar\",\"price\":1}",
                200,
                "{\"name\":\"Bar\",\"price\":1.0,\"tags\":[]}"));
        c.add(post(
                "#4 missing name",
                "/items/",
                "{\"price\":2.5}",
                422,
                detail(err("missing", "[\"body\",\"name\"]", "Field required", "{\"price\":2.5}", null))));
        c.add(post(
                "#4 malformed JSON",
                "/items/",
                "{\"name\":",
                422,
                detail(err(
                        "json_invalid",
                        "[\"body\",8]",
                        "JSON decode error",
                        "{}",
                        "{\"error\":\"Expecting value\"}"))));

        // #5
        c.add(getWith(
                "#5 deps with X-Token",
                "/deps/",
                Map.of("X-Token", "secret"),
                200,
                "{\"skip\":0,\"limit\":100,\"user\":\"secret\",\"session\":true}"));
        c.add(getWith(
                "#5 deps skip, limit",
                "/deps/?skip=5&limit=7",
                Map.of("X-Token", "t"),
                200,
                "{\"skip\":5,\"limit\":7,\"user\":\"t\",\"session\":true}"));
        c.add(getWith("#5 deps without X-Token", "/deps/", Map.of(), 401, "{\"detail\":\"Not authenticated\"}"));
        c.add(getWith(
                "#5 deps skip=abc",
                "/deps/?skip=abc",
                Map.of("X-Token", "t"),
                422,
                detail(err("int_parsing", "[\"query\",\"skip\"]", intParsing, "\"abc\"", null))));
        // No dependency runs while an input is invalid, so the input error wins over the 401.
        c.add(getWith(
                "#5 deps skip=abc without X-Token: 422 before 401",
                "/deps/?skip=abc",
                Map.of(),
                422,
                detail(err("int_parsing", "[\"query\",\"skip\"]", intParsing, "\"abc\"", null))));
        c.add(getWith(
                "#5 deps limit only, without X-Token",
                "/deps/?limit=5",
                Map.of(),
                401,
                "{\"detail\":\"Not authenticated\"}"));

        // Not found
        c.add(get("404 unknown path", "/nope", 404, JSON, "{\"detail\":\"Not Found\"}"));
        c.add(get("404 past the last route", "/r1000/items/1", 404, JSON, "{\"detail\":\"Not Found\"}"));
        return c;
    }

    /** Runs every check against {@code http://host:port}. */
    public static List<Outcome> run(String host, int port) {
        HttpClient client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5))
                .build();
        List<Outcome> outcomes = new ArrayList<>();
        for (Check check : checks()) {
            outcomes.add(run(client, "http://" + host + ":" + port, check));
        }
        return outcomes;
    }

    static Outcome run(HttpClient client, String base, Check check) {
        HttpRequest.Builder req = HttpRequest.newBuilder(URI.create(base + check.path()))
                .timeout(Duration.ofSeconds(30))
                .method(
                        check.method(),
                        check.body() == null
                                ? HttpRequest.BodyPublishers.noBody()
                                : HttpRequest.BodyPublishers.ofString(check.body()));
        check.headers().forEach(req::header);
        HttpResponse<String> res;
        try {
            res = client.send(req.build(), HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            return new Outcome(check, false, "request failed: " + e);
        }
        if (res.statusCode() != check.status()) {
            return new Outcome(
                    check,
                    false,
                    "status " + res.statusCode() + ", expected " + check.status() + "; body " + res.body());
        }
        String ct = res.headers().firstValue("content-type").orElse("");
        if (!ct.startsWith(check.contentType())) {
            return new Outcome(check, false, "content-type '" + ct + "', expected " + check.contentType());
        }
        if (check.contentType().equals(TEXT)) {
            return res.body().equals(check.expected())
                    ? new Outcome(check, true, "")
                    : new Outcome(check, false, "body '" + res.body() + "', expected '" + check.expected() + "'");
        }
        String diff;
        try {
            diff = diff(MAPPER.readTree(check.expected()), MAPPER.readTree(res.body()), "$");
        } catch (Exception e) {
            diff = "body is not JSON: " + res.body();
        }
        return diff == null
                ? new Outcome(check, true, "")
                : new Outcome(
                        check,
                        false,
                        diff + "\n       got:      " + res.body() + "\n       expected: " + check.expected());
    }

    /**
     * Null when equal. Stricter than {@link JsonNode#equals}: object keys must come in the same
     * order, and an integer never equals a float ({@code 1} vs {@code 1.0}).
     */
    static String diff(JsonNode exp, JsonNode act, String at) {
        if (exp.isNumber() && act.isNumber()) {
            if (exp.isIntegralNumber() != act.isIntegralNumber()) {
                return at + ": " + act + " is " + (act.isIntegralNumber() ? "an integer" : "a float") + ", expected "
                        + exp;
            }
            return exp.decimalValue().compareTo(act.decimalValue()) == 0 ? null : at + ": " + act + ", expected " + exp;
        }
        if (exp.getNodeType() != act.getNodeType()) {
            return at + ": " + act + ", expected " + exp;
        }
        if (exp.isObject()) {
            List<String> ek = new ArrayList<>();
            List<String> ak = new ArrayList<>();
            exp.fieldNames().forEachRemaining(ek::add);
            act.fieldNames().forEachRemaining(ak::add);
            if (!ek.equals(ak)) {
                return at + ": keys " + ak + ", expected " + ek;
            }
            for (String k : ek) {
                String d = diff(exp.get(k), act.get(k), at + "." + k);
                if (d != null) {
                    return d;
                }
            }
            return null;
        }
        if (exp.isArray()) {
            if (exp.size() != act.size()) {
                return at + ": " + act.size() + " elements, expected " + exp.size();
            }
            Iterator<JsonNode> e = exp.elements();
            Iterator<JsonNode> a = act.elements();
            for (int i = 0; e.hasNext(); i++) {
                String d = diff(e.next(), a.next(), at + "[" + i + "]");
                if (d != null) {
                    return d;
                }
            }
            return null;
        }
        return exp.equals(act) ? null : at + ": " + act + ", expected " + exp;
    }

    public static void main(String[] args) {
        String host = BenchConfig.HOST;
        int port = 8080;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--port" -> port = Integer.parseInt(args[++i]);
                case "--host" -> host = args[++i];
                default -> {
                    System.err.println("usage: ContractCheck --port P [--host H]");
                    System.exit(2);
                }
            }
        }
        System.exit(report(run(host, port), host + ":" + port));
    }

    /** Prints the outcomes and a summary line; returns the exit code (0 when all passed). */
    static int report(List<Outcome> outcomes, String target) {
        int failed = 0;
        for (Outcome o : outcomes) {
            System.out.println(o);
            if (!o.ok()) {
                failed++;
            }
        }
        System.out.println("contract " + target + ": " + (outcomes.size() - failed) + " passed, " + failed + " failed");
        return failed == 0 ? 0 : 1;
    }
}
