package dev.flute.examples.ws;

import static dev.flute.dsl.Flute.*;
import static dev.flute.websocket.WebSockets.ws;

import dev.flute.dsl.Api;
import dev.flute.dsl.Dep;
import dev.flute.dsl.Endpoint;
import dev.flute.dsl.http.Response;
import dev.flute.websocket.AsyncApi;
import dev.flute.websocket.Hub;

/**
 * Seed §2.16, several clients: each page opens {@code /ws/<client_id>}; a text is answered to its
 * sender ({@code You wrote: ...}) and broadcast to everyone ({@code Client #1 says: ...}); leaving
 * is announced to the others. FastAPI's {@code ConnectionManager} is a {@link Hub}: a room on the
 * event bus, so clients of every event loop (and of every node of a clustered Vert.x) chat together,
 * and a client leaves the room by itself when its socket ends.
 *
 * <p>{@code client_id} is a {@code long}: the page uses {@code Date.now()}, too large for an int.
 */
public final class WebsocketChat {
    private WebsocketChat() {}

    static final String HTML = Page.read("websocket-chat.html");

    /** FastAPI's {@code manager = ConnectionManager()}. */
    static final Dep<Hub> MANAGER = Hub.dep("websocket-chat");

    static final String ROOM = "chat";

    static final Endpoint GET_PAGE = route(GET, "/").name("get").handle(() -> Response.html(HTML));

    static final Endpoint WEBSOCKET_ENDPOINT = ws("/ws/<client_id>")
            .name("websocket_endpoint")
            .param(path("client_id", long_()))
            .depends(MANAGER)
            .receivesText()
            .sendsText()
            .handle((clientId, manager, websocket) -> {
                websocket.onText(data -> websocket
                        .sendText("You wrote: " + data)
                        .onSuccess(sent -> manager.broadcast(ROOM, "Client #" + clientId + " says: " + data)));
                websocket.onDisconnect(disconnect -> manager.broadcast(ROOM, "Client #" + clientId + " left the chat"));
                return manager.join(ROOM, websocket);
            });

    public static Api app() {
        return AsyncApi.with(api("FastAPI", "0.1.0").routes(GET_PAGE, WEBSOCKET_ENDPOINT));
    }
}
