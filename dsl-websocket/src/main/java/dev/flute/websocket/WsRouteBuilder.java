package dev.flute.websocket;

import dev.flute.dsl.Body;
import dev.flute.dsl.Dep;
import dev.flute.dsl.Endpoint;
import dev.flute.dsl.FormInput;
import dev.flute.dsl.Input;
import dev.flute.dsl.Invoker;
import dev.flute.dsl.Operation;
import dev.flute.dsl.RouteSpec;
import dev.flute.dsl.http.Response;
import dev.flute.dsl.types.Type;
import dev.flute.websocket.internal.OriginCheck;
import dev.flute.websocket.internal.SocketSession;
import java.util.ArrayList;
import java.util.List;

/**
 * The configuration every websocket route arity shares. Each method returns a copy, typed as the
 * concrete {@code WsRouteN}, so a chain keeps its handler's signature.
 *
 * <p>A websocket route is an HTTP route of the method {@code WEBSOCKET}: its inputs and dependencies
 * run before the upgrade exactly as for an HTTP route (invalid ones refuse the handshake with 403),
 * and its resource dependencies stay acquired until the socket has ended. It is left out of the
 * OpenAPI document, as FastAPI leaves websockets out; {@link AsyncApi} documents it.
 *
 * @param <S> the concrete route type
 */
public abstract class WsRouteBuilder<S extends WsRouteBuilder<S>> {
    private final RouteSpec spec;
    private final WsSpec ws;

    WsRouteBuilder(RouteSpec spec, WsSpec ws) {
        this.spec = spec;
        this.ws = ws;
    }

    /** The HTTP side of the declaration so far. */
    public RouteSpec spec() {
        return spec;
    }

    /** The websocket side of the declaration so far. */
    public WsSpec ws() {
        return ws;
    }

    protected abstract S with(RouteSpec spec, WsSpec ws);

    /** Documents a JSON message clients send, named after its model (or {@code receive}). */
    public S receives(Type<?> type) {
        return receives(defaultName("receive", type), type);
    }

    /** Documents a JSON message clients send, under this name. */
    public S receives(String name, Type<?> type) {
        return with(spec, ws.receiving(new MessageDoc(name, MessageDoc.Format.JSON, type)));
    }

    /** Documents the text messages clients send ({@link Socket#onText}). */
    public S receivesText() {
        return with(spec, ws.receiving(new MessageDoc("receiveText", MessageDoc.Format.TEXT, null)));
    }

    /** Documents the binary messages clients send ({@link Socket#onBytes}). */
    public S receivesBytes() {
        return with(spec, ws.receiving(new MessageDoc("receiveBytes", MessageDoc.Format.BYTES, null)));
    }

    /** Documents a JSON message the route sends, named after its model (or {@code send}). */
    public S sends(Type<?> type) {
        return sends(defaultName("send", type), type);
    }

    /** Documents a JSON message the route sends, under this name. */
    public S sends(String name, Type<?> type) {
        return with(spec, ws.sending(new MessageDoc(name, MessageDoc.Format.JSON, type)));
    }

    /** Documents the text messages the route sends. */
    public S sendsText() {
        return with(spec, ws.sending(new MessageDoc("sendText", MessageDoc.Format.TEXT, null)));
    }

    /** Documents the binary messages the route sends. */
    public S sendsBytes() {
        return with(spec, ws.sending(new MessageDoc("sendBytes", MessageDoc.Format.BYTES, null)));
    }

    /** The limits and keep-alive of this route's sockets, in place of {@link SocketOptions#DEFAULT}. */
    public S options(SocketOptions options) {
        return with(spec, ws.withOptions(options));
    }

    /** False keeps the route out of the AsyncAPI document; it is still served. */
    public S includeInSchema(boolean include) {
        return with(spec, ws.withInAsyncApi(include));
    }

    public S summary(String summary) {
        Operation o = spec.operation();
        return op(o.tags(), summary, o.description(), o.operationId(), o.name(), o.deprecated());
    }

    public S description(String description) {
        Operation o = spec.operation();
        return op(o.tags(), o.summary(), description, o.operationId(), o.name(), o.deprecated());
    }

