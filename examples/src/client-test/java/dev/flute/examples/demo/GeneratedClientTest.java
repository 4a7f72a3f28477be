package dev.flute.examples.demo;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.flute.examples.democlient.ApiClient;
import dev.flute.examples.democlient.ApiException;
import dev.flute.examples.democlient.api.ItemsApi;
import dev.flute.examples.democlient.api.UsersApi;
import dev.flute.examples.democlient.model.Item;
import dev.flute.examples.democlient.model.ItemIn;
import dev.flute.examples.democlient.model.ItemList;
import dev.flute.examples.democlient.model.ItemPatch;
import dev.flute.examples.democlient.model.SignUp;
import dev.flute.examples.democlient.model.Token;
import java.io.File;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The demo's OpenAPI document is usable, not only valid: a Java client generated from it by the
 * OpenAPI Generator (the {@code native} library, during this build) calls the running demo. The
 * client's code is built into {@code target/generated-test-sources}, never committed.
 */
class GeneratedClientTest {
    @TempDir
    static Path data;

    static DemoServer demo;

    @BeforeAll
    static void start() throws Exception {
        demo = DemoServer.start(DemoServer.settings(data, null));
    }

    @AfterAll
    static void stop() throws Exception {
        demo.close();
    }

    /** A client of the running demo, sending {@code token} as its bearer when there is one. */
    static ApiClient client(String token) {
        var client = new ApiClient().setHost("127.0.0.1").setPort(demo.server.port());
        if (token != null) client.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + token));
        return client;
    }

    @Test
    void signs_up_logs_in_and_keeps_items_through_the_generated_client() throws Exception {
        var users = new UsersApi(client(null));
        var signUp = new SignUp().username("ivan").email("ivan@example.com").password("ivan's secret");
        assertEquals("ivan", users.signUp(signUp).getUsername());
        var taken = assertThrows(ApiException.class, () -> users.signUp(signUp));
        assertEquals(409, taken.getCode());
        assertEquals("{\"detail\":\"Username already registered\"}", taken.getResponseBody());

        Token token = users.login("ivan", "ivan's secret", null, null, null, null);
        assertEquals("bearer", token.getTokenType());
        var signedIn = client(token.getAccessToken());
        assertEquals("ivan", new UsersApi(signedIn).readMe().getUsername());

        var items = new ItemsApi(signedIn);
        Item kite = items.createItem(new ItemIn().name("Kite").price(new BigDecimal("30.5")));
        items.createItem(new ItemIn().name("Yo-yo").description("Wooden").price(new BigDecimal("3")));
        ItemList cheap = items.listItems(null, null, new BigDecimal("10"), "ivan", null, null);
        assertEquals(1, cheap.getCount());
        assertEquals("Yo-yo", cheap.getData().get(0).getName());
        assertEquals("Wooden", cheap.getData().get(0).getDescription());

        Item patched = items.updateItem(kite.getId(), new ItemPatch().price(new BigDecimal("25")));
        assertEquals("Kite", patched.getName());
        assertEquals(0, new BigDecimal("25").compareTo(patched.getPrice()));

        byte[] png = DemoServer.png();
        File picture = Files.write(data.resolve("kite.png"), png).toFile();
        Item pictured = items.uploadItemImage(kite.getId(), picture);
        assertEquals("/items/" + kite.getId() + "/image", pictured.getImageUrl());
        File served = new ItemsApi(client(null)).readItemImage(kite.getId());
        assertArrayEquals(png, Files.readAllBytes(served.toPath()));

        var unknown = assertThrows(ApiException.class, () -> items.readItem(987654));
        assertEquals(404, unknown.getCode());
    }
}
