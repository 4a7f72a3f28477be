package dev.flute.dsl.vertx;

import io.netty.channel.ChannelPipeline;
import io.netty.handler.codec.http.HttpMessage;
import io.vertx.core.http.HttpConnection;
import io.vertx.core.http.HttpServerOptions;
import io.vertx.core.http.impl.VertxHttpRequestDecoder;
import io.vertx.core.net.impl.ConnectionBase;

/**
 * Marks requests that carry both Content-Length and Transfer-Encoding, so the server can refuse
 * them (a request-smuggling vector) instead of silently framing them by one header. Netty's decoder
 * drops the Content-Length before any handler sees the headers; this decoder, installed in its
 * place, leaves a mark first.
 *
 * <p>It reaches into Vert.x's connection (an internal API): when that is not possible the server
 * keeps Netty's behaviour, which frames such a request by its Transfer-Encoding (RFC 9112 §6.3).
 */
final class ConflictingLengthGuard extends VertxHttpRequestDecoder {
    /** The mark, set on the parsed headers (a client sending it too only gets itself refused). */
    static final String MARK = "x-flute-conflicting-length";

    private ConflictingLengthGuard(HttpServerOptions options) {
        super(options);
    }

    @Override
    protected void handleTransferEncodingChunkedWithContentLength(HttpMessage message) {
        message.headers().set(MARK, "1");
        super.handleTransferEncodingChunkedWithContentLength(message);
    }

    /** Puts the guard in place of the connection's HTTP/1 decoder, before it has read a byte. */
    static void install(HttpConnection connection, HttpServerOptions options) {
        if (!(connection instanceof ConnectionBase base)) return;
        ChannelPipeline pipeline = base.channel().pipeline();
        if (pipeline.get("httpDecoder") instanceof VertxHttpRequestDecoder) {
            pipeline.replace("httpDecoder", "httpDecoder", new ConflictingLengthGuard(options));
        }
    }
}
