package dev.flute.bench.raw;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import dev.flute.bench.Sessions;
import io.vertx.core.buffer.Buffer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The per-request work of the raw server, free of Vert.x routing so it can be called (and
 * benchmarked) on its own: hand-parsed parameters, hand-written checks in FastAPI's semantics,
 * responses encoded by Jackson into {@link Buffer}s. Thread-safe; one instance can serve every
 * event loop.
 */
public final class RawEndpoints {
    /** A finished response; {@code session} is non-null when a session must be released once it is sent. */
    public record Response(int status, Buffer body, Sessions.Session session) {
        Response(int status, Buffer body) {
            this(status, body, null);
        }
    }

    public record Message(String message) {}

    public record ItemRead(@JsonProperty("item_id") Number itemId, String q, int limit) {}

    public record ItemOut(String name, double price, List<String> tags) {}

    public record DepsOut(Number skip, Number limit, String user, boolean session) {}

    /** Raw's own mapper (never Vert.x's global {@code DatabindCodec} one). */
    public static final ObjectMapper MAPPER = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private static final ObjectWriter MESSAGE = MAPPER.writerFor(Message.class);
    private static final ObjectWriter ITEM_READ = MAPPER.writerFor(ItemRead.class);
    private static final ObjectWriter ITEM_OUT = MAPPER.writerFor(ItemOut.class);
    private static final ObjectWriter DEPS_OUT = MAPPER.writerFor(DepsOut.class);

    public static final Buffer PLAINTEXT = Buffer.buffer("Hello, World!");
    public static final Buffer NOT_FOUND = Buffer.buffer("{\"detail\":\"Not Found\"}");
    public static final Buffer METHOD_NOT_ALLOWED = Buffer.buffer("{\"detail\":\"Method Not Allowed\"}");
    static final Buffer NOT_AUTHENTICATED = Buffer.buffer("{\"detail\":\"Not authenticated\"}");
    static final Buffer BODY_PARSE_ERROR = Buffer.buffer("{\"detail\":\"There was an error parsing the body\"}");

    private static final Object[] LOC_ITEM_ID = {"path", "item_id"};
    private static final Object[] LOC_Q = {"query", "q"};
    private static final Object[] LOC_LIMIT = {"query", "limit"};
    private static final Object[] LOC_SKIP = {"query", "skip"};
    private static final Object[] LOC_BODY = {"body"};
    private static final Object[] LOC_NAME = {"body", "name"};
    private static final Object[] LOC_PRICE = {"body", "price"};
    private static final Object[] LOC_TAGS = {"body", "tags"};
    private static final Object[] LOC_IMAGE = {"body", "image"};
    private static final Object[] LOC_IMAGE_URL = {"body", "image", "url"};
    private static final Object[] LOC_IMAGE_NAME = {"body", "image", "name"};

    private static final String[] ITEM_QUERY = {"q", "limit"};
    private static final String[] DEPS_QUERY = {"skip", "limit"};

    /** Rust's {@code f64::from_str} grammar, which pydantic uses for lax string-to-float. */
    private static final Pattern FLOAT =
            Pattern.compile("[+-]?(?:(?i:inf|infinity|nan)|(?:[0-9]+\\.?[0-9]*|\\.[0-9]+)(?:[eE][+-]?[0-9]+)?)");

    /** #2 {@code GET /json}. */
    public Buffer json() {
        return write(MESSAGE, new Message("Hello, World!"));
    }

    /**
     * #3 and #6 {@code GET /items/{item_id}?q=&limit=}: {@code item_id} int >= 0, {@code q}
     * optional, at most 50 characters, {@code limit} int in 1..100, default 10.
     *
     * @param itemId the decoded path segment
     * @param query the raw query string, or null
     */
    public Response readItem(String itemId, String query) {
        Errors errors = null;
        Number id = RawParams.parseInt(itemId);
        if (id == null || id == RawParams.TOO_LONG) {
            errors = new Errors().intParsing(LOC_ITEM_ID, itemId, id);
        } else if (!RawParams.atLeast(id, 0)) {
            errors = new Errors().greaterThanEqual(LOC_ITEM_ID, itemId, 0);
        }

        String[] values = new String[2];
        RawParams.scanQuery(query, ITEM_QUERY, values);
        String q = values[0];
        if (q != null && q.codePointCount(0, q.length()) > 50) {
            errors = (errors == null ? new Errors() : errors).stringTooLong(LOC_Q, q, 50);
        }
        int limit = 10;
        String limitText = values[1];
        if (limitText != null) {
            Number n = RawParams.parseInt(limitText);
            if (n == null || n == RawParams.TOO_LONG) {
                errors = (errors == null ? new Errors() : errors).intParsing(LOC_LIMIT, limitText, n);
            } else if (!RawParams.atLeast(n, 1)) {
                errors = (errors == null ? new Errors() : errors).greaterThanEqual(LOC_LIMIT, limitText, 1);
            } else if (!RawParams.atMost(n, 100)) {
                errors = (errors == null ? new Errors() : errors).lessThanEqual(LOC_LIMIT, limitText, 100);
            } else {
                limit = n.intValue();
            }
        }
        if (errors != null) {
            return new Response(422, errors.toBuffer(MAPPER));
        }
        return new Response(200, write(ITEM_READ, new ItemRead(id, q, limit)));
    }

