package dev.flute.schema;

import static dev.flute.dsl.Flute.*;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import dev.flute.dsl.Api;
import dev.flute.dsl.Dep;
import dev.flute.dsl.SecurityScheme;
import dev.flute.dsl.vertx.Host;
import io.vertx.ext.auth.User;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The user a host's authentication handler sets is documented as the scheme that handler checks. */
class HostUserDocumentTest {
    static final Dep<User> USER = Host.user(
            new SecurityScheme("bearerAuth", Map.of("type", "http", "scheme", "bearer", "bearerFormat", "JWT")));

    @Test
    void should_document_the_scheme_and_the_scopes_each_route_requires() {
        Api api = api("host", "1")
                .routes(
                        route(GET, "/me").param(USER).handle(user -> Map.of("sub", user.subject())),
                        route(DELETE, "/items/<id>")
                                .param(path("id", int_()))
                                .dependencies(USER.scopes("items:write"))
                                .handle(id -> Map.of("deleted", id)));
        JsonNode doc = OpenApi.of(api).document();
        assertEquals(
                "bearer",
                doc.at("/components/securitySchemes/bearerAuth/scheme").asText());
        assertEquals("[{\"bearerAuth\":[]}]", doc.at("/paths/~1me/get/security").toString());
        assertEquals(
                "[{\"bearerAuth\":[\"items:write\"]}]",
                doc.at("/paths/~1items~1{id}/delete/security").toString());
    }
}
