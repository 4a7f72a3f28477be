/** Websocket routes with the same inputs and dependencies as HTTP routes, a hub, AsyncAPI. */
module dev.flute.websocket {
    requires transitive dev.flute.dsl;
    requires dev.flute.schema;
    requires io.netty.codec.http;
    requires io.netty.codec.compression;
    requires static com.google.errorprone.annotations;

    exports dev.flute.websocket;
}
