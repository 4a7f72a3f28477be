package dev.flute.dsl;

import java.util.Map;

/**
 * A security scheme as OpenAPI documents it, attached to the dependency that checks it with
 * {@link Dep#security(SecurityScheme)}. The document lists it under
 * {@code components.securitySchemes} and each operation that depends on it under {@code security},
 * with the scopes required along the way ({@link Dep#scopes(String...)}).
 *
 * @param name the key in {@code components.securitySchemes} ({@code "OAuth2PasswordBearer"})
 * @param openapi the OpenAPI Security Scheme Object ({@code {"type":"oauth2","flows":{...}}})
 */
public record SecurityScheme(String name, Map<String, Object> openapi) {

    public SecurityScheme {
        if (name == null || name.isEmpty()) throw new IllegalArgumentException("a security scheme needs a name");
        // Kept in the order given: OpenAPI tools and FastAPI print the scheme that way.
        openapi = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(openapi));
    }
}