    /**
     * #4 {@code POST /items/}: body {@code Item{name: str 1..100, price: float > 0, tags:
     * list[str] = [], image: Image{url: str, name: str} | None = None}}, answered as
     * {@code ItemOut{name, price, tags}}.
     *
     * @param contentType the Content-Type header, or null
     * @param body the request body, or null
     */
    public Response createItem(String contentType, Buffer body) {
        if (body == null || body.length() == 0) {
            return new Response(422, new Errors().missing(LOC_BODY, null).toBuffer(MAPPER));
        }
        byte[] bytes = body.getBytes();
        if (!isJson(contentType)) {
            // FastAPI validates the raw bytes against the model; they can't be one.
            String text = new String(bytes, StandardCharsets.UTF_8);
            return new Response(
                    422, new Errors().modelType(LOC_BODY, text, "Item").toBuffer(MAPPER));
        }
        JsonNode root;
        try {
            root = MAPPER.readTree(bytes);
        } catch (IOException e) {
            return jsonInvalid(bytes);
        }
        if (root == null || root.isMissingNode()) {
            return jsonInvalid(bytes); // only whitespace
        }
        if (root.isNull()) {
            return new Response(422, new Errors().missing(LOC_BODY, null).toBuffer(MAPPER));
        }
        if (!root.isObject()) {
            return new Response(
                    422, new Errors().modelType(LOC_BODY, root, "Item").toBuffer(MAPPER));
        }

        Errors errors = new Errors();
        String name = null;
        JsonNode nameNode = root.get("name");
        if (nameNode == null) {
            errors.missing(LOC_NAME, root);
        } else if (!nameNode.isTextual()) {
            errors.stringType(LOC_NAME, nameNode);
        } else {
            name = nameNode.textValue();
            int chars = name.codePointCount(0, name.length());
            if (chars < 1) {
                errors.stringTooShort(LOC_NAME, nameNode, 1);
            } else if (chars > 100) {
                errors.stringTooLong(LOC_NAME, nameNode, 100);
            }
        }

        double price = 0;
        JsonNode priceNode = root.get("price");
        if (priceNode == null) {
            errors.missing(LOC_PRICE, root);
        } else {
            Double parsed = laxFloat(priceNode, errors);
            if (parsed != null) {
                price = parsed;
                if (!(price > 0.0)) {
                    errors.add("greater_than", LOC_PRICE, "Input should be greater than 0", priceNode, "gt", 0.0);
                }
            }
        }

        List<String> tags = Collections.emptyList();
        JsonNode tagsNode = root.get("tags");
        if (tagsNode != null) {
            if (!tagsNode.isArray()) {
                errors.add("list_type", LOC_TAGS, "Input should be a valid list", tagsNode);
            } else {
                tags = new ArrayList<>(tagsNode.size());
                for (int i = 0; i < tagsNode.size(); i++) {
                    JsonNode tag = tagsNode.get(i);
                    if (tag.isTextual()) {
                        tags.add(tag.textValue());
                    } else {
                        errors.stringType(new Object[] {"body", "tags", i}, tag);
                    }
                }
            }
        }

        JsonNode image = root.get("image");
        if (image != null && !image.isNull()) {
            if (!image.isObject()) {
                errors.modelType(LOC_IMAGE, image, "Image");
            } else {
                requireString(image, "url", LOC_IMAGE_URL, errors);
                requireString(image, "name", LOC_IMAGE_NAME, errors);
            }
        }

        if (!errors.isEmpty()) {
            return new Response(422, errors.toBuffer(MAPPER));
        }
        // The image is validated but not echoed: the response model has no such field.
        return new Response(200, write(ITEM_OUT, new ItemOut(name, price, tags)));
    }

