/**
 * Flute's DSL: types, inputs, dependencies, routes and outputs, the Api value, the Vert.x
 * interpreter and the in-memory test client. The compiled plan ({@code dev.flute.dsl.internal}) is
 * not exported; the Python-compatibility helpers are shared with Flute's own modules only.
 *
 * <p>On the module path, the server's request-framing guard and websocket inflate cap reach into
 * two Vert.x packages Vert.x exports to its own modules only: run with
 * {@code --add-exports io.vertx.core/io.vertx.core.http.impl=dev.flute.dsl
 * --add-exports io.vertx.core/io.vertx.core.net.impl=dev.flute.dsl}, and open the packages of
 * your model records to {@code dev.flute.dsl} ({@code opens com.example.api to dev.flute.dsl;}).
 */
module dev.flute.dsl {
    requires transitive io.vertx.core;
    requires transitive io.vertx.web;
    requires transitive io.vertx.auth.common;
    requires transitive com.fasterxml.jackson.databind;
    requires com.fasterxml.jackson.datatype.jdk8;
    requires com.fasterxml.jackson.datatype.jsr310;
    requires io.netty.transport;
    requires io.netty.codec;
    requires io.netty.codec.http;
    requires io.netty.codec.compression;
    requires static com.google.errorprone.annotations;

    exports dev.flute.dsl;
    exports dev.flute.dsl.fn;
    exports dev.flute.dsl.http;
    exports dev.flute.dsl.middleware;
    exports dev.flute.dsl.settings;
    exports dev.flute.dsl.spi;
    exports dev.flute.dsl.testing;
    exports dev.flute.dsl.types;
    exports dev.flute.dsl.vertx;
    exports dev.flute.dsl.python to
            dev.flute.schema,
            dev.flute.auth;
}
