package dev.flute.websocket;

/**
 * What a websocket route carries under {@link WebSockets#HANDLER}: its declaration beyond the
 * {@code RouteSpec} and the handler as written. {@link AsyncApi} reads it; a test can take the
 * function back ({@code (Fn2<Integer, Socket, ?>) handler.function()}) and call it directly.
 *
 * @param ws the messages, options and AsyncAPI flag of the route
 * @param function the handler as the user wrote it (an {@code FnN} whose last parameter is the socket)
 */
public record WsHandler(WsSpec ws, Object function) {}
