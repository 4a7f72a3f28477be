package dev.flute.client;

import com.fasterxml.jackson.databind.JsonNode;
import dev.flute.dsl.Json;
import dev.flute.dsl.Output;
import dev.flute.dsl.http.ValidationError;
import dev.flute.dsl.types.Loc;
import dev.flute.dsl.types.Type;
import io.vertx.core.MultiMap;
import io.vertx.core.buffer.Buffer;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads a buffered answer back into the value its output declares, through the same types that
 * wrote it on the server: JSON by the output's type (Pydantic's lax reading, as a request is read),
 * text by its charset, bytes as they are. An answer that does not fit fails with
 * {@link ResponseDecodingError}.
 */
final class Decoding {
    private Decoding() {}

    private static final Loc RESPONSE = Loc.of("response");

    /** The value of a body the server sent with {@code output} (null: a route that declares none). */
    static Object body(Output<?> output, String route, int status, MultiMap headers, Buffer body) {
        if (output == null) return undeclared(headers, body);
        return switch (output.kind()) {
            case JSON -> json(output.type(), route, status, body);
            case TEXT -> text(headers, body);
            case BYTES -> body.getBytes();
            case NONE -> null;
            case REDIRECT -> location(route, status, headers, body);
            case FILE, STREAM, EVENTS, JSON_LINES -> throw new IllegalStateException(
                    output + " is received as it streams, not buffered");
        };
    }

    /** A JSON document read as {@code type}; an empty body is the absent value of a type that may be absent. */
    static Object json(Type<?> type, String route, int status, Buffer body) {
        if (body.length() == 0) {
            if (!type.required()) return type.absentValue();
            throw new ResponseDecodingError(
                    route, status, List.of(ValidationError.missing(RESPONSE.toList(), null)), body);
        }
        JsonNode node = parse(route, status, body.getBytes(), body);
        var errors = new ArrayList<ValidationError>(0);
        Object value = type.fromJson(node, RESPONSE, errors);
        if (!errors.isEmpty()) throw new ResponseDecodingError(route, status, errors, body);
        return value;
    }

    /** One JSON document of a streamed item (a JSON line, an event's data). */
    static Object item(Type<?> type, String route, int status, String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        JsonNode node = parse(route, status, bytes, null);
        var errors = new ArrayList<ValidationError>(0);
        Object value = type.fromJson(node, RESPONSE, errors);
        if (!errors.isEmpty()) throw new ResponseDecodingError(route, status, errors, null);
        return value;
    }

    static JsonNode parse(String route, int status, byte[] bytes, Buffer body) {
        try {
            JsonNode node = Json.mapper().readTree(bytes);
            if (node != null && !node.isMissingNode()) return node;
        } catch (IOException malformed) {
            // reported below, with the text
        }
        String text = new String(bytes, StandardCharsets.UTF_8);
        throw new ResponseDecodingError(
                route,
                status,
                List.of(new ValidationError("json_invalid", RESPONSE.toList(), "Invalid JSON", text, null)),
                body);
    }

    /** A route that declares no output: JSON as plain Java (maps, lists), text as a string, else bytes. */
    static Object undeclared(MultiMap headers, Buffer body) {
        if (body.length() == 0) return null;
        String type = contentType(headers);
        if (type.contains("json")) {
            try {
                return Json.mapper().readValue(body.getBytes(), Object.class);
            } catch (IOException notJson) {
                return text(headers, body);
            }
        }
        if (type.startsWith("text/") || type.contains("xml")) return text(headers, body);
        return body.getBytes();
    }

    /** The body in the charset its {@code Content-Type} names, UTF-8 when it names none. */
    static String text(MultiMap headers, Buffer body) {
        return body.toString(charset(headers));
    }

    private static String location(String route, int status, MultiMap headers, Buffer body) {
        String location = headers.get("location");
        if (location != null) return location;
        throw new ResponseDecodingError(
                route,
                status,
                List.of(ValidationError.missing(List.of("response", "headers", "location"), null)),
                body);
    }

    static String contentType(MultiMap headers) {
        String type = headers.get("content-type");
        return type == null ? "" : type.toLowerCase(Locale.ROOT);
    }

    private static Charset charset(MultiMap headers) {
        for (String param : contentType(headers).split(";")) {
            String p = param.strip();
            if (!p.startsWith("charset=")) continue;
            try {
                return Charset.forName(p.substring(8).replace("\"", ""));
            } catch (IllegalArgumentException unknown) {
                return StandardCharsets.UTF_8;
            }
        }
        return StandardCharsets.UTF_8;
    }
}
