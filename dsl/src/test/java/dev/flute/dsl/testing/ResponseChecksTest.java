package dev.flute.dsl.testing;

import static dev.flute.dsl.Flute.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.flute.dsl.Api;
import dev.flute.dsl.ErrorOutput;
import dev.flute.dsl.Middleware;
import dev.flute.dsl.ResponseChecks;
import dev.flute.dsl.http.HttpError;
import dev.flute.dsl.http.Response;
import dev.flute.dsl.http.Streams;
import dev.flute.dsl.spi.ResolvedApi;
import dev.flute.dsl.spi.ResolvedRoute;
import dev.flute.dsl.spi.ResponseContract;
import dev.flute.dsl.types.ModelType;
import io.vertx.core.Future;
import io.vertx.core.http.HttpMethod;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every response checked against its route's own description: by the test client, and by a server on demand. */
class ResponseChecksTest {
    record Item(String name, double price) {}

    record Cart(List<Item> items) {}

    record Message(String message) {}

    static final ModelType<Item> ITEM =
            model(Item.class).field("price", double_().gt(0));
    static final ModelType<Cart> CART = model(Cart.class).field("items", listOf(ITEM));
    static final ErrorOutput<Message> NO_CART = error(404, model(Message.class));

    static final Cart BROKEN = new Cart(List.of(new Item("a", 1), new Item("b", 2), new Item("c", -1)));

    static Api shop() {
        return api("shop", "1")
                .routes(
                        route(GET, "/carts/<id>")
                                .param(path("id", int_()))
                                .returns(CART)
                                .error(NO_CART)
                                .handle(id -> {
                                    if (id == 0) throw NO_CART.of(new Message("no cart 0"));
                                    if (id == 1) throw new HttpError(409, "locked");
                                    if (id == 2) return BROKEN;
                                    return new Cart(List.of(new Item("a", 1)));
                                }),
                        route(GET, "/items/").returns(jsonLines(ITEM)).handle(() -> Streams.of(BROKEN.items())),
                        route(GET, "/slim/")
                                .returns(json(ITEM).exclude("price"))
                                .handle(() -> new Item("a", 1)));
    }

    @Test
    void a_body_that_breaks_its_declared_type_fails_naming_the_route_the_status_and_the_place() {
        try (var client = TestClient.of(shop())) {
            var failure = assertThrows(
                    AssertionError.class, () -> client.get("/carts/2").send());
            String message = failure.getMessage();
            assertTrue(message.contains("GET /carts/2 answered 200"), message);
            assertTrue(message.contains("GET /carts/<id>"), message);
            assertTrue(message.contains("$.items[2].price: Input should be greater than 0"), message);
        }
    }

    @Test
    void documented_answers_pass_and_undocumented_statuses_fail() {
        try (var client = TestClient.of(shop())) {
            client.get("/carts/3").send().assertStatus(200);
            client.get("/carts/0").send().assertStatus(404).assertJson("{\"message\":\"no cart 0\"}");
            client.get("/carts/x").send().assertStatus(422); // the route reads input: 422 is documented
            client.get("/nowhere").send().assertStatus(404); // the framework's own answers
            client.post("/carts/3").send().assertStatus(405);
            var failure = assertThrows(
                    AssertionError.class, () -> client.get("/carts/1").send());
            assertTrue(
                    failure.getMessage().contains("409 is not documented (documented: [200, 404, 422]"),
                    failure.getMessage());
        }
    }

    @Test
    void streamed_items_and_json_options_are_checked_as_declared() {
        try (var client = TestClient.of(shop())) {
            var failure = assertThrows(
                    AssertionError.class, () -> client.get("/items/").send());
            assertTrue(
                    failure.getMessage().contains("$[2].price: Input should be greater than 0"), failure.getMessage());
            // response_model_exclude leaves a required field out on purpose: that conforms.
            client.get("/slim/").send().assertJson("{\"name\":\"a\"}");
        }
    }

    @Test
    void an_endless_stream_is_read_for_a_while_then_left_and_checked_as_far_as_it_came() {
        Iterable<Item> endless = () ->
                java.util.stream.Stream.generate(() -> new Item("tick", 1)).iterator();
        Api ticks =
                api("ticks", "1").routes(route(GET, "/ticks").returns(sse(ITEM)).handle(() -> Streams.of(endless)));
        try (var client = TestClient.of(ticks)) {
            var part = client.get("/ticks")
                    .readFor(java.time.Duration.ofMillis(50))
                    .send()
                    .assertStatus(200);
            assertTrue(!part.complete(), "the client left before the end");
            assertTrue(part.text().startsWith("data: {\"name\":\"tick\",\"price\":1.0}\n\n"), part.text());
            assertEquals(dev.flute.dsl.Gauges.IDLE, client.gauges(), "the stream was closed with the request");
        }
    }

