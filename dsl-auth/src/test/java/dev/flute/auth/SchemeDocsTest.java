package dev.flute.auth;

import static dev.flute.auth.Auth.*;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import dev.flute.auth.internal.DslExtension;
import dev.flute.dsl.Dep;
import dev.flute.dsl.Json;
import dev.flute.dsl.SecurityScheme;
import java.io.InputStream;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Each scheme describes itself as FastAPI 0.115 does ({@code jsonable_encoder(scheme.model,
 * by_alias=True, exclude_none=True)}, printed in the chroot), and the description travels with its
 * dependency for dsl-schema to read.
 */
class SchemeDocsTest {

    static void same(String fastapi, Map<String, Object> flute) throws Exception {
        // As text, so FastAPI's member order is checked too.
        assertEquals(
                Json.reader().readTree(fastapi).toString(), Json.tree(flute).toString());
    }

    @Test
    void should_describe_each_scheme_as_fastapi() throws Exception {
        same(
                "{\"type\": \"oauth2\", \"description\": \"d\", \"flows\": {\"password\": {\"scopes\": {\"me\": \"Read me\"},"
                        + " \"tokenUrl\": \"token\"}}}",
                oauth2PasswordBearer("token")
                        .scope("me", "Read me")
                        .description("d")
                        .openapi());
        same("{\"type\": \"http\", \"scheme\": \"bearer\"}", httpBearer().openapi());
        same(
                "{\"type\": \"http\", \"description\": \"d\", \"scheme\": \"bearer\", \"bearerFormat\": \"JWT\"}",
                httpBearer().bearerFormat("JWT").description("d").openapi());
        same("{\"type\": \"http\", \"scheme\": \"basic\"}", httpBasic().openapi());
        same(
                "{\"type\": \"http\", \"description\": \"d\", \"scheme\": \"basic\"}",
                httpBasic().realm("r").description("d").openapi());
        same(
                "{\"type\": \"apiKey\", \"in\": \"header\", \"name\": \"X-Key\"}",
                apiKeyHeader("X-Key").openapi());
        same(
                "{\"type\": \"apiKey\", \"description\": \"d\", \"in\": \"query\", \"name\": \"k\"}",
                apiKeyQuery("k").description("d").openapi());
        same(
                "{\"type\": \"apiKey\", \"in\": \"cookie\", \"name\": \"c\"}",
                apiKeyCookie("c").openapi());
        same(
                "{\"type\": \"openIdConnect\", \"openIdConnectUrl\": \"https://x/.well-known/openid-configuration\"}",
                openIdConnect("https://x/.well-known/openid-configuration").openapi());
    }

    @Test
    void should_name_schemes_as_fastapi_names_its_classes() {
        assertEquals("OAuth2PasswordBearer", oauth2PasswordBearer("token").schemeName());
        assertEquals("HTTPBearer", httpBearer().schemeName());
        assertEquals("HTTPBasic", httpBasic().schemeName());
        assertEquals("APIKeyHeader", apiKeyHeader("k").schemeName());
        assertEquals("APIKeyQuery", apiKeyQuery("k").schemeName());
        assertEquals("APIKeyCookie", apiKeyCookie("k").schemeName());
        assertEquals("OpenIdConnect", openIdConnect("u").schemeName());
    }

    @Test
    void should_match_the_security_scheme_of_the_recorded_scopes_example() throws Exception {
        JsonNode recorded;
        try (InputStream in = getClass().getResourceAsStream("/fastapi/oauth2-scopes.openapi.json")) {
            recorded = Json.reader().readTree(in);
        }
        var scheme = oauth2PasswordBearer("token")
                .scope("me", "Read information about the current user.")
                .scope("items:read", "Read your items.");
        assertEquals(
                recorded.at("/components/securitySchemes/OAuth2PasswordBearer").toString(),
                Json.tree(scheme.openapi()).toString());
    }

    @Test
    void should_attach_the_description_to_both_variants_of_the_dependency() {
        var scheme = apiKeyHeader("X-Key").schemeName("Key");
        for (Dep<?> dep : new Dep<?>[] {scheme.dep(), scheme.optional()}) {
            SecurityScheme described = DslExtension.scheme(dep);
            assertEquals("Key", described.name());
            assertEquals(scheme.openapi(), described.openapi());
        }
    }
}
