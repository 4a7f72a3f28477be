/**
 * Security schemes as dependencies: OAuth2 password flow with JWT, HTTP Basic/Bearer, API keys,
 * bcrypt. On the module path, a JWK is checked with Vert.x's own parser: add
 * {@code --add-exports io.vertx.auth.common/io.vertx.ext.auth.impl.jose=dev.flute.auth}.
 */
module dev.flute.auth {
    requires transitive dev.flute.dsl;
    requires transitive io.vertx.auth.jwt;
    requires io.vertx.auth.common;
    requires bcrypt;
    requires static com.google.errorprone.annotations;

    exports dev.flute.auth;
    exports dev.flute.auth.jwt;
    exports dev.flute.auth.password;
}
