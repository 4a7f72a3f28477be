package dev.flute.examples.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.flute.dsl.testing.MultipartBody;
import dev.flute.dsl.testing.TestClient;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the demo answers to requests it must refuse, in memory through the test client: FastAPI's
 * 422 lists, 401 with its challenge, 403, 404, 409 and 415, each body {@code {"detail": ...}}.
 */
class DemoBadInputTest {
    @TempDir
    static Path data;

    static TestClient client;
    static String alice;
    static String bob;
    static long alicesItem;

    @BeforeAll
    static void start() {
        client = TestClient.of(Demo.app(DemoServer.settings(data, null)));
        alice = newUser("alice");
        bob = newUser("bob");
        alicesItem = client.post("/items/")
                .header("Authorization", "Bearer " + alice)
                .json("{\"name\":\"Hammer\",\"price\":12.5}")
                .send()
                .assertStatus(201)
                .json()
                .get("id")
                .asLong();
    }

    @AfterAll
    static void stop() {
        client.close();
    }

    static String newUser(String name) {
        client.post("/users/")
                .json("{\"username\":\"" + name + "\",\"email\":\"" + name + "@example.com\",\"password\":\"password-"
                        + name + "\"}")
                .send()
                .assertStatus(201);
        return client.post("/token")
                .form("username", name, "password", "password-" + name)
                .send()
                .assertStatus(200)
                .json()
                .get("access_token")
                .asText();
    }

    @Test
    void a_sign_up_is_checked_field_by_field_all_at_once() {
        JsonNode detail = client.post("/users/")
                .json("{\"username\":\"a b\",\"email\":\"not-an-email\",\"password\":\"short\",\"role\":\"admin\"}")
                .send()
                .assertStatus(422)
                .json()
                .get("detail");
        assertEquals(
                "[string_pattern_mismatch, value_error, string_too_short, extra_forbidden]",
                detail.findValuesAsText("type").toString());
        assertEquals("[\"body\",\"username\"]", detail.get(0).get("loc").toString());
        assertEquals("[\"body\",\"role\"]", detail.get(3).get("loc").toString());
    }

    @Test
    void a_sign_up_missing_everything_names_each_field() {
        JsonNode detail = client.post("/users/")
                .json("{}")
                .send()
                .assertStatus(422)
                .json()
                .get("detail");
        assertEquals(
                "[missing, missing, missing]", detail.findValuesAsText("type").toString());
        assertEquals("[username, email, password]", locs(detail).toString());
    }

    @Test
    void malformed_json_is_a_422_with_its_position() {
        JsonNode error = client.post("/users/")
                .json("{\"username\": ")
                .send()
                .assertStatus(422)
                .json()
                .at("/detail/0");
        assertEquals("json_invalid", error.get("type").asText());
    }

    @Test
    void a_password_bcrypt_would_cut_is_refused_without_echoing_it() {
        String long72 = "é".repeat(40); // 40 characters, 80 bytes
        JsonNode error = client.post("/users/")
                .json("{\"username\":\"zed\",\"email\":\"zed@example.com\",\"password\":\"" + long72 + "\"}")
                .send()
                .assertStatus(422)
                .json()
                .at("/detail/0");
        assertEquals("value_error", error.get("type").asText());
        assertEquals("[\"body\",\"password\"]", error.get("loc").toString());
        assertTrue(error.get("input").isNull(), error.toString());
    }

    @Test
    void a_taken_username_is_a_conflict() {
        client.post("/users/")
                .json("{\"username\":\"alice\",\"email\":\"other@example.com\",\"password\":\"another-one\"}")
                .send()
                .assertStatus(409)
                .assertJson("{\"detail\":\"Username already registered\"}");
    }

    @Test
    void a_wrong_password_or_unknown_user_gets_the_same_401() {
        for (String[] attempt : new String[][] {{"alice", "wrong-password"}, {"nobody", "password-alice"}}) {
            client.post("/token")
                    .form("username", attempt[0], "password", attempt[1])
                    .send()
                    .assertStatus(401)
                    .assertHeader("WWW-Authenticate", "Bearer")
                    .assertJson("{\"detail\":\"Incorrect username or password\"}");
        }
        JsonNode detail =
                client.post("/token").form().send().assertStatus(422).json().get("detail");
        assertEquals("[username, password]", locs(detail).toString());
    }

