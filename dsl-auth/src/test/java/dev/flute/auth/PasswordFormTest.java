package dev.flute.auth;

import static dev.flute.auth.Auth.*;
import static dev.flute.dsl.Flute.*;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.flute.dsl.testing.MultipartBody;
import dev.flute.dsl.testing.TestClient;
import java.util.HashMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The password grant's form, against what FastAPI 0.115's {@code OAuth2PasswordRequestForm} and
 * {@code ...Strict} answered to the same requests (probe app in the chroot, recorded here).
 */
class PasswordFormTest {
    private static TestClient client;

    static Object dump(OAuth2PasswordRequestForm f) {
        var m = new HashMap<String, Object>();
        m.put("grant_type", f.grantType());
        m.put("username", f.username());
        m.put("password", f.password());
        m.put("scopes", f.scopes());
        m.put("client_id", f.clientId());
        m.put("client_secret", f.clientSecret());
        return m;
    }

    @BeforeAll
    static void start() {
        client = TestClient.of(api("t", "1")
                .routes(
                        route(POST, "/login").depends(passwordForm()).handle(PasswordFormTest::dump),
                        route(POST, "/login/strict")
                                .depends(passwordFormStrict())
                                .handle(PasswordFormTest::dump)));
    }

    @AfterAll
    static void stop() {
        client.close();
    }

    @Test
    void should_split_scope_on_python_whitespace_and_keep_the_other_fields() {
        client.post("/login")
                .body(
                        "username=a&password=b&scope=me%20%20items:read%09x%C2%A0y&client_id=cid",
                        "application/x-www-form-urlencoded")
                .send()
                .assertJson(
                        "{\"grant_type\":null,\"username\":\"a\",\"password\":\"b\","
                                + "\"scopes\":[\"me\",\"items:read\",\"x\",\"y\"],\"client_id\":\"cid\",\"client_secret\":null}");
    }

    @Test
    void should_read_multipart_and_take_the_last_of_repeated_fields() {
        client.post("/login")
                .multipart(MultipartBody.create()
                        .field("username", "a")
                        .field("password", "b")
                        .field("scope", "x y"))
                .send()
                .assertJson("{\"grant_type\":null,\"username\":\"a\",\"password\":\"b\",\"scopes\":[\"x\",\"y\"],"
                        + "\"client_id\":null,\"client_secret\":null}");
        client.post("/login")
                .form("username", "a", "username", "c", "password", "b")
                .send()
                .assertJson("{\"grant_type\":null,\"username\":\"c\",\"password\":\"b\",\"scopes\":[],"
                        + "\"client_id\":null,\"client_secret\":null}");
    }

    @Test
    void should_report_missing_username_and_password_together() {
        String both =
                "{\"detail\":[{\"type\":\"missing\",\"loc\":[\"body\",\"username\"],\"msg\":\"Field required\",\"input\":null},"
                        + "{\"type\":\"missing\",\"loc\":[\"body\",\"password\"],\"msg\":\"Field required\",\"input\":null}]}";
        client.post("/login").form().send().assertStatus(422).assertJson(both);
        client.post("/login")
                .json("{\"username\":\"a\",\"password\":\"b\"}")
                .send()
                .assertStatus(422)
                .assertJson(both);
    }

    @Test
    void should_refuse_a_grant_type_other_than_password_even_with_a_trailing_newline() {
        for (String grant : new String[] {"foo", "password\n"}) {
            client.post("/login")
                    .form("grant_type", grant, "username", "johndoe", "password", "secret")
                    .send()
                    .assertStatus(422)
                    .assertJson("{\"detail\":[{\"type\":\"string_pattern_mismatch\",\"loc\":[\"body\",\"grant_type\"],"
                            + "\"msg\":\"String should match pattern '^password$'\",\"input\":\""
                            + grant.replace("\n", "\\n")
                            + "\",\"ctx\":{\"pattern\":\"^password$\"}}]}");
        }
    }

    @Test
    void strict_form_requires_grant_type_password() {
        client.post("/login/strict")
                .form("username", "a", "password", "b")
                .send()
                .assertStatus(422)
                .assertJson(
                        "{\"detail\":[{\"type\":\"missing\",\"loc\":[\"body\",\"grant_type\"],\"msg\":\"Field required\","
                                + "\"input\":null}]}");
        client.post("/login/strict")
                .form("grant_type", "", "username", "a", "password", "b")
                .send()
                .assertStatus(422)
                .assertJson(
                        "{\"detail\":[{\"type\":\"string_pattern_mismatch\",\"loc\":[\"body\",\"grant_type\"],"
                                + "\"msg\":\"String should match pattern '^password$'\",\"input\":\"\",\"ctx\":{\"pattern\":\"^password$\"}}]}");
        client.post("/login/strict")
                .form("grant_type", "password", "username", "a", "password", "b", "scope", "")
                .send()
                .assertJson("{\"grant_type\":\"password\",\"username\":\"a\",\"password\":\"b\",\"scopes\":[],"
                        + "\"client_id\":null,\"client_secret\":null}");
    }

    @Test
    void the_form_does_not_print_its_secrets() {
        var form = new OAuth2PasswordRequestForm(null, "u", "hunter2", java.util.List.of(), "id", "s3cr3t");
        assertFalse(form.toString().contains("hunter2"));
        assertFalse(form.toString().contains("s3cr3t"));
    }
}
