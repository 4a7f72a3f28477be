package dev.flute.websocket;

import com.google.errorprone.annotations.CheckReturnValue;
import dev.flute.dsl.Body;
import dev.flute.dsl.Dep;
import dev.flute.dsl.FormInput;
import dev.flute.dsl.Input;
import dev.flute.dsl.RouteBuilder;
import dev.flute.dsl.RouteSpec;
import dev.flute.dsl.http.Response;
import dev.flute.dsl.types.Type;
import dev.flute.websocket.internal.OriginCheck;
import dev.flute.websocket.internal.SocketSession;

/**
 * The configuration every websocket route arity shares. Each method returns a copy, typed as the
 * concrete {@code WsRouteN}, so a chain keeps its handler's signature.
 *
 * <p>A websocket route is an HTTP route of the method {@code WEBSOCKET}, built with the DSL's own
 * route builder: its inputs and dependencies run before the upgrade exactly as for an HTTP route
 * (invalid ones refuse the handshake with 403), and its resource dependencies stay acquired until
 * the socket has ended. It is left out of the OpenAPI document, as FastAPI leaves websockets out;
 * {@link AsyncApi} documents it from the {@link WsHandler} the route carries under
 * {@link WebSockets#HANDLER}.
 *
 * @param <S> the concrete route type
 * @param <R> the DSL route it builds
 */
@CheckReturnValue
public abstract class WsRouteBuilder<S extends WsRouteBuilder<S, R>, R extends RouteBuilder<R>> {
    private final R route;
    private final WsSpec ws;

    WsRouteBuilder(R route, WsSpec ws) {
        this.route = route;
        this.ws = ws;
    }

    /** The HTTP side of the declaration so far. */
    public RouteSpec spec() {
        return route.spec();
    }

    /** The websocket side of the declaration so far. */
    public WsSpec ws() {
        return ws;
    }

    R route() {
        return route;
    }

    protected abstract S with(R route, WsSpec ws);

    /** Documents a JSON message clients send, named after its model (or {@code receive}). */
    public S receives(Type<?> type) {
        return receives(defaultName("receive", type), type);
    }

    /** Documents a JSON message clients send, under this name. */
    public S receives(String name, Type<?> type) {
        return with(route, ws.receiving(new MessageDoc(name, MessageDoc.Format.JSON, type)));
    }

    /** Documents the text messages clients send ({@link Socket#onText}). */
    public S receivesText() {
        return with(route, ws.receiving(new MessageDoc("receiveText", MessageDoc.Format.TEXT, null)));
    }

    /** Documents the binary messages clients send ({@link Socket#onBytes}). */
    public S receivesBytes() {
        return with(route, ws.receiving(new MessageDoc("receiveBytes", MessageDoc.Format.BYTES, null)));
    }

    /** Documents a JSON message the route sends, named after its model (or {@code send}). */
    public S sends(Type<?> type) {
        return sends(defaultName("send", type), type);
    }

    /** Documents a JSON message the route sends, under this name. */
    public S sends(String name, Type<?> type) {
        return with(route, ws.sending(new MessageDoc(name, MessageDoc.Format.JSON, type)));
    }

    /** Documents the text messages the route sends. */
    public S sendsText() {
        return with(route, ws.sending(new MessageDoc("sendText", MessageDoc.Format.TEXT, null)));
    }

    /** Documents the binary messages the route sends. */
    public S sendsBytes() {
        return with(route, ws.sending(new MessageDoc("sendBytes", MessageDoc.Format.BYTES, null)));
    }

    /** The limits and keep-alive of this route's sockets, in place of {@link SocketOptions#DEFAULT}. */
    public S options(SocketOptions options) {
        return with(route, ws.withOptions(options));
    }

    /** False keeps the route out of the AsyncAPI document; it is still served. */
    public S includeInSchema(boolean include) {
        return with(route, ws.withInAsyncApi(include));
    }

    public S summary(String summary) {
        return with(route.summary(summary), ws);
    }

    public S description(String description) {
        return with(route.description(description), ws);
    }

    public S tags(String... tags) {
        return with(route.tags(tags), ws);
    }

    /** The id of the route's channel in the AsyncAPI document. */
    public S operationId(String operationId) {
        return with(route.operationId(operationId), ws);
    }

    /** The handler's name ({@code websocket_endpoint}), as FastAPI takes it from the function. */
    public S name(String name) {
        return with(route.name(name), ws);
    }

    public S deprecated() {
        return with(route.deprecated(), ws);
    }

    /** Dependencies run before the upgrade for their effect (a token check); their values are not passed. */
    public S dependencies(Dep<?>... dependencies) {
        for (Dep<?> d : dependencies) checkReadsNoBody(d);
        return with(route, ws.withDependencies(java.util.List.of(dependencies)));
    }

    /**
     * The DSL route to complete: out of OpenAPI (FastAPI documents no websocket there, and
     * "websocket" is no OpenAPI method), carrying its websocket declaration and the handler as written.
     */
    R served(Object function) {
        // The origin check runs first of the route's dependencies, before any of them and the upgrade.
        SocketOptions options = ws.options();
        Dep<?> origins = options.origins() == null ? OriginCheck.DEFAULT : OriginCheck.of(options.origins());
        return route.dependencies(origins)
                .dependencies(ws.dependencies().toArray(Dep<?>[]::new))
                .includeInSchema(false)
                .attribute(WebSockets.HANDLER, new WsHandler(ws, function));
    }

    /** Accepts the handshake and runs one socket's session, started by {@code start}. */
    Response<Object> upgrade(Receiver<Socket> start) {
        SocketOptions options = ws.options();
        return Response.upgrade(socket -> SocketSession.run(socket, options, start));
    }

    /** A handshake has no body, so body and form inputs are refused. */
    void checkReadsNoBody(Input<?> input) {
        if (input instanceof Body<?> || input instanceof FormInput<?>) {
            throw new IllegalArgumentException(route.spec().template()
                    + ": a websocket handshake has no body; receive the data as messages instead");
        }
        if (input instanceof Dep<?> d) d.inputs().forEach(this::checkReadsNoBody);
    }

    private static String defaultName(String direction, Type<?> type) {
        return type instanceof dev.flute.dsl.types.ModelType<?> m ? m.name() : direction;
    }
}
