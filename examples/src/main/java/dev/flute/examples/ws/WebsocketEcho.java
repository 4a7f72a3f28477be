package dev.flute.examples.ws;

import static dev.flute.dsl.Flute.*;
import static dev.flute.websocket.WebSockets.ws;

import dev.flute.dsl.Api;
import dev.flute.dsl.Endpoint;
import dev.flute.dsl.http.Response;
import dev.flute.websocket.AsyncApi;

/**
 * Seed §2.16, one client: the page at {@code /} talks to {@code /ws}, which answers every text with
 * {@code Message text was: ...}. FastAPI's {@code await websocket.accept()} has no counterpart: the
 * handshake is accepted once the route's inputs are valid. The AsyncAPI document is at
 * {@code /asyncapi.json}.
 */
public final class WebsocketEcho {
    private WebsocketEcho() {}

    static final String HTML = Page.read("websocket-echo.html");

    static final Endpoint GET_PAGE = route(GET, "/").name("get").handle(() -> Response.html(HTML));

    static final Endpoint WEBSOCKET_ENDPOINT = ws("/ws")
            .name("websocket_endpoint")
            .receivesText()
            .sendsText()
            .handle(websocket -> websocket.onText(data -> websocket.sendText("Message text was: " + data)));

    public static Api app() {
        return AsyncApi.with(api("FastAPI", "0.1.0").routes(GET_PAGE, WEBSOCKET_ENDPOINT));
    }
}
