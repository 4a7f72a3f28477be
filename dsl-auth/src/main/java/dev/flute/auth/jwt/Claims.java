package dev.flute.auth.jwt;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.type.LogicalType;
import dev.flute.dsl.Json;
import dev.flute.dsl.python.PyStrings;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The verified claims of a token. Read them one by one, or map them onto a record of your own
 * ({@link #as(Class)}), the typed principal handlers receive.
 *
 * <pre>{@code
 * record TokenData(String sub, List<String> scopes) {}
 * TokenData data = jwt.verify(token).as(TokenData.class);
 * }</pre>
 */
public final class Claims {
    /**
     * Flute's mapper, tolerant of the registered claims ({@code exp}, {@code iat}, ...) a record leaves
     * out, strict about types as Pydantic is: {@code 1} or {@code true} is not a string.
     */
    private static final ObjectMapper MAPPER = strict(Json.mapper()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES));

    private static ObjectMapper strict(ObjectMapper mapper) {
        mapper.coercionConfigFor(LogicalType.Textual)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
        return mapper;
    }

    private final JsonObject payload;

    Claims(JsonObject payload) {
        this.payload = payload.copy();
    }

    /** {@code sub}, or null. */
    public String subject() {
        return string("sub");
    }

    /** {@code exp}, or null when the token has none. */
    public Instant expiresAt() {
        Long exp = payload.getLong("exp");
        return exp == null ? null : Instant.ofEpochSecond(exp);
    }

    /** A claim as a string; null when absent or not a string. */
    public String string(String name) {
        return payload.getValue(name) instanceof String s ? s : null;
    }

    /**
     * A claim as a list of strings: a JSON array of strings ({@code "scopes": ["me"]}), or a
     * space-separated string as OAuth2 writes {@code "scope": "me items"}; empty when absent.
     */
    public List<String> strings(String name) {
        Object value = payload.getValue(name);
        if (value instanceof String s) return PyStrings.split(s);
        if (!(value instanceof JsonArray array)) return List.of();
        var out = new ArrayList<String>(array.size());
        for (Object item : array) if (item instanceof String s) out.add(s);
        return List.copyOf(out);
    }

    /** A claim as JSON-ready Java (map, list, string, number, boolean), or null. */
    public Object get(String name) {
        return asMap().get(name);
    }

    public boolean has(String name) {
        return payload.containsKey(name);
    }

    /** Every claim, JSON-ready (maps, lists, strings, numbers, booleans). */
    @SuppressWarnings("unchecked")
    public Map<String, Object> asMap() {
        return as(Map.class);
    }

    /**
     * The claims as a record (or any Jackson-readable class); claims it does not declare are ignored,
     * declared ones the token lacks are null. A claim of the wrong type is an invalid token.
     */
    public <P> P as(Class<P> type) {
        try {
            // Through the JSON text: Vert.x keeps nested values as its own JsonArray and JsonObject.
            return MAPPER.readValue(payload.toBuffer().getBytes(), type);
        } catch (java.io.IOException e) {
            throw new InvalidTokenException("claims do not fit " + type.getSimpleName() + ": " + e.getMessage());
        }
    }

    @Override
    public String toString() {
        return "Claims" + payload.fieldNames();
    }
}
