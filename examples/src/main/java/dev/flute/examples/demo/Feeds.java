package dev.flute.examples.demo;

import static dev.flute.dsl.Flute.*;
import static dev.flute.examples.demo.ItemFeed.FEED;
import static dev.flute.examples.demo.ItemModels.ITEM_EVENT;
import static dev.flute.websocket.WebSockets.ws;

import dev.flute.dsl.Dep;
import dev.flute.dsl.Endpoint;
import dev.flute.examples.demo.ItemModels.ItemEvent;
import dev.flute.websocket.Hub;
import io.vertx.core.streams.ReadStream;
import java.util.List;

/** Item changes as they happen, two ways: Server-Sent Events and a websocket channel. */
final class Feeds {
    private Feeds() {}

    static final Dep<Hub> HUB = Hub.dep(ItemFeed.HUB);

    static List<Endpoint<?>> routes() {
        return List.of(events(), channel());
    }

    /** {@code GET /items/events}: an event stream of item changes ({@code new EventSource("/items/events")}). */
    static Endpoint<ReadStream<ItemEvent>> events() {
        return route(GET, "/items/events")
                .operationId("itemEvents")
                .summary("Item changes as Server-Sent Events")
                .tags("items")
                .returns(sse(ITEM_EVENT))
                .depends(FEED)
                .handle(ItemFeed::subscribe);
    }

    /** {@code /items/ws}: a websocket that receives each item change as a JSON message. */
    static Endpoint<?> channel() {
        return ws("/items/ws")
                .name("item_channel")
                .summary("Item changes on a websocket")
                .depends(HUB)
                .sends(ITEM_EVENT)
                .handle((hub, socket) -> hub.join(ItemFeed.ROOM, socket));
    }
}
