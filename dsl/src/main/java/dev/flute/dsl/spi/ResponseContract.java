package dev.flute.dsl.spi;

import com.fasterxml.jackson.databind.JsonNode;
import dev.flute.dsl.Operation;
import dev.flute.dsl.Output;
import dev.flute.dsl.http.ValidationError;
import dev.flute.dsl.types.Loc;
import dev.flute.dsl.types.Type;
import io.vertx.core.http.HttpMethod;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a route may answer, read from its own description, and the check of one answer against it:
 * the status is documented (the success status, the documented responses, 422 when the route reads
 * input) or one of the framework's own answers, the content type is the declared one, and a JSON
 * body is valid against its declared type, read through that {@link Type} so a failure names its
 * place ({@code $.items[2].price}). The test client checks every response with it; a server can
 * log or refuse non-conforming ones ({@code Api.Settings.responseChecks}).
 *
 * <pre>{@code
 * List<ResponseContract.Mismatch> wrong = ResponseContract.of(route).check(GET, 200, "application/json", body);
 * }</pre>
 *
 * <p>The framework's own answers a route may give without documenting them: 400, 413 and 415 for a
 * malformed, too large or unsupported body or form, 401 and 403 when the route checks a security scheme, 503
 * when blocking work is refused, 504 when its timeout passes, 206, 416 and 400 for a file asked for
 * by range (a file output, or a route that does not declare its output). A request no route served may be
 * answered 404, 405 or a slash redirect (307). Any other 5xx is never conforming.
 */
public final class ResponseContract {
    private static final Set<Integer> UNROUTED_ANSWERS = Set.of(404, 405, 307);
    /** Every status but a server error: what a middleware may answer before routing. */
    private static final Set<Integer> BELOW_SERVER_ERRORS =
            java.util.stream.IntStream.range(100, 500).boxed().collect(java.util.stream.Collectors.toUnmodifiableSet());

