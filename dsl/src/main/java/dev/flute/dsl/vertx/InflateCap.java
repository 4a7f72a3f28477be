package dev.flute.dsl.vertx;

import io.netty.channel.ChannelPipeline;
import io.netty.handler.codec.compression.ZlibCodecFactory;
import io.netty.handler.codec.http.websocketx.extensions.WebSocketServerExtensionHandler;
import io.netty.handler.codec.http.websocketx.extensions.WebSocketServerExtensionHandshaker;
import io.netty.handler.codec.http.websocketx.extensions.compression.DeflateFrameServerExtensionHandshaker;
import io.netty.handler.codec.http.websocketx.extensions.compression.PerMessageDeflateServerExtensionHandshaker;
import io.vertx.core.http.HttpConnection;
import io.vertx.core.http.HttpServerOptions;
import io.vertx.core.net.impl.ConnectionBase;
import java.util.ArrayList;

/**
 * Bounds how far one compressed websocket frame may inflate. Vert.x negotiates permessage-deflate
 * and deflate-frame with Netty handshakers that inflate without a bound, and every size limit applies
 * only afterwards: a 40 KB frame became 40 MiB on the event loop. This puts the same handshakers in
 * place, made with Netty's own inflation bound; a frame that would inflate past it fails to decode
 * (a {@code DecompressionException}, which a websocket route answers with a 1009 close).
 *
 * <p>Like {@link FramingGuard} it reaches into Vert.x's connection (an internal API); when
 * that is not possible, compression is left as Vert.x configured it.
 */
final class InflateCap {
    /** The name Vert.x gives its extension handler in the connection's pipeline. */
    private static final String HANDLER = "webSocketExtensionHandler";

    private InflateCap() {}

    /** Replaces the connection's extension handler, before its handshake has been read. */
    static void install(HttpConnection connection, HttpServerOptions options, int maxInflatedBytes) {
        if (!(connection instanceof ConnectionBase base)) return;
        ChannelPipeline pipeline = base.channel().pipeline();
        if (pipeline.get(HANDLER) instanceof WebSocketServerExtensionHandler) {
            pipeline.replace(HANDLER, HANDLER, handler(options, maxInflatedBytes));
        }
    }

    /** Vert.x's handshakers, in its order and with its settings, each given the bound. */
    private static WebSocketServerExtensionHandler handler(HttpServerOptions options, int maxInflatedBytes) {
        var handshakers = new ArrayList<WebSocketServerExtensionHandshaker>(2);
        if (options.getPerFrameWebSocketCompressionSupported()) {
            handshakers.add(new DeflateFrameServerExtensionHandshaker(
                    options.getWebSocketCompressionLevel(), maxInflatedBytes));
        }
        if (options.getPerMessageWebSocketCompressionSupported()) {
            handshakers.add(new PerMessageDeflateServerExtensionHandshaker(
                    options.getWebSocketCompressionLevel(),
                    ZlibCodecFactory.isSupportingWindowSizeAndMemLevel(),
                    PerMessageDeflateServerExtensionHandshaker.MAX_WINDOW_SIZE,
                    options.getWebSocketAllowServerNoContext(),
                    options.getWebSocketPreferredClientNoContext(),
                    maxInflatedBytes));
        }
        return new WebSocketServerExtensionHandler(handshakers.toArray(WebSocketServerExtensionHandshaker[]::new));
    }
}