    /**
     * #5 {@code GET /deps/?skip=&limit=} with header {@code X-Token}: the three dependencies of
     * the contract resolved by hand. Every input is read and checked before any dependency runs
     * (Flute's rule): invalid {@code skip}/{@code limit} answer 422 whether or not the token is
     * there; only then does {@code token} (an optional header) answer 401 when it is missing.
     * {@code token} is resolved once and shared by {@code user} and {@code session}; the caller
     * closes the session once the response is sent ({@link Response#session()}).
     */
    public Response deps(String query, String token, Sessions sessions) {
        // commons(skip: int = 0, limit: int = 100)
        Errors errors = null;
        String[] values = new String[2];
        RawParams.scanQuery(query, DEPS_QUERY, values);
        Number skip = 0L;
        if (values[0] != null) {
            skip = RawParams.parseInt(values[0]);
            if (skip == null || skip == RawParams.TOO_LONG) {
                errors = new Errors().intParsing(LOC_SKIP, values[0], skip);
            }
        }
        Number limit = 100L;
        if (values[1] != null) {
            limit = RawParams.parseInt(values[1]);
            if (limit == null || limit == RawParams.TOO_LONG) {
                errors = (errors == null ? new Errors() : errors).intParsing(LOC_LIMIT, values[1], limit);
            }
        }
        if (errors != null) {
            return new Response(422, errors.toBuffer(MAPPER));
        }
        // token(x_token: Header | None) -> user(token): resolved once, shared with session.
        if (token == null) {
            return new Response(401, NOT_AUTHENTICATED);
        }
        String user = token;
        // session(token): a resource with cleanup, held until the response has been sent.
        Sessions.Session session = sessions.acquire(token);
        try {
            return new Response(200, write(DEPS_OUT, new DepsOut(skip, limit, user, session.isOpen())), session);
        } catch (RuntimeException e) {
            session.release();
            throw e;
        }
    }

    private static void requireString(JsonNode obj, String field, Object[] loc, Errors errors) {
        JsonNode v = obj.get(field);
        if (v == null) {
            errors.missing(loc, obj);
        } else if (!v.isTextual()) {
            errors.stringType(loc, v);
        }
    }

    /** pydantic's lax float: numbers, booleans and numeric strings; null when an error was added. */
    private static Double laxFloat(JsonNode v, Errors errors) {
        if (v.isNumber()) {
            return v.doubleValue();
        }
        if (v.isBoolean()) {
            return v.booleanValue() ? 1.0 : 0.0;
        }
        if (v.isTextual()) {
            Double d = parseFloat(v.textValue().strip());
            if (d == null) {
                errors.add(
                        "float_parsing",
                        LOC_PRICE,
                        "Input should be a valid number, unable to parse string as a number",
                        v);
            }
            return d;
        }
        errors.add("float_type", LOC_PRICE, "Input should be a valid number", v);
        return null;
    }

    private static Double parseFloat(String s) {
        if (!FLOAT.matcher(s).matches()) {
            String stripped = s.replace("_", "");
            if (s.startsWith("_") || s.endsWith("_") || s.contains("__") || stripped.equals(s)) {
                return null;
            }
            if (!FLOAT.matcher(stripped).matches()) {
                return null;
            }
            s = stripped;
        }
        String lower = s.toLowerCase(Locale.ROOT);
        boolean negative = lower.startsWith("-");
        String body = lower.startsWith("-") || lower.startsWith("+") ? lower.substring(1) : lower;
        if (body.equals("inf") || body.equals("infinity")) {
            return negative ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        }
        if (body.equals("nan")) {
            return Double.NaN;
        }
        return Double.parseDouble(s);
    }

    /** FastAPI reads the body as JSON when Content-Type is absent, application/json or application/*+json. */
    static boolean isJson(String contentType) {
        if (contentType == null || contentType.isEmpty()) {
            return true;
        }
        int semi = contentType.indexOf(';');
        String type = (semi < 0 ? contentType : contentType.substring(0, semi))
                .strip()
                .toLowerCase(Locale.ROOT);
        int slash = type.indexOf('/');
        if (slash < 0 || type.indexOf('/', slash + 1) >= 0) {
            return false;
        }
        String sub = type.substring(slash + 1);
        return type.startsWith("application/") && (sub.equals("json") || sub.endsWith("+json"));
    }

    /** The body is not JSON: FastAPI's {@code json_invalid} error, with Python's message and offset. */
    private static Response jsonInvalid(byte[] bytes) {
        String text;
        try {
            text = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            // Python fails to decode the bytes before parsing: FastAPI answers 400.
            return new Response(400, BODY_PARSE_ERROR);
        }
        if (text.startsWith("\ufeff")) {
            text = text.substring(1); // json.loads(bytes) decodes with utf-8-sig
        }
        PyJsonErrors.Failure failure = PyJsonErrors.find(text);
        if (failure == null) {
            // Jackson refused what Python accepts (NaN, Infinity, or Jackson's size limits).
            return new Response(400, BODY_PARSE_ERROR);
        }
        Errors errors = new Errors()
                .add(
                        "json_invalid",
                        new Object[] {"body", failure.pos()},
                        "JSON decode error",
                        Errors.EMPTY_OBJECT,
                        "error",
                        failure.msg());
        return new Response(422, errors.toBuffer(MAPPER));
    }

    private static Buffer write(ObjectWriter writer, Object value) {
        try {
            return Buffer.buffer(writer.writeValueAsBytes(value));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
