package dev.flute.websocket;

import dev.flute.dsl.Api;
import dev.flute.dsl.Attribute;
import dev.flute.dsl.Flute;
import dev.flute.websocket.internal.OriginCheck;

/**
 * Websocket routes, FastAPI's {@code @app.websocket}. Inputs and dependencies are declared as for
 * {@code route(...)}; the handler receives their values and then the {@link Socket}:
 *
 * <pre>{@code
 * static final Endpoint CHAT = ws("/ws/<client_id>")
 *     .param(path("client_id", int_()))
 *     .depends(HUB)
 *     .handle((clientId, hub, socket) -> {
 *         socket.onText(text -> hub.broadcast("chat", "Client #" + clientId + " says: " + text));
 *         return hub.join("chat", socket);
 *     });
 *
 * Api api = api("Chat", "1.0").routes(PAGE, CHAT);
 * }</pre>
 */
public final class WebSockets {
    private WebSockets() {}

    /** Where a websocket route keeps its declaration beyond the HTTP route's: read it from the resolved route. */
    public static final Attribute<WsHandler> HANDLER = Attribute.of("websocket", WsHandler.class);

    /**
     * The API with these origins allowed on every websocket route that sets none of its own (in place
     * of {@link Origins#sameOriginWithCookies()}):
     *
     * <pre>{@code Api served = WebSockets.allowedOrigins(api, Origins.of("https://app.example.com"));}</pre>
     */
    public static Api allowedOrigins(Api api, Origins origins) {
        return api.override(OriginCheck.DEFAULT, OriginCheck.of(origins));
    }

    /** A websocket route at this path template ({@code /ws/<client_id>}). */
    public static WsRoute0 ws(String template) {
        return new WsRoute0(Flute.route(Flute.WEBSOCKET, template), WsSpec.DEFAULT);
    }
}
