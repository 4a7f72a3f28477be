package dev.flute.websocket;

import java.util.ArrayList;
import java.util.List;

/**
 * What a websocket route declares beyond an HTTP route's {@code RouteSpec}: the messages it
 * receives and sends (for AsyncAPI), its socket options, whether AsyncAPI lists it, and the
 * dependencies its handshake runs for their effect.
 *
 * @param receives the messages clients send to it
 * @param sends the messages it sends to clients
 * @param options limits, keep-alive and allowed origins of its sockets
 * @param inAsyncApi false keeps the route out of the AsyncAPI document; it is still served
 * @param dependencies run before the upgrade for their effect, after the origin check
 */
public record WsSpec(
        List<MessageDoc> receives,
        List<MessageDoc> sends,
        SocketOptions options,
        boolean inAsyncApi,
        List<dev.flute.dsl.Dep<?>> dependencies) {

    static final WsSpec DEFAULT = new WsSpec(List.of(), List.of(), SocketOptions.DEFAULT, true, List.of());

    public WsSpec {
        receives = List.copyOf(receives);
        sends = List.copyOf(sends);
        dependencies = List.copyOf(dependencies);
        if (options == null) throw new IllegalArgumentException("socket options cannot be null");
    }

    WsSpec receiving(MessageDoc message) {
        return new WsSpec(plus(receives, message), sends, options, inAsyncApi, dependencies);
    }

    WsSpec sending(MessageDoc message) {
        return new WsSpec(receives, plus(sends, message), options, inAsyncApi, dependencies);
    }

    WsSpec withOptions(SocketOptions options) {
        return new WsSpec(receives, sends, options, inAsyncApi, dependencies);
    }

    WsSpec withInAsyncApi(boolean include) {
        return new WsSpec(receives, sends, options, include, dependencies);
    }

    WsSpec withDependencies(List<dev.flute.dsl.Dep<?>> more) {
        var all = new ArrayList<>(dependencies);
        all.addAll(more);
        return new WsSpec(receives, sends, options, inAsyncApi, all);
    }

    /** Message names are keys of one AsyncAPI channel: a second message of a name would hide the first. */
    private List<MessageDoc> plus(List<MessageDoc> list, MessageDoc message) {
        for (MessageDoc m : receivesAndSends()) {
            if (m.name().equals(message.name())) {
                throw new IllegalArgumentException("two messages are named '" + message.name()
                        + "'; name one of them: receives(\"otherName\", type)");
            }
        }
        var next = new ArrayList<>(list);
        next.add(message);
        return next;
    }

    private List<MessageDoc> receivesAndSends() {
        var all = new ArrayList<>(receives);
        all.addAll(sends);
        return all;
    }
}
