package dev.flute.dsl;

import java.util.List;
import java.util.Map;

/**
 * What a security dependency contributes to the OpenAPI document: the scheme it implements (under
 * {@code components.securitySchemes}) and the scopes it requires (in the operation's
 * {@code security}). The dependency itself does the checking; this is its description.
 *
 * @param schemeName the key in {@code components.securitySchemes} ({@code "OAuth2PasswordBearer"})
 * @param scheme the OpenAPI Security Scheme Object ({@code {"type":"oauth2","flows":{...}}})
 * @param scopes the scopes this use requires (empty for schemes without scopes)
 */
public record Security(String schemeName, Map<String, Object> scheme, List<String> scopes) {

    public Security {
        if (schemeName == null || schemeName.isEmpty())
            throw new IllegalArgumentException("a security scheme needs a name");
        scheme = Map.copyOf(scheme);
        scopes = List.copyOf(scopes);
    }

    /** The same scheme requiring these scopes. */
    public Security withScopes(List<String> required) {
        return new Security(schemeName, scheme, required);
    }
}
