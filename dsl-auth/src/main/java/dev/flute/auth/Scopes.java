package dev.flute.auth;

import java.util.Collection;

/**
 * Checks scope names when they are declared. RFC 6749 §3.3 allows printable ASCII except space,
 * {@code "} and {@code \}: exactly what can sit inside the quoted {@code scope="..."} of a
 * {@code WWW-Authenticate} challenge without escaping, so a scope can never break the header.
 */
final class Scopes {
    private Scopes() {}

    static void checkAll(Collection<String> scopes) {
        for (String scope : scopes) check(scope);
    }

    static void check(String scope) {
        if (scope == null || scope.isEmpty()) throw new IllegalArgumentException("a scope cannot be empty");
        for (int i = 0; i < scope.length(); i++) {
            char c = scope.charAt(i);
            if (c < 0x21 || c > 0x7e || c == '"' || c == '\\') {
                throw new IllegalArgumentException("scope '" + scope + "' has a character RFC 6749 does not allow"
                        + " (printable ASCII except space, '\"' and '\\')");
            }
        }
    }
}
