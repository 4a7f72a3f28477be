package dev.flute.dsl.vertx;

import io.netty.channel.ChannelPipeline;
import io.netty.handler.codec.http.HttpHeaders;
import io.netty.handler.codec.http.HttpMessage;
import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpConnection;
import io.vertx.core.http.HttpServerOptions;
import io.vertx.core.http.impl.VertxHttpRequestDecoder;
import io.vertx.core.net.impl.ConnectionBase;
import java.util.List;

/**
 * Refuses requests whose body length two parties could read differently (RFC 9112 §6.3), so that
 * what a front end took for a body is never served as a second request (request smuggling):
 *
 * <ul>
 *   <li>Content-Length with Transfer-Encoding, a folded {@code Transfer-Encoding:} line included
 *       (Netty unfolds it, then drops the Content-Length and frames by chunks);
 *   <li>a Transfer-Encoding other than one {@code chunked} (Netty would frame {@code gzip} as "no
 *       body" and read the body as the next request; Flute decodes no other coding).
 * </ul>
 *
 * <p>The decoder, put in place of the connection's own, fails such a request as it reads its headers:
 * Netty then discards every later byte of the connection, and the server answers 400 and closes it
 * (see {@link InvalidRequests}). It reaches into Vert.x's connection (an internal API); when that is
 * not possible, {@link #refusal} still lets the server refuse the request and close the connection.
 */
final class FramingGuard extends VertxHttpRequestDecoder {
    private FramingGuard(HttpServerOptions options) {
        super(options);
    }

    /** A request refused for its framing: control flow, no stack trace. */
    static final class AmbiguousFraming extends IllegalArgumentException {
        AmbiguousFraming(String reason) {
            super(reason, null);
        }

        @Override
        public synchronized Throwable fillInStackTrace() {
            return this;
        }
    }

    @Override
    protected boolean isContentAlwaysEmpty(HttpMessage message) {
        HttpHeaders headers = message.headers();
        String refused = refusal(headers.getAll("transfer-encoding"), headers.contains("content-length"));
        // Thrown while Netty reads the headers: it makes an invalid request of it and stops decoding.
        if (refused != null) throw new AmbiguousFraming(refused);
        return super.isContentAlwaysEmpty(message);
    }

    /** Why a request with these headers is refused, or null when its framing is unambiguous. */
    static String refusal(MultiMap headers) {
        return refusal(headers.getAll("transfer-encoding"), headers.contains("content-length"));
    }

    private static String refusal(List<String> codings, boolean contentLength) {
        if (codings.isEmpty()) return null;
        if (contentLength) return "Content-Length and Transfer-Encoding together are refused";
        if (codings.size() > 1 || !codings.get(0).trim().equalsIgnoreCase("chunked"))
            return "Transfer-Encoding other than chunked is refused";
        return null;
    }

    /** Puts the guard in place of the connection's HTTP/1 decoder, before it has read a byte. */
    static void install(HttpConnection connection, HttpServerOptions options) {
        if (!(connection instanceof ConnectionBase base)) return;
        ChannelPipeline pipeline = base.channel().pipeline();
        if (pipeline.get("httpDecoder") instanceof VertxHttpRequestDecoder) {
            pipeline.replace("httpDecoder", "httpDecoder", new FramingGuard(options));
        }
    }
}