    public S tags(String... tags) {
        Operation o = spec.operation();
        var all = new ArrayList<>(o.tags());
        all.addAll(List.of(tags));
        return op(all, o.summary(), o.description(), o.operationId(), o.name(), o.deprecated());
    }

    /** The id of the route's channel in the AsyncAPI document. */
    public S operationId(String operationId) {
        Operation o = spec.operation();
        return op(o.tags(), o.summary(), o.description(), operationId, o.name(), o.deprecated());
    }

    /** The handler's name ({@code websocket_endpoint}), as FastAPI takes it from the function. */
    public S name(String name) {
        Operation o = spec.operation();
        return op(o.tags(), o.summary(), o.description(), o.operationId(), name, o.deprecated());
    }

    public S deprecated() {
        Operation o = spec.operation();
        return op(o.tags(), o.summary(), o.description(), o.operationId(), o.name(), true);
    }

    /** Dependencies run before the upgrade for their effect (a token check); their values are not passed. */
    public S dependencies(Dep<?>... dependencies) {
        for (Dep<?> d : dependencies) checkReadsNoBody(d);
        var all = new ArrayList<>(spec.dependencies());
        all.addAll(List.of(dependencies));
        return with(
                new RouteSpec(spec.method(), spec.template(), spec.inputs(), all, spec.operation(), spec.formLimits()),
                ws);
    }

    /** The spec with one more input; a handshake has no body, so body and form inputs are refused. */
    RouteSpec plus(Input<?> input) {
        checkReadsNoBody(input);
        var inputs = new ArrayList<Input<?>>(spec.inputs());
        inputs.add(input);
        return new RouteSpec(
                spec.method(), spec.template(), inputs, spec.dependencies(), spec.operation(), spec.formLimits());
    }

    /** Starts the session of one accepted socket with the route's resolved inputs. */
    @FunctionalInterface
    interface SessionStart {
        Object start(Object[] args, Socket socket) throws Exception;
    }

    /** The endpoint: its invoker answers the handshake with an upgrade that runs the handler's session. */
    Endpoint endpoint(Object function, SessionStart start) {
        SocketOptions options = ws.options();
        Invoker invoker = args ->
                Response.upgrade(socket -> SocketSession.run(socket, options, session -> start.start(args, session)));
        Operation o = spec.operation();
        // Out of OpenAPI: FastAPI documents no websocket there, and "websocket" is no OpenAPI method.
        Operation hidden = new Operation(
                o.status(),
                o.tags(),
                o.summary(),
                o.description(),
                o.operationId(),
                o.name(),
                o.deprecated(),
                false,
                o.responses(),
                o.blocking(),
                o.extra(),
                o.responseModel());
        // The origin check runs first of the route's dependencies, before the upgrade.
        var dependencies = new ArrayList<Dep<?>>(spec.dependencies().size() + 1);
        dependencies.add(options.origins() == null ? OriginCheck.DEFAULT : OriginCheck.of(options.origins()));
        dependencies.addAll(spec.dependencies());
        RouteSpec served =
                new RouteSpec(spec.method(), spec.template(), spec.inputs(), dependencies, hidden, spec.formLimits());
        return new Endpoint(served, invoker, new WsHandler(ws, function));
    }

    private S op(
            List<String> tags,
            String summary,
            String description,
            String operationId,
            String name,
            boolean deprecated) {
        Operation o = spec.operation();
        Operation next = new Operation(
                o.status(),
                tags,
                summary,
                description,
                operationId,
                name,
                deprecated,
                o.includeInSchema(),
                o.responses(),
                o.blocking(),
                o.extra(),
                o.responseModel());
        return with(
                new RouteSpec(
                        spec.method(), spec.template(), spec.inputs(), spec.dependencies(), next, spec.formLimits()),
                ws);
    }

    private void checkReadsNoBody(Input<?> input) {
        if (input instanceof Body<?> || input instanceof FormInput<?>) {
            throw new IllegalArgumentException(
                    spec.template() + ": a websocket handshake has no body; receive the data as messages instead");
        }
        if (input instanceof Dep<?> d) d.inputs().forEach(this::checkReadsNoBody);
    }

    private static String defaultName(String direction, Type<?> type) {
        return type instanceof dev.flute.dsl.types.ModelType<?> m ? m.name() : direction;
    }
}