    @Test
    void a_test_that_provokes_an_undocumented_answer_turns_the_check_off() {
        try (var client = TestClient.of(shop())) {
            client.get("/carts/1").checkResponse(false).send().assertStatus(409);
            client.checkResponses(false);
            client.get("/carts/2").send().assertStatus(200);
            client.get("/items/").send().assertStatus(200);
        }
    }

    @Test
    void the_contract_is_a_plain_value_checking_status_content_type_and_body() {
        ResolvedRoute carts = ResolvedApi.of(shop()).routes().get(0);
        var contract = ResponseContract.of(carts);
        byte[] fine = "{\"items\":[]}".getBytes(StandardCharsets.UTF_8);
        assertEquals(List.of(), contract.check(HttpMethod.GET, 200, "application/json", fine));
        assertEquals(
                "content-type: declared application/json, sent text/plain",
                contract.check(HttpMethod.GET, 200, "text/plain", fine).get(0).toString());
        assertEquals(
                "$.items[0].name: Field required (missing), got {\"price\":2}",
                contract.check(
                                HttpMethod.GET,
                                200,
                                "application/json",
                                "{\"items\":[{\"price\":2}]}".getBytes(StandardCharsets.UTF_8))
                        .get(0)
                        .toString());
        assertEquals(
                "status: 500 is a server error: oops",
                contract.check(HttpMethod.GET, 500, "text/plain", "oops".getBytes(StandardCharsets.UTF_8))
                        .get(0)
                        .toString());
        // HEAD: the content type is checked, the (empty) body is not.
        assertEquals(List.of(), contract.check(HttpMethod.HEAD, 200, "application/json", new byte[0]));
    }

    @Test
    void a_server_can_log_or_refuse_what_does_not_conform() {
        Api logged = shop().settings(Api.Settings.DEFAULT.responseChecks(ResponseChecks.LOG));
        try (var client = TestClient.of(logged)) {
            // Logged and sent as it is.
            client.get("/carts/2").checkResponse(false).send().assertStatus(200);
        }
        Api refused = shop().settings(Api.Settings.DEFAULT.responseChecks(ResponseChecks.FAIL));
        try (var client = TestClient.of(refused)) {
            client.get("/carts/2").checkResponse(false).send().assertStatus(500).assertText("Internal Server Error");
            client.get("/carts/3").send().assertStatus(200);
            client.get("/carts/0").send().assertStatus(404);
        }
    }

    @Test
    void unrouted_answers_are_the_frameworks_only() {
        var contract = ResponseContract.unrouted(HttpMethod.GET, "/x");
        assertEquals(
                List.of(),
                contract.check(HttpMethod.GET, 404, "application/json", "{}".getBytes(StandardCharsets.UTF_8)));
        assertEquals(
                1,
                contract.check(HttpMethod.GET, 200, "application/json", "{}".getBytes(StandardCharsets.UTF_8))
                        .size());
    }

    @Test
    void an_answer_middleware_gives_before_routing_is_checked_only_for_server_errors() {
        Middleware preflight = (request, next) -> request.method() == HttpMethod.OPTIONS
                ? Future.succeededFuture(Response.text("OK"))
                : next.handle(request);
        Middleware broken = (request, next) -> request.headers().contains("x-break")
                ? Future.succeededFuture(Response.text("down").status(503))
                : next.handle(request);
        Middleware rewrite = (request, next) -> request.headers().contains("x-rewrite")
                ? next.handle(request).map(response -> Response.text("fine"))
                : next.handle(request);
        try (var client =
                TestClient.of(shop().middleware(preflight).middleware(broken).middleware(rewrite))) {
            client.options("/carts/3").send().assertStatus(200).assertText("OK");
            var refused = assertThrows(
                    AssertionError.class,
                    () -> client.get("/carts/3").header("x-break", "1").send());
            assertTrue(refused.getMessage().contains("answered by middleware before routing"), refused.getMessage());
            // Past the middleware, the route's description and the framework's own answers apply again.
            client.get("/carts/3").send().assertStatus(200);
            client.delete("/carts/3").send().assertStatus(405);
            assertThrows(
                    AssertionError.class,
                    () -> client.delete("/carts/3").header("x-rewrite", "1").send());
        }
    }
}
