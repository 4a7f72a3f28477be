package dev.flute.examples.embed;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.auth.JWTOptions;
import io.vertx.ext.auth.PubSecKeyOptions;
import io.vertx.ext.auth.jwt.JWTAuth;
import io.vertx.ext.auth.jwt.JWTAuthOptions;
import io.vertx.ext.web.client.WebClient;
import io.vertx.junit5.VertxExtension;
import io.vertx.junit5.VertxTestContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The embedded API tested the Vert.x way: the verticle deployed on an ephemeral port, asked with a WebClient. */
@ExtendWith(VertxExtension.class)
class ShopVerticleTest {

    @Test
    void reads_the_user_the_host_authenticated(Vertx vertx, VertxTestContext test) {
        JWTAuth jwt = JWTAuth.create(
                vertx,
                new JWTAuthOptions()
                        .addPubSecKey(
                                new PubSecKeyOptions().setAlgorithm("HS256").setBuffer("a test secret")));
        String token =
                jwt.generateToken(new JsonObject().put("sub", "alice").put("scope", "items:read"), new JWTOptions());
        var shop = new ShopVerticle(jwt, 0);
        vertx.deployVerticle(shop)
                .compose(id -> WebClient.create(vertx)
                        .get(shop.port(), "127.0.0.1", "/api/me")
                        .bearerTokenAuthentication(token)
                        .send())
                .onComplete(test.succeeding(response -> test.verify(() -> {
                    assertEquals(200, response.statusCode());
                    assertEquals(new JsonObject().put("user", "alice"), response.bodyAsJsonObject());
                    test.completeNow();
                })));
    }

    @Test
    void serves_bodies_the_host_read_and_scopes_and_passes_the_rest_on(Vertx vertx, VertxTestContext test) {
        JWTAuth jwt = JWTAuth.create(
                vertx,
                new JWTAuthOptions()
                        .addPubSecKey(
                                new PubSecKeyOptions().setAlgorithm("HS256").setBuffer("a test secret")));
        String reader =
                jwt.generateToken(new JsonObject().put("sub", "alice").put("scope", "items:read"), new JWTOptions());
        String writer = jwt.generateToken(
                new JsonObject().put("sub", "bob").put("scope", "items:read items:write"), new JWTOptions());
        var shop = new ShopVerticle(jwt, 0);
        var checks = test.checkpoint(5);
        vertx.deployVerticle(shop).onComplete(test.succeeding(id -> {
            WebClient client = WebClient.create(vertx);
            client.post(shop.port(), "127.0.0.1", "/api/items/")
                    .bearerTokenAuthentication(reader)
                    .putHeader("content-type", "application/json")
                    .sendBuffer(Buffer.buffer("\"Plumbus\""))
                    .onComplete(test.succeeding(r -> test.verify(() -> {
                        assertEquals("{\"name\":\"Plumbus\"}", r.bodyAsString());
                        checks.flag();
                    })));
            client.delete(shop.port(), "127.0.0.1", "/api/items/3")
                    .bearerTokenAuthentication(reader)
                    .send()
                    .onComplete(test.succeeding(r -> test.verify(() -> {
                        assertEquals(401, r.statusCode());
                        assertEquals("{\"detail\":\"Not enough permissions\"}", r.bodyAsString());
                        checks.flag();
                    })));
            client.delete(shop.port(), "127.0.0.1", "/api/items/3")
                    .bearerTokenAuthentication(writer)
                    .send()
                    .onComplete(test.succeeding(r -> test.verify(() -> {
                        assertEquals("{\"deleted\":3}", r.bodyAsString());
                        checks.flag();
                    })));
            client.get(shop.port(), "127.0.0.1", "/api/elsewhere")
                    .bearerTokenAuthentication(reader)
                    .send()
                    .onComplete(test.succeeding(r -> test.verify(() -> {
                        assertEquals("the host's own route", r.bodyAsString());
                        checks.flag();
                    })));
            client.get(shop.port(), "127.0.0.1", "/api/me")
                    .send()
                    .onComplete(test.succeeding(r -> test.verify(() -> {
                        assertEquals(401, r.statusCode(), "the host's JWT handler refuses first");
                        checks.flag();
                    })));
        }));
    }
}
