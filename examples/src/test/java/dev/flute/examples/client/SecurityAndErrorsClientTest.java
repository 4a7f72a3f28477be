package dev.flute.examples.client;

import static dev.flute.dsl.Flute.header;
import static dev.flute.dsl.Flute.str;
import static dev.flute.examples.client.LiveExample.await;
import static dev.flute.examples.client.LiveExample.failure;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.flute.client.FluteClient;
import dev.flute.client.HttpFailure;
import dev.flute.dsl.Endpoint;
import dev.flute.examples.auth.OAuth2Jwt;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Errors, security schemes and dependencies' inputs in the seed examples, through the typed client. */
class SecurityAndErrorsClientTest {

    @Test
    void http_exception_is_a_404_failure_with_its_detail() {
        try (var live = LiveExample.start("http-exception")) {
            Endpoint<Map<String, Object>> readItem = live.route("GET /items/{item_id}");
            assertEquals(Map.of("item", "The Foo Wrestlers"), await(live.client.call(readItem, "foo")));

            var failure = failure(live.client.call(readItem, "bar"), HttpFailure.class);
            assertEquals(404, failure.status());
            assertEquals("Item not found", failure.detail());
        }
    }

    @Test
    void oauth2_jwt_logs_in_with_the_password_form_then_sends_the_token_where_the_scheme_takes_it() {
        try (var live = LiveExample.start("oauth2-jwt")) {
            Endpoint<OAuth2Jwt.Token> login = live.route("POST /token");
            Endpoint<OAuth2Jwt.User> me = live.route("GET /users/me/");
            Endpoint<List<Map<String, Object>>> myItems = live.route("GET /users/me/items/");

            // The password form is read by a dependency: its fields are given by name.
            OAuth2Jwt.Token token = await(live.client
                    .request(login)
                    .form("username", "johndoe")
                    .form("password", "secret")
                    .send());
            assertEquals("bearer", token.token_type());

            FluteClient signedIn = live.client.withBearer(token.access_token());
            assertEquals(
                    new OAuth2Jwt.User("johndoe", "johndoe@example.com", "John Doe", false), await(signedIn.call(me)));
            assertEquals(List.of(Map.of("item_id", "Foo", "owner", "johndoe")), await(signedIn.call(myItems)));
        }
    }

    @Test
    void oauth2_jwt_refusals_are_401_failures_with_their_challenge() {
        try (var live = LiveExample.start("oauth2-jwt")) {
            Endpoint<OAuth2Jwt.Token> login = live.route("POST /token");
            Endpoint<OAuth2Jwt.User> me = live.route("GET /users/me/");

            var wrongPassword = failure(
                    live.client
                            .request(login)
                            .form("username", "johndoe")
                            .form("password", "nope")
                            .send(),
                    HttpFailure.class);
            assertEquals(401, wrongPassword.status());
            assertEquals("Incorrect username or password", wrongPassword.detail());
            assertEquals("Bearer", wrongPassword.headers().get("www-authenticate"));

            var anonymous = failure(live.client.call(me), HttpFailure.class);
            assertEquals(401, anonymous.status());
            assertEquals("Not authenticated", anonymous.detail());

            var forged = failure(live.client.withBearer("not-a-jwt").call(me), HttpFailure.class);
            assertEquals("Could not validate credentials", forged.detail());
        }
    }

    @Test
    void deps_router_takes_the_group_s_header_dependency_once_for_every_call() {
        try (var live = LiveExample.start("deps-router")) {
            Endpoint<Map<String, Object>> readItem = live.route("GET /items/{item_id}");
            Endpoint<Map<String, Object>> readItems = live.route("GET /items/");
            Endpoint<Map<String, Object>> updateItem = live.route("PUT /items/{item_id}");
            FluteClient withToken = live.client.with(header("x_token", str()), "fake-super-secret-token");

            assertEquals(Map.of("name", "Plumbus", "item_id", "plumbus"), await(withToken.call(readItem, "plumbus")));
            assertEquals(2, await(withToken.call(readItems)).size());
            assertEquals(
                    Map.of("item_id", "plumbus", "name", "The great Plumbus"),
                    await(withToken.call(updateItem, "plumbus")));

            var forbidden = failure(withToken.call(updateItem, "gun"), HttpFailure.class);
            assertEquals(403, forbidden.status());
            assertEquals("You can only update the item: plumbus", forbidden.detail());

            var unknown = failure(withToken.call(readItem, "nope"), HttpFailure.class);
            assertEquals(404, unknown.status());

            var badToken = failure(
                    live.client
                            .request(readItem, "plumbus")
                            .header("X-Token", "wrong")
                            .send(),
                    HttpFailure.class);
            assertEquals(400, badToken.status());
            assertEquals("X-Token header invalid", badToken.detail());

            var noToken = failure(live.client.call(readItem, "plumbus"), HttpFailure.class);
            assertEquals(422, noToken.status());
            assertEquals(
                    List.of("header", "x-token"),
                    noToken.validationErrors().get(0).loc());
        }
    }
}