    @Test
    void without_a_valid_token_the_user_routes_answer_401() {
        client.get("/users/me")
                .send()
                .assertStatus(401)
                .assertHeader("WWW-Authenticate", "Bearer")
                .assertJson("{\"detail\":\"Not authenticated\"}");
        client.get("/users/me")
                .header("Authorization", "Bearer " + alice.substring(0, alice.length() - 2) + "xx")
                .send()
                .assertStatus(401)
                .assertJson("{\"detail\":\"Could not validate credentials\"}");
        client.post("/items/").json("{\"name\":\"Saw\",\"price\":3}").send().assertStatus(401);
    }

    @Test
    void an_item_is_checked_before_it_is_stored() {
        JsonNode detail = client.post("/items/")
                .header("Authorization", "Bearer " + alice)
                .json("{\"name\":\"\",\"price\":0,\"colour\":\"red\"}")
                .send()
                .assertStatus(422)
                .json()
                .get("detail");
        assertEquals(
                "[string_too_short, greater_than, extra_forbidden]",
                detail.findValuesAsText("type").toString());
    }

    @Test
    void paging_and_filters_are_validated_as_query_parameters() {
        JsonNode detail = client.get("/items/?limit=0&offset=-1&min_price=cheap")
                .send()
                .assertStatus(422)
                .json()
                .get("detail");
        assertEquals(
                "[float_parsing, greater_than_equal, greater_than_equal]",
                detail.findValuesAsText("type").toString());
        client.get("/items/?limit=101").send().assertStatus(422);
        client.get("/items/?q=").send().assertStatus(422);
    }

    @Test
    void an_unknown_item_is_404_and_a_bad_id_422() {
        client.get("/items/987654").send().assertStatus(404).assertJson("{\"detail\":\"Item not found\"}");
        client.get("/items/abc").send().assertStatus(422);
        client.patch("/items/987654")
                .header("Authorization", "Bearer " + alice)
                .json("{\"price\":1}")
                .send()
                .assertStatus(404);
        client.get("/items/" + alicesItem + "/image")
                .send()
                .assertStatus(404)
                .assertJson("{\"detail\":\"Image not found\"}");
    }

    @Test
    void someone_elses_item_is_403_to_change_or_delete() {
        String path = "/items/" + alicesItem;
        client.patch(path)
                .header("Authorization", "Bearer " + bob)
                .json("{\"price\":1}")
                .send()
                .assertStatus(403)
                .assertJson("{\"detail\":\"Not the owner of this item\"}");
        client.delete(path).header("Authorization", "Bearer " + bob).send().assertStatus(403);
        client.get(path).send().assertStatus(200);
        assertEquals(12.5, client.get(path).send().json().get("price").asDouble(), "unchanged");
    }

    @Test
    void a_patch_cannot_null_a_required_field_or_add_one() {
        JsonNode detail = client.patch("/items/" + alicesItem)
                .header("Authorization", "Bearer " + alice)
                .json("{\"name\":null,\"price\":null,\"stock\":3}")
                .send()
                .assertStatus(422)
                .json()
                .get("detail");
        assertEquals(
                "[string_type, float_type, extra_forbidden]",
                detail.findValuesAsText("type").toString());
    }

    @Test
    void a_picture_must_be_a_png_sent_as_a_file() throws Exception {
        String path = "/items/" + alicesItem + "/image";
        var notPng = MultipartBody.create().file("file", "fake.png", "image/png", "GIF89a, not a PNG at all");
        client.put(path)
                .header("Authorization", "Bearer " + alice)
                .multipart(notPng)
                .send()
                .assertStatus(415)
                .assertJson("{\"detail\":\"The picture must be a PNG image\"}");
        var noFile = MultipartBody.create().field("other", "x");
        JsonNode missing = client.put(path)
                .header("Authorization", "Bearer " + alice)
                .multipart(noFile)
                .send()
                .assertStatus(422)
                .json()
                .at("/detail/0");
        assertEquals("missing", missing.get("type").asText());
        var png = MultipartBody.create().file("file", "a.png", "image/png", DemoServer.png());
        client.put(path)
                .header("Authorization", "Bearer " + bob)
                .multipart(png)
                .send()
                .assertStatus(403);
        client.put("/items/987654/image")
                .header("Authorization", "Bearer " + alice)
                .multipart(png)
                .send()
                .assertStatus(404);
    }

    private static java.util.List<String> locs(JsonNode detail) {
        var out = new java.util.ArrayList<String>();
        for (JsonNode error : detail) out.add(error.get("loc").get(1).asText());
        return out;
    }
}
