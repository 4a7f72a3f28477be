package dev.flute.schema;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.flute.dsl.Api;
import dev.flute.dsl.Body;
import dev.flute.dsl.FormInput;
import dev.flute.dsl.FormModel;
import dev.flute.dsl.Json;
import dev.flute.dsl.Operation;
import dev.flute.dsl.Output;
import dev.flute.dsl.Param;
import dev.flute.dsl.RouteSpec;
import dev.flute.dsl.python.PyStrings;
import dev.flute.dsl.spi.Parameter;
import dev.flute.dsl.spi.Requirement;
import dev.flute.dsl.spi.ResolvedApi;
import dev.flute.dsl.spi.ResolvedRoute;
import dev.flute.dsl.types.Type;
import dev.flute.schema.internal.Phrases;
import dev.flute.schema.internal.Trees;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The OpenAPI 3.1 document of an {@link Api}, read from the same values that serve it, shaped as
 * FastAPI 0.115 shapes its own: a FastAPI client generator or gateway sees the same document.
 *
 * <pre>{@code
 * OpenApi doc = OpenApi.of(api);
 * String json = doc.json();          // what /openapi.json serves
 * String yaml = doc.yaml();          // for gateways and client generators
 * ObjectNode tree = doc.document();  // a copy to inspect or post-process
 * }</pre>
 *
 * <p>Per operation: tags (the groups' first), summary (the route's, else its name title-cased),
 * description (cut at a form feed), operationId, deprecated, parameters (the route's and its
 * dependencies', parameter models field by field, path/query/header/cookie, each once),
 * requestBody (one body as it is, several as FastAPI's {@code Body_<operationId>} component; form
 * fields and files as that component, urlencoded or multipart; a form model as itself), responses
 * (the success status with the response model's schema as written, documented extra responses of
 * groups and route, and 422 with {@code HTTPValidationError} when the route reads any input),
 * security (the schemes its dependencies check, with the scopes required of them, listed under
 * {@code components.securitySchemes}), and the route's {@code openapiExtra} merged last. Routes
 * marked {@code includeInSchema(false)} and WebSocket routes are left out.
 *
 * <p>The document is built once, when {@code of} is called: a problem in the API (two operations
 * with one operationId, two different security schemes under one name, an input kind this module
 * cannot document) fails there, not on a request.
 */
public final class OpenApi {
    /** The OpenAPI version written, as FastAPI writes it. */
    public static final String VERSION = "3.1.0";

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final YAMLMapper YAML = YAMLMapper.builder(YAMLFactory.builder()
                    .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
                    .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
                    .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
                    .enable(YAMLGenerator.Feature.LITERAL_BLOCK_STYLE)
                    .build())
            .build();

    private final ObjectNode document;
    private final String json;

    private OpenApi(ObjectNode document) {
        this.document = document;
        this.json = write(Json.writer(), document);
    }

    /** Builds the document of {@code api}. */
    public static OpenApi of(Api api) {
        return new OpenApi(new Builder(api).build());
    }

    /** The document as a tree: a fresh copy on every call, free to change. */
    public ObjectNode document() {
        return document.deepCopy();
    }

    /** Compact JSON, as {@code /openapi.json} serves it. */
    public String json() {
        return json;
    }

    /** Indented JSON (two spaces, {@code \n} line ends), for files under version control. */
    public String prettyJson() {
        return prettyJson(document);
    }

    /** Any JSON tree as {@link #prettyJson()} writes a document: for approval files and readable diffs. */
    public static String prettyJson(JsonNode tree) {
        return write(Json.writer().with(Trees.prettyPrinter()), tree) + "\n";
    }

    /** The same document as YAML. */
    public String yaml() {
        try {
            return YAML.writeValueAsString(document);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String write(ObjectWriter writer, JsonNode node) {
        try {
            return writer.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One pass over the API; holds the named schemas and the operationIds seen so far. */
    private static final class Builder {
        private final Api api;
        private final Definitions defs = Definitions.forOpenApi();
        /** Every scheme of every operation, by name, in order of first use. */
        private final Map<String, ObjectNode> securitySchemes = new LinkedHashMap<>();

        private final Map<String, String> securityUsers = new LinkedHashMap<>();

        Builder(Api api) {
            this.api = api;
        }

        ObjectNode build() {
            ObjectNode doc = NODES.objectNode();
            doc.put("openapi", VERSION);
            doc.set("info", info(api.info()));
            String root = api.settings().rootPath();
            if (root != null && !root.isEmpty() && !root.equals("/")) {
                String url = root.endsWith("/") ? root.substring(0, root.length() - 1) : root;
                doc.putArray("servers").addObject().put("url", url);
            }
            ObjectNode paths = doc.putObject("paths");
            for (ResolvedRoute route : ResolvedApi.of(api).routes()) {
                if (!route.spec().operation().includeInSchema()) continue;
                // A WebSocket is no HTTP operation: OpenAPI has nothing to say about it.
                if (RouteSpec.WEBSOCKET.equals(route.method())) continue;
                String method = route.method().name().toLowerCase(Locale.ROOT);
                String format = route.path().format();
                ObjectNode path = paths.has(format) ? (ObjectNode) paths.get(format) : paths.putObject(format);
                path.set(method, operation(route));
            }
            var schemas = defs.resolve();
            if (!schemas.isEmpty()) doc.with("components").putObject("schemas").setAll(schemas);
            if (!securitySchemes.isEmpty())
                doc.with("components").putObject("securitySchemes").setAll(securitySchemes);
            defs.link(doc);
            Trees.stripNulls(doc);
            return doc;
        }

        private static ObjectNode info(Api.Info info) {
            ObjectNode node = NODES.objectNode();
            node.put("title", info.title());
            node.put("version", info.version());
            if (info.summary() != null) node.put("summary", info.summary());
            if (info.description() != null) node.put("description", info.description());
            return node;
        }

        private ObjectNode operation(ResolvedRoute route) {
            Operation op = route.spec().operation();
            ObjectNode node = NODES.objectNode();
            var tags = route.tags();
            if (!tags.isEmpty()) tags.forEach(node.putArray("tags")::add);
            String summary =
                    op.summary() != null ? op.summary() : op.name() != null ? PyStrings.summary(op.name()) : null;
            if (summary != null) node.put("summary", summary);
            String description = description(op.description());
            if (description != null) node.put("description", description);
            String operationId = route.operationId();
            node.put("operationId", operationId);
            if (op.deprecated()) node.put("deprecated", true);

            var params = documented(route.parameters());
            if (!params.isEmpty()) {
                ArrayNode array = node.putArray("parameters");
                for (Parameter p : params) array.add(parameter(p));
            }
            if (!route.bodies().isEmpty()) node.set("requestBody", requestBody(route.bodies(), operationId));
            else if (!route.forms().isEmpty()) node.set("requestBody", formBody(route.forms(), operationId));
            boolean readsInput = !route.parameters().isEmpty()
                    || !route.bodies().isEmpty()
                    || !route.forms().isEmpty();
            node.set("responses", responses(route, operationId, readsInput));
            if (!route.security().isEmpty()) node.set("security", security(route.security(), route.describe()));
            if (!op.extra().isEmpty()) Trees.deepMerge(node, Trees.tree(op.extra()));
            return node;
        }

        /**
         * The parameters as FastAPI documents them: ordered by place, without hidden ones, each
         * (place, name) once, keeping its first position and its last declaration (its last required
         * one when there is one).
         */
        private static List<Parameter> documented(List<Parameter> all) {
            var ordered = new java.util.ArrayList<Parameter>(all.size());
            for (Param.In in : Param.In.values()) {
                for (Parameter p : all) if (p.in() == in && p.type().meta().includeInSchema()) ordered.add(p);
            }
            Map<String, Parameter> byKey = new LinkedHashMap<>();
            Map<String, Parameter> required = new LinkedHashMap<>();
            for (Parameter p : ordered) {
                String key = p.in().label() + "\u0000" + p.name();
                byKey.put(key, p);
                if (p.type().required()) required.put(key, p);
            }
            byKey.putAll(required);
            return List.copyOf(byKey.values());
        }

        /**
         * One requirement per scheme, with the scopes of all its uses; the schemes go to
         * {@code components.securitySchemes}. A name may stand for one scheme only in a document.
         */
        private ArrayNode security(List<Requirement> requirements, String route) {
            ArrayNode array = NODES.arrayNode();
            for (Requirement r : requirements) {
                String name = r.scheme().name();
                ObjectNode scheme = (ObjectNode) Trees.tree(r.scheme().openapi());
                Trees.stripNulls(scheme);
                ObjectNode seen = securitySchemes.putIfAbsent(name, scheme);
                if (seen != null && !seen.equals(scheme)) {
                    throw new IllegalArgumentException("two different security schemes are both named '" + name
                            + "': in " + securityUsers.get(name) + " and in " + route
                            + "; give one of them its own scheme name");
                }
                securityUsers.putIfAbsent(name, route);
                ArrayNode scopes = array.addObject().putArray(name);
                r.scopes().forEach(scopes::add);
            }
            return array;
        }

        /** FastAPI documents what comes before a form feed, stripped. */
        private static String description(String text) {
            if (text == null) return null;
            int cut = text.indexOf('\f');
            String kept = (cut >= 0 ? text.substring(0, cut) : text).strip();
            return kept.isEmpty() ? null : kept;
        }

        private ObjectNode parameter(Parameter p) {
            ObjectNode node = NODES.objectNode();
            node.put("name", p.name());
            node.put("in", p.in().label());
            node.put("required", p.type().required());
            node.set("schema", JsonSchemas.schema(p.type(), defs, PyStrings.fieldTitle(p.field())));
            if (p.type().meta().description() != null)
                node.put("description", p.type().meta().description());
            if (p.type().meta().deprecated()) node.put("deprecated", true);
            return node;
        }

        /**
         * One body is the document itself; several (or one embedded) are the members of FastAPI's
         * {@code Body_<operationId>} object.
         */
        private ObjectNode requestBody(List<Body<?>> bodies, String operationId) {
            ObjectNode schema;
            boolean required;
            if (bodies.size() == 1 && !bodies.get(0).embedded()) {
                Body<?> body = bodies.get(0);
                schema = withExamples(JsonSchemas.schema(body.type(), defs, PyStrings.fieldTitle(body.name())), body);
                required = body.type().required();
            } else {
                var members = new LinkedHashMap<String, ObjectNode>();
                var names = new java.util.ArrayList<String>();
                for (Body<?> b : bodies) {
                    members.put(b.name(), withExamples(member(b.name(), b.type()), b));
                    if (b.type().required()) names.add(b.name());
                }
                schema = bodyComponent(operationId, members, names);
                required = !names.isEmpty();
            }
            return content("application/json", schema, required);
        }

        /**
         * A form, as FastAPI documents {@code Form()} and {@code File()}: a form model is the schema
         * itself; fields and files are the members of a {@code Body_<operationId>} object. Multipart
         * when any input can carry a file, urlencoded otherwise.
         */
        private ObjectNode formBody(List<FormInput<?>> forms, String operationId) {
            boolean multipart = forms.stream().anyMatch(f -> FormInput.MULTIPART.equals(f.mediaType()));
            String mediaType = multipart ? FormInput.MULTIPART : FormInput.URLENCODED;
            if (forms.size() == 1 && forms.get(0) instanceof FormModel<?> m) {
                return content(
                        mediaType,
                        JsonSchemas.schema(m.model(), defs),
                        m.model().required());
            }
            var members = new LinkedHashMap<String, ObjectNode>();
            var names = new java.util.ArrayList<String>();
            for (FormInput<?> f : forms) {
                var type = f.type();
                if (!type.meta().includeInSchema()) continue;
                String name = f.wireName();
                members.put(name, member(name, type));
                if (type.required()) names.add(name);
            }
            return content(mediaType, bodyComponent(operationId, members, names), !names.isEmpty());
        }

        /** A member of a {@code Body_} object: titled after its name unless it is a reference. */
        private ObjectNode member(String name, Type<?> type) {
            return JsonSchemas.schema(type, defs, JsonSchemas.isReference(type) ? null : PyStrings.fieldTitle(name));
        }

        /** FastAPI's {@code Body(examples=[...])}: the examples of the body's schema, at the place it is used. */
        private static ObjectNode withExamples(ObjectNode schema, Body<?> body) {
            if (body.examples().isEmpty()) return schema;
            ArrayNode examples = schema.putArray("examples");
            for (Object example : body.examples()) examples.add(JsonSchemas.value(body.type(), example));
            return schema;
        }

        private ObjectNode bodyComponent(String operationId, Map<String, ObjectNode> members, List<String> required) {
            String name = "Body_" + operationId;
            ObjectNode object = NODES.objectNode();
            object.putObject("properties").setAll(members);
            object.put("type", "object");
            if (!required.isEmpty()) required.forEach(object.putArray("required")::add);
            object.put("title", name);
            return defs.reserve(name, object);
        }

        private static ObjectNode content(String mediaType, ObjectNode schema, boolean required) {
            ObjectNode node = NODES.objectNode();
            node.putObject("content").putObject(mediaType).set("schema", schema);
            if (required) node.put("required", true);
            return node;
        }

        private ObjectNode responses(ResolvedRoute route, String operationId, boolean readsInput) {
            ObjectNode responses = NODES.objectNode();
            int status = route.status();
            ObjectNode success = responses.putObject(String.valueOf(status));
            success.put("description", "Successful Response");
            if (bodyAllowed(status)) {
                Output<?> output = route.output();
                if (output == null)
                    success.putObject("content").putObject("application/json").putObject("schema");
                else content(success, output, "Response_" + operationId);
            }
            for (var entry : route.responses().entrySet()) {
                int code = entry.getKey();
                Operation.ResponseDoc doc = entry.getValue();
                String key = String.valueOf(code);
                ObjectNode response = responses.has(key) ? (ObjectNode) responses.get(key) : responses.putObject(key);
                String existing = response.path("description").asText(null);
                if (doc.output() != null && bodyAllowed(code))
                    content(response, doc.output(), "Response_" + code + "_" + operationId);
                if (!doc.extra().isEmpty()) Trees.deepMerge(response, Trees.tree(doc.extra()));
                String description = firstNonNull(
                        doc.description(),
                        doc.extra().get("description") instanceof String s ? s : null,
                        existing,
                        phrase(code),
                        "Additional Response");
                response.put("description", description);
            }
            if (readsInput && !responses.has("422") && !responses.has("4XX") && !responses.has("default")) {
                ObjectNode invalid = responses.putObject("422");
                invalid.put("description", "Validation Error");
                invalid.putObject("content").putObject("application/json").set("schema", validationError());
            }
            return responses;
        }

        /**
         * What an output sends, under its media type: a JSON value's schema as written (FastAPI's
         * response model), a text's schema, bytes and files as binary strings, streamed items'
         * schema under {@code x-itemSchema} (OpenAPI 3.1 has no place for it yet).
         */
        private void content(ObjectNode response, Output<?> output, String fallbackTitle) {
            ObjectNode schema;
            switch (output.kind()) {
                case JSON -> schema =
                        JsonSchemas.outputSchema(output.type(), defs, PyStrings.fieldTitle(fallbackTitle));
                case TEXT -> schema = JsonSchemas.outputSchema(output.type(), defs, null);
                case BYTES, FILE, STREAM -> schema =
                        NODES.objectNode().put("type", "string").put("format", "binary");
                case EVENTS, JSON_LINES -> schema = NODES.objectNode().put("type", "string");
                default -> {
                    return;
                }
            }
            String mediaType = output.mediaType() != null ? output.mediaType() : "application/octet-stream";
            ObjectNode media = response.with("content").with(mediaType);
            ObjectNode existing = media.has("schema") ? (ObjectNode) media.get("schema") : null;
            if (existing != null) Trees.deepMerge(existing, schema);
            else media.set("schema", schema);
            if (output.kind() == Output.Kind.EVENTS || output.kind() == Output.Kind.JSON_LINES)
                media.set("x-itemSchema", JsonSchemas.outputSchema(output.type(), defs, null));
        }

        /** FastAPI 0.115's two components, exactly: a client generated from them sees no change. */
        private ObjectNode validationError() {
            ObjectNode item = NODES.objectNode();
            ObjectNode props = item.putObject("properties");
            ObjectNode loc = props.putObject("loc");
            ArrayNode anyOf = loc.putObject("items").putArray("anyOf");
            anyOf.addObject().put("type", "string");
            anyOf.addObject().put("type", "integer");
            loc.put("type", "array").put("title", "Location");
            props.putObject("msg").put("type", "string").put("title", "Message");
            props.putObject("type").put("type", "string").put("title", "Error Type");
            item.put("type", "object");
            item.putArray("required").add("loc").add("msg").add("type");
            item.put("title", "ValidationError");
            ObjectNode itemRef = defs.reserve("ValidationError", item);

            ObjectNode http = NODES.objectNode();
            ObjectNode detail = http.putObject("properties").putObject("detail");
            detail.set("items", itemRef);
            detail.put("type", "array").put("title", "Detail");
            http.put("type", "object");
            http.put("title", "HTTPValidationError");
            return defs.reserve("HTTPValidationError", http);
        }

        /** FastAPI's {@code is_body_allowed_for_status_code}. */
        private static boolean bodyAllowed(int status) {
            return status >= 200 && status != 204 && status != 205 && status != 304;
        }

        /** Python's {@code http.client.responses} phrase, or null for a code it does not know. */
        private static String phrase(int code) {
            return Phrases.of(code);
        }

        @SafeVarargs
        private static <T> T firstNonNull(T... values) {
            for (T v : values) if (v != null) return v;
            return null;
        }
    }
}
