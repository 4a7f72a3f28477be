package dev.flute.dsl.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.flute.dsl.Body;
import dev.flute.dsl.http.HttpError;
import dev.flute.dsl.http.Request;
import dev.flute.dsl.http.ValidationError;
import dev.flute.dsl.python.PyJsonErrors;
import dev.flute.dsl.types.Loc;
import io.vertx.core.buffer.Buffer;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads a route's JSON bodies from the request's bytes, parsed once and validated in one pass.
 * One body that is not embedded is the whole document ({@code loc: ["body", "price"]}); otherwise
 * each body is a key of the document ({@code loc: ["body", "item", "price"]}).
 */
final class BodyReader {
    private static final Loc BODY = Loc.of("body");

    private final List<Body<?>> bodies;
    private final int[] slots;
    private final boolean whole;
    private final ObjectReader json;

    BodyReader(List<Body<?>> bodies, int[] slots, int maxJsonDepth) {
        this.bodies = List.copyOf(bodies);
        this.slots = slots;
        this.whole = bodies.size() == 1 && !bodies.get(0).embedded();
        this.json = JsonReaders.withMaxDepth(maxJsonDepth);
    }

    List<ValidationError> read(Request request, Buffer content, Object[] values, List<ValidationError> errors) {
        List<ValidationError> out = errors == null ? new ArrayList<>(2) : errors;
        JsonNode document = null;
        if (content != null && content.length() > 0) {
            BufferBytes bytes = BufferBytes.of(content);
            if (isJson(request.headers().get("content-type"))) {
                // ASCII (the usual body) is valid UTF-8 as it is: Jackson reads the bytes, no text is made.
                String text = bytes.ascii() ? null : utf8(bytes);
                try {
                    document = text == null
                            ? json.readTree(bytes.array(), bytes.offset(), bytes.length())
                            : json.readTree(text);
                    // Jackson reads white space alone as no document; Python calls it an error.
                    if (document == null || document.isMissingNode()) {
                        out.add(jsonInvalid(text != null ? text : bytes.latin1()));
                        return out;
                    }
                } catch (java.io.IOException malformed) {
                    out.add(jsonInvalid(text != null ? text : bytes.latin1()));
                    return out;
                }
            } else {
                // FastAPI hands a non-JSON body to validation as text: a model then refuses it.
                document = TextNode.valueOf(utf8(bytes));
            }
        }
        if (whole) {
            readOne(bodies.get(0), slots[0], document, BODY, values, out);
        } else {
            JsonNode object = document != null && document.isObject() ? document : null;
            // FastAPI looks each body up with dict.get: a list or a string has no keys, so every body,
            // optional or not, is reported missing.
            boolean keyless = document != null && !document.isNull() && object == null;
            for (int i = 0; i < bodies.size(); i++) {
                Body<?> body = bodies.get(i);
                if (keyless) {
                    out.add(ValidationError.missing(BODY.add(body.name()).toList(), null));
                    continue;
                }
                JsonNode value = object == null ? null : object.get(body.name());
                readOne(body, slots[i], value, BODY.add(body.name()), values, out);
            }
        }
        return out.isEmpty() ? errors : out;
    }

    /** An absent or null body is missing (FastAPI treats {@code null} as absent here). */
    private static void readOne(
            Body<?> body, int slot, JsonNode value, Loc loc, Object[] values, List<ValidationError> errors) {
        if (value == null || value.isNull()) {
            if (body.type().required()) errors.add(ValidationError.missing(loc.toList(), null));
            else values[slot] = body.type().absentValue();
            return;
        }
        values[slot] = body.type().fromJson(value, loc, errors);
    }

    /** JSON unless a content type says otherwise: none, {@code application/json} or {@code +json}. */
    static boolean isJson(String contentType) {
        if (contentType == null) return true;
        int end = contentType.indexOf(';');
        if (end < 0) end = contentType.length();
        int start = 0;
        while (start < end && contentType.charAt(start) <= ' ') start++;
        while (end > start && contentType.charAt(end - 1) <= ' ') end--;
        int length = end - start;
        return (length == 16 && contentType.regionMatches(true, start, "application/json", 0, 16))
                || (length >= 5 && contentType.regionMatches(true, end - 5, "+json", 0, 5));
    }

    private static String utf8(BufferBytes content) {
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content.array(), content.offset(), content.length()))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new HttpError(400, "There was an error parsing the body");
        }
    }

    /** FastAPI's {@code json_invalid}: the character offset and Python's message. */
    private static ValidationError jsonInvalid(String text) {
        PyJsonErrors.Failure failure = PyJsonErrors.find(text);
        int position = failure == null ? 0 : failure.pos();
        String why = failure == null ? "Document too deeply nested or too large" : failure.msg();
        return new ValidationError(
                "json_invalid", List.of("body", position), "JSON decode error", Map.of(), Map.of("error", why));
    }
}
