package dev.flute.auth.jwt;

import com.fasterxml.jackson.databind.JsonNode;
import dev.flute.dsl.Json;
import io.vertx.core.json.JsonObject;
import java.util.Base64;
import java.util.Set;

/**
 * What Flute checks before and after Vert.x: a compact JWS of three unpadded base64url parts, a
 * header that names one of the configured algorithms and no critical extension (RFC 7515 §4.1.11:
 * Flute understands none, so it must refuse them), and numeric times.
 */
final class TokenShape {
    private TokenShape() {}

    /** Longer than any header a server accepts: no work is spent on it. */
    static final int MAX_LENGTH = 8192;

    static void check(String token, Set<String> algorithms) {
        if (token == null || token.isEmpty()) throw new InvalidTokenException("empty token");
        if (token.length() > MAX_LENGTH) throw new InvalidTokenException("token longer than " + MAX_LENGTH);
        int first = token.indexOf('.');
        int second = first < 0 ? -1 : token.indexOf('.', first + 1);
        if (second < 0 || token.indexOf('.', second + 1) >= 0) throw new InvalidTokenException("not three parts");
        if (first == 0 || second == first + 1 || second == token.length() - 1) {
            throw new InvalidTokenException("an empty part");
        }
        for (int i = 0; i < token.length(); i++) {
            char c = token.charAt(i);
            boolean base64url =
                    (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_';
            if (!base64url && c != '.') throw new InvalidTokenException("not base64url");
        }
        JsonNode header;
        try {
            header = Json.reader().readTree(Base64.getUrlDecoder().decode(token.substring(0, first)));
        } catch (Exception e) {
            throw new InvalidTokenException("unreadable header");
        }
        if (header == null || !header.isObject()) throw new InvalidTokenException("header is not an object");
        JsonNode alg = header.get("alg");
        if (alg == null || !alg.isTextual() || !algorithms.contains(alg.asText())) {
            throw new InvalidTokenException("algorithm not accepted: " + alg);
        }
        if (header.has("crit")) throw new InvalidTokenException("critical header extensions are not supported");
    }

    /** Vert.x checks the times it can read; Flute makes sure they were there to read. */
    static void checkTimes(JsonObject payload, boolean requireExpiry) {
        for (String claim : new String[] {"exp", "nbf", "iat"}) {
            Object value = payload.getValue(claim);
            if (value != null && !(value instanceof Number))
                throw new InvalidTokenException(claim + " is not a number");
        }
        if (requireExpiry && !(payload.getValue("exp") instanceof Number)) throw new InvalidTokenException("no exp");
    }
}
