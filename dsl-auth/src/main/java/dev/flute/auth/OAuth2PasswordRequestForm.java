package dev.flute.auth;

import static dev.flute.dsl.Flute.form;
import static dev.flute.dsl.Flute.str;

import dev.flute.dsl.Dep;
import dev.flute.dsl.Flute;
import dev.flute.dsl.http.RequestValidationError;
import dev.flute.dsl.http.ValidationError;
import dev.flute.dsl.python.PyStrings;
import dev.flute.dsl.types.Type;
import java.util.List;
import java.util.Map;

/**
 * The form of OAuth2's password grant, FastAPI's {@code OAuth2PasswordRequestForm}: read from an
 * urlencoded or multipart body, documented as that body. {@code username} and {@code password} are
 * required; {@code scope} is split on whitespace. {@link #toString()} hides the secrets.
 *
 * <pre>{@code
 * route(POST, "/token").depends(OAuth2PasswordRequestForm.dep()).blocking().handle(form -> login(form))
 * }</pre>
 *
 * @param grantType {@code "password"} or null (required by {@link #strict()})
 * @param scopes the requested scopes, in order
 * @param clientId null when not sent
 * @param clientSecret null when not sent
 */
public record OAuth2PasswordRequestForm(
        String grantType, String username, String password, List<String> scopes, String clientId, String clientSecret) {

    static final String GRANT_PATTERN = "^password$";

    public OAuth2PasswordRequestForm {
        scopes = List.copyOf(scopes);
    }

    private static final Dep<OAuth2PasswordRequestForm> LENIENT = declare(false);
    private static final Dep<OAuth2PasswordRequestForm> STRICT = declare(true);

    /** The form, {@code grant_type} optional as FastAPI allows (the spec requires it). */
    public static Dep<OAuth2PasswordRequestForm> dep() {
        return LENIENT;
    }

    /** The form with {@code grant_type=password} required: FastAPI's {@code OAuth2PasswordRequestFormStrict}. */
    public static Dep<OAuth2PasswordRequestForm> strict() {
        return STRICT;
    }

    private static Dep<OAuth2PasswordRequestForm> declare(boolean strict) {
        var grant = str().pattern(GRANT_PATTERN);
        Type<String> grantField = strict ? grant : grant.nullable();
        return Flute.dep(
                        form("grant_type", grantField),
                        form("username", str()),
                        form("password", str()),
                        form("scope", str().withDefault("")),
                        form("client_id", str().nullable()),
                        form("client_secret", str().nullable()),
                        (grantType, username, password, scope, clientId, clientSecret) -> new OAuth2PasswordRequestForm(
                                checkGrant(grantType),
                                username,
                                password,
                                PyStrings.split(scope),
                                clientId,
                                clientSecret))
                .named(strict ? "OAuth2PasswordRequestFormStrict" : "OAuth2PasswordRequestForm");
    }

    /**
     * Pydantic's pattern is a Rust regex, whose {@code $} is the very end; Java's {@code $} also
     * matches before a final line break, so {@code "password\n"} gets past the form check. The
     * grant type is compared exactly here, with Pydantic's error.
     */
    private static String checkGrant(String grantType) {
        if (grantType == null || grantType.equals("password")) return grantType;
        throw new RequestValidationError(List.of(new ValidationError(
                "string_pattern_mismatch",
                List.of("body", "grant_type"),
                "String should match pattern '" + GRANT_PATTERN + "'",
                grantType,
                Map.of("pattern", GRANT_PATTERN))));
    }

    @Override
    public String toString() {
        return "OAuth2PasswordRequestForm[grantType=" + grantType + ", username=" + username + ", password=***, scopes="
                + scopes + ", clientId=" + clientId + ", clientSecret=" + (clientSecret == null ? null : "***") + "]";
    }
}
