package dev.flute.auth.internal;

import dev.flute.dsl.Dep;
import dev.flute.dsl.Flute;
import dev.flute.dsl.Input;
import dev.flute.dsl.SecurityScheme;
import java.util.List;

/**
 * Where the schemes of this module meet dsl's security data: a scheme's dependency carries its
 * OpenAPI description, a scoped use carries its scopes, and {@code SecurityScopes} reads the
 * scopes required on the way. One place, so every scheme describes itself the same way.
 */
public final class DslExtension {
    private DslExtension() {}

    /** Marks {@code dep} as checking {@code scheme}, for the OpenAPI document. */
    public static <T> Dep<T> describe(Dep<T> dep, SecurityScheme scheme) {
        return dep.security(scheme);
    }

    /** The scheme {@code dep} checks, or null. */
    public static SecurityScheme scheme(Dep<?> dep) {
        return dep.securityScheme();
    }

    /** A use of {@code dep} that requires these OAuth2 scopes (FastAPI's {@code Security(dep, scopes=...)}). */
    public static <T> Dep<T> scoped(Dep<T> dep, List<String> scopes) {
        return dep.scopes(scopes.toArray(String[]::new));
    }

    /** The scopes required along the path to the dependency that reads this (FastAPI's {@code SecurityScopes}). */
    public static Input<List<String>> securityScopes() {
        return Flute.requiredScopes();
    }
}