    /**
     * Reads what the server wrote, not what a client sent: a 422 echoes a request nested as deep as
     * the API's {@code maxJsonDepth} allows, so the request-side bound does not apply here.
     */
    private static final com.fasterxml.jackson.databind.ObjectMapper READER =
            com.fasterxml.jackson.databind.json.JsonMapper.builder(com.fasterxml.jackson.core.JsonFactory.builder()
                            .streamReadConstraints(com.fasterxml.jackson.core.StreamReadConstraints.builder()
                                    .maxNestingDepth(100_000)
                                    .maxStringLength(Integer.MAX_VALUE)
                                    .maxNumberLength(100_000)
                                    .build())
                            .build())
                    .enable(com.fasterxml.jackson.core.json.JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
                    .enable(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                    .build();

    /** One way an answer differs from its description. */
    public record Mismatch(String where, String problem) {
        @Override
        public String toString() {
            return where + ": " + problem;
        }
    }

    private final String route;
    /** Each documented status with the output documenting its body (null: any body). */
    private final Map<Integer, Expected> documented;

    private final Set<Integer> framework;

    /** A documented answer: its output (null when only described) and any media types its doc adds. */
    private record Expected(Output<?> output, Set<String> mediaTypes, boolean validationError) {}

    private ResponseContract(String route, Map<Integer, Expected> documented, Set<Integer> framework) {
        this.route = route;
        this.documented = documented;
        this.framework = framework;
    }

    /** The contract of a resolved route. */
    public static ResponseContract of(ResolvedRoute route) {
        var documented = new LinkedHashMap<Integer, Expected>();
        documented.put(route.status(), new Expected(route.output(), Set.of(), false));
        for (Map.Entry<Integer, Operation.ResponseDoc> e : route.responses().entrySet()) {
            Operation.ResponseDoc doc = e.getValue();
            Expected before = documented.get(e.getKey());
            Output<?> output = doc.output() != null ? doc.output() : before == null ? null : before.output();
            documented.put(e.getKey(), new Expected(output, extraMediaTypes(doc), false));
        }
        boolean readsInput = !route.parameters().isEmpty()
                || !route.bodies().isEmpty()
                || !route.forms().isEmpty();
        if (readsInput) documented.putIfAbsent(422, new Expected(null, Set.of(), true));
        var framework = new LinkedHashSet<Integer>();
        if (!route.bodies().isEmpty() || !route.forms().isEmpty()) framework.addAll(List.of(400, 413, 415));
        if (!route.security().isEmpty()) framework.addAll(List.of(401, 403));
        if (route.nodes().stream().anyMatch(n -> n instanceof Node.Call c && c.blocking())) framework.add(503);
        if (route.timeout() != null) framework.add(504);
        // A file honours Range: a part (206), a range it cannot serve (416), a malformed one (400).
        if (route.output() == null || route.output().kind() == Output.Kind.FILE)
            framework.addAll(List.of(206, 400, 416));
        return new ResponseContract(route.describe(), documented, framework);
    }

    /** The contract of a request no route served: the framework's 404, 405 and slash redirect. */
    public static ResponseContract unrouted(HttpMethod method, String path) {
        return new ResponseContract(method.name() + " " + path + " (no route)", Map.of(), UNROUTED_ANSWERS);
    }

    /**
     * The contract of an answer an API middleware gave before routing (a CORS preflight): no route
     * describes it, so anything but a server error.
     */
    public static ResponseContract beforeRouting(HttpMethod method, String path) {
        return new ResponseContract(
                method.name() + " " + path + " (answered by middleware before routing)", Map.of(), BELOW_SERVER_ERRORS);
    }

    /** The route, for messages: {@code GET /items/<id>}. */
    public String route() {
        return route;
    }

    /** The statuses the route documents, in the document's order. */
    public Set<Integer> documentedStatuses() {
        return java.util.Collections.unmodifiableSet(documented.keySet());
    }

    /** The statuses the framework may answer on the route's behalf without its documenting them. */
    public Set<Integer> frameworkStatuses() {
        return java.util.Collections.unmodifiableSet(framework);
    }

    /**
     * Checks one answer; empty when it conforms.
     *
     * @param contentType the {@code Content-Type} sent, or null
     * @param body the body as received (empty for HEAD, whose body is not checked)
     */
    public List<Mismatch> check(HttpMethod method, int status, String contentType, byte[] body) {
        var out = new ArrayList<Mismatch>();
        Expected expected = documented.get(status);
        if (status >= 500 && !framework.contains(status)) {
            out.add(new Mismatch("status", status + " is a server error: " + excerpt(body)));
            return out;
        }
        if (expected == null) {
            if (!framework.contains(status)) {
                out.add(new Mismatch(
                        "status",
                        status + " is not documented (documented: " + documented.keySet()
                                + (framework.isEmpty() ? "" : ", the framework's: " + framework) + ")"));
            }
            return out;
        }
        boolean head = method == HttpMethod.HEAD;
        if (expected.validationError()) {
            if (!isJson(contentType)) out.add(contentTypeMismatch("application/json", contentType));
            else if (!head) validationError(body, out);
            return out;
        }
        Output<?> output = expected.output();
        if (output == null) return out;
        String declared = output.mediaType();
        if (declared != null
                && !sameMediaType(declared, contentType)
                && expected.mediaTypes().stream().noneMatch(m -> sameMediaType(m, contentType))) {
            out.add(contentTypeMismatch(declared, contentType));
            return out;
        }
        if (head || !sameMediaType(declared, contentType)) return out;
        switch (output.kind()) {
            case JSON -> json(output.type(), output.options(), body, "$", out);
            case JSON_LINES -> lines(output.type(), body, out);
            case EVENTS -> events(output.type(), body, out);
            case NONE -> {
                if (body.length > 0)
                    out.add(new Mismatch("body", "no body is declared, but " + body.length + " bytes came"));
            }
            default -> {}
        }
        return out;
    }

    /**
     * As {@link #check}, for a streamed body read only in part (a client that left an endless event
     * stream): its last event or line, cut where the client stopped, is not judged.
     */
    public List<Mismatch> checkPart(HttpMethod method, int status, String contentType, byte[] part) {
        String text = new String(part, StandardCharsets.UTF_8).replace("\r\n", "\n");
        String end = contentType != null && essence(contentType).equals("text/event-stream") ? "\n\n" : "\n";
        int last = text.lastIndexOf(end);
        String whole = last < 0 ? "" : text.substring(0, last + end.length());
        return check(method, status, contentType, whole.getBytes(StandardCharsets.UTF_8));
    }

    private static Set<String> extraMediaTypes(Operation.ResponseDoc doc) {
        if (doc.extra().get("content") instanceof Map<?, ?> content) {
            var types = new LinkedHashSet<String>();
            for (Object key : content.keySet()) types.add(String.valueOf(key));
            return types;
        }
        return Set.of();
    }

    private static Mismatch contentTypeMismatch(String declared, String actual) {
        return new Mismatch("content-type", "declared " + declared + ", sent " + actual);
    }

    /** Reads the body through the declared type, as a request body is read, and reports each error at its place. */
    private static void json(Type<?> type, Output.JsonOptions options, byte[] body, String at, List<Mismatch> out) {
        JsonNode node = parse(body, at, out);
        if (node == null || type == null) return;
        var errors = new ArrayList<ValidationError>();
        try {
            var unused = type.fromJson(node, Loc.of(at), errors); // only the errors matter
        } catch (RuntimeException e) {
            out.add(new Mismatch(at, "cannot be read as declared: " + e));
            return;
        }
        for (ValidationError error : errors) {
            if (leftOutOnPurpose(error, options)) continue;
            out.add(new Mismatch(path(error.loc()), error.msg() + " (" + error.type() + "), got " + error.input()));
        }
    }

    /**
     * FastAPI's {@code response_model_exclude_unset}/{@code _none} leave fields out anywhere, and
     * {@code include}/{@code exclude} at the top: a field missing for them is what was declared.
     */
    private static boolean leftOutOnPurpose(ValidationError error, Output.JsonOptions options) {
        if (!error.type().equals("missing")) return false;
        if (options.excludeUnset() || options.excludeNone()) return true;
        if (error.loc().size() != 2) return false;
        Object field = error.loc().get(1);
        return options.exclude().contains(field)
                || (!options.include().isEmpty() && !options.include().contains(field));
    }

    private static void lines(Type<?> item, byte[] body, List<Mismatch> out) {
        String[] lines = new String(body, StandardCharsets.UTF_8).split("\n");
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].isEmpty()) continue;
            json(item, Output.JsonOptions.DEFAULT, lines[i].getBytes(StandardCharsets.UTF_8), "$[" + i + "]", out);
        }
    }

    /** Each event's {@code data} lines, joined, are one item. */
    private static void events(Type<?> item, byte[] body, List<Mismatch> out) {
        String[] events =
                new String(body, StandardCharsets.UTF_8).replace("\r\n", "\n").split("\n\n");
        for (int i = 0; i < events.length; i++) {
            var data = new StringBuilder();
            for (String line : events[i].split("\n")) {
                if (!line.startsWith("data:")) continue;
                if (data.length() > 0) data.append('\n');
                data.append(line.substring(line.startsWith("data: ") ? 6 : 5));
            }
            if (data.length() == 0) continue;
            byte[] bytes = data.toString().getBytes(StandardCharsets.UTF_8);
            json(item, Output.JsonOptions.DEFAULT, bytes, "$[" + i + "]", out);
        }
    }

    /** FastAPI's {@code HTTPValidationError}: {@code {"detail": [{"loc": [...], "msg": "...", "type": "..."}]}}. */
    private static void validationError(byte[] body, List<Mismatch> out) {
        JsonNode node = parse(body, "$", out);
        if (node == null) return;
        JsonNode detail = node.get("detail");
        if (detail == null || !detail.isArray()) {
            out.add(new Mismatch("$.detail", "a 422 carries a list of validation errors, got " + detail));
            return;
        }
        for (int i = 0; i < detail.size(); i++) {
            String at = "$.detail[" + i + "]";
            JsonNode error = detail.get(i);
            JsonNode loc = error.get("loc");
            if (loc == null || !loc.isArray()) out.add(new Mismatch(at + ".loc", "Field required (a list)"));
            else
                for (int j = 0; j < loc.size(); j++)
                    if (!loc.get(j).isTextual() && !loc.get(j).isInt())
                        out.add(new Mismatch(at + ".loc[" + j + "]", "a string or an integer, got " + loc.get(j)));
            for (String field : List.of("msg", "type"))
                if (error.get(field) == null || !error.get(field).isTextual())
                    out.add(new Mismatch(at + "." + field, "Field required (a string), got " + error.get(field)));
        }
    }

    private static JsonNode parse(byte[] body, String at, List<Mismatch> out) {
        try {
            JsonNode node = READER.readTree(body);
            if (node == null || node.isMissingNode()) out.add(new Mismatch(at, "the body is empty, JSON was declared"));
            else return node;
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            out.add(new Mismatch(at, "not JSON: " + e.getOriginalMessage()));
        } catch (IOException e) {
            out.add(new Mismatch(at, "not JSON: " + e.getMessage()));
        }
        return null;
    }

    /** A location as a JSON path: {@code ["$", "items", 2, "price"]} is {@code $.items[2].price}. */
    static String path(List<Object> loc) {
        var out = new StringBuilder(String.valueOf(loc.get(0)));
        for (Object key : loc.subList(1, loc.size())) {
            if (key instanceof Integer) out.append('[').append(key).append(']');
            else if (key.toString().matches("[A-Za-z_][A-Za-z0-9_]*"))
                out.append('.').append(key);
            else out.append("['").append(key.toString().replace("'", "\\'")).append("']");
        }
        return out.toString();
    }

    private static boolean isJson(String contentType) {
        return sameMediaType("application/json", contentType);
    }

    /** The same type and subtype, whatever the parameters ({@code charset}) and case. */
    private static boolean sameMediaType(String declared, String actual) {
        if (declared == null || actual == null) return declared == actual;
        return essence(declared).equals(essence(actual));
    }

    private static String essence(String mediaType) {
        int semicolon = mediaType.indexOf(';');
        return (semicolon < 0 ? mediaType : mediaType.substring(0, semicolon))
                .trim()
                .toLowerCase(java.util.Locale.ROOT);
    }

    private static String excerpt(byte[] body) {
        String text = new String(body, StandardCharsets.UTF_8);
        return text.length() > 200 ? text.substring(0, 200) + "..." : text;
    }
}
