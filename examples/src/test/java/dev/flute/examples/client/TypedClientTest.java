package dev.flute.examples.client;

import static dev.flute.dsl.Flute.*;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.flute.client.FluteClient;
import dev.flute.client.HttpFailure;
import dev.flute.dsl.Api;
import dev.flute.dsl.Dep;
import dev.flute.dsl.Endpoint;
import dev.flute.dsl.ErrorOutput;
import dev.flute.dsl.http.HttpError;
import dev.flute.dsl.types.ModelType;
import dev.flute.dsl.vertx.FluteServer;
import dev.flute.dsl.vertx.ServerConfig;
import io.vertx.core.Vertx;
import io.vertx.junit5.VertxExtension;
import io.vertx.junit5.VertxTestContext;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The README's typed client, word for word: a small shop served on an ephemeral port and called through its routes. */
@ExtendWith(VertxExtension.class)
class TypedClientTest {
    public record Item(long id, String name, double price) {}

    public record Message(String message) {}

    static final ModelType<Item> ITEM = model(Item.class);
    static final ErrorOutput<Message> NOT_FOUND = error(404, model(Message.class));
    static final Map<Long, Item> ITEMS = new ConcurrentHashMap<>();
    static final AtomicLong IDS = new AtomicLong();

    static final Dep<String> TOKEN = dep(header("x_token", str()), token -> {
        if (!token.equals("secret")) throw new HttpError(400, "X-Token header invalid");
        return token;
    });

    static final Endpoint<Item> CREATE_ITEM = route(POST, "/")
            .param(body(ITEM))
            .returns(ITEM)
            .handle(item -> {
                Item stored = new Item(IDS.incrementAndGet(), item.name(), item.price());
                ITEMS.put(stored.id(), stored);
                return stored;
            });

    static final Endpoint<Item> READ_ITEM = route(GET, "/<item_id>")
            .param(path("item_id", long_()))
            .returns(ITEM)
            .error(NOT_FOUND)
            .handle(id -> Optional.ofNullable(ITEMS.get(id))
                    .orElseThrow(() -> NOT_FOUND.of(new Message("Item " + id + " not found"))));

    static final Api SHOP =
            api("Shop", "1.0").group(group("/items").dependencies(TOKEN).routes(CREATE_ITEM, READ_ITEM));

    @Test
    void calls_the_routes_with_typed_inputs_and_reads_typed_answers(Vertx vertx, VertxTestContext test) {
        FluteServer.start(vertx, SHOP, ServerConfig.port(0)).onComplete(test.succeeding(server -> {
            int port = server.port();
            // README: typed-client
            FluteClient client = FluteClient.of(vertx, "http://127.0.0.1:" + port, SHOP)
                    .with(header("x_token", str()), "secret"); // the group's dependency reads it: sent on every call

            client.call(CREATE_ITEM, new Item(0, "Foo", 35.4)) // the body, written by ITEM's encoder
                    .compose(created -> client.call(READ_ITEM, created.id())) // path 'item_id': /items/1
                    .compose(item -> client.call(READ_ITEM, 404L))
                    .onComplete(test.failing(error -> test.verify(() -> {
                        HttpFailure notFound = (HttpFailure) error; // 404, its body typed by NOT_FOUND
                        assertEquals(Optional.of(new Message("Item 404 not found")), notFound.error(NOT_FOUND));
                        test.completeNow();
                    })));
            // README: end
        }));
    }
}
