package dev.flute.examples.demo;

import static dev.flute.examples.demo.ItemModels.ITEM_EVENT;

import dev.flute.dsl.Dep;
import dev.flute.dsl.Flute;
import dev.flute.examples.demo.ItemModels.ItemEvent;
import dev.flute.websocket.Hub;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.eventbus.DeliveryOptions;
import io.vertx.core.streams.ReadStream;

/**
 * Item changes for whoever listens, on every node of a (clustered) Vert.x: SSE subscribers read an
 * event-bus address, websocket clients are members of a {@link Hub} room.
 */
final class ItemFeed {
    static final String ADDRESS = "flute.demo.items";
    static final String HUB = "flute-demo";
    static final String ROOM = "items";

    private static final EventCodec<ItemEvent> CODEC = new EventCodec<>(ITEM_EVENT);
    private static final DeliveryOptions DELIVERY = new DeliveryOptions().setCodecName(CODEC.name());

    /** The feed of the Vert.x serving the request. */
    static final Dep<ItemFeed> FEED =
            Flute.dep(() -> new ItemFeed(Vertx.currentContext().owner())).named("item_feed");

    private final Vertx vertx;

    ItemFeed(Vertx vertx) {
        this.vertx = vertx;
    }

    /** Lets the bus carry events: a startup hook. */
    static Future<Void> open(Vertx vertx) {
        vertx.eventBus().registerCodec(CODEC);
        return Future.succeededFuture();
    }

    /** A shutdown hook, so the API can be started again on the same Vert.x. */
    static Future<Void> close(Vertx vertx) {
        vertx.eventBus().unregisterCodec(CODEC.name());
        return Future.succeededFuture();
    }

    /** Tells every listener; from any thread. */
    void publish(ItemEvent event) {
        vertx.eventBus().publish(ADDRESS, event, DELIVERY);
        Hub.of(vertx, HUB).broadcastJson(ROOM, event);
    }

    /** The events from now on, until the reader stops reading (it unregisters then). */
    ReadStream<ItemEvent> subscribe() {
        return vertx.eventBus().<ItemEvent>consumer(ADDRESS).bodyStream();
    }
}
