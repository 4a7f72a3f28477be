package dev.flute.auth.jwt;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.auth.JWTOptions;
import io.vertx.ext.auth.PubSecKeyOptions;
import io.vertx.ext.auth.jwt.JWTAuth;
import io.vertx.ext.auth.jwt.JWTAuthOptions;
import java.util.Base64;
import java.util.List;

/** Builds the Vert.x JWT provider from Flute's keys, refusing keys Vert.x would skip in silence. */
final class VertxJwt {
    private VertxJwt() {}

    static JWTAuth provider(List<JwtKey> keys, JWTOptions verify) {
        var options = new JWTAuthOptions().setJWTOptions(verify);
        for (JwtKey key : keys) {
            if (key instanceof JwtKey.Secret s) {
                options.addPubSecKey(
                        new PubSecKeyOptions().setAlgorithm(s.algorithm()).setBuffer(Buffer.buffer(s.bytes())));
            } else if (key instanceof JwtKey.Pem p) {
                options.addPubSecKey(
                        new PubSecKeyOptions().setAlgorithm(p.algorithm()).setBuffer(p.pem()));
            } else if (key instanceof JwtKey.Jwk j) {
                options.addJwk(checked(j));
            }
        }
        try {
            // The provider reads Vert.x only to load a key store file, which Flute's keys never are;
            // so a Jwt can be a static constant, built before any Vert.x instance exists.
            return JWTAuth.create(null, options);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("cannot read the JWT keys " + keys + ": " + e.getMessage(), e);
        }
    }

    /**
     * Vert.x logs and skips a JWK it cannot use, which would leave every token refused for no visible
     * reason; parse it here so a bad key fails at start-up. The parser is Vert.x's own.
     */
    private static JsonObject checked(JwtKey.Jwk key) {
        JsonObject jwk = key.jwk();
        String use = jwk.getString("use");
        if (use != null && !use.equals("sig"))
            throw new IllegalArgumentException("a JWK to sign with has use \"sig\": " + key);
        try {
            new io.vertx.ext.auth.impl.jose.JWK(jwk);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("unusable JWK " + key + ": " + e.getMessage(), e);
        }
        Integer min = JwtKey.HMAC.get(key.algorithm());
        if (min != null) {
            int length = Base64.getUrlDecoder().decode(jwk.getString("k", "")).length;
            if (length < min)
                throw new IllegalArgumentException(key.algorithm() + " needs a key of at least " + min + " bytes");
        }
        return jwk;
    }
}
