package dev.flute.auth.jwt;

import dev.flute.dsl.Dep;
import dev.flute.dsl.Flute;
import dev.flute.dsl.http.HttpError;
import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.auth.JWTOptions;
import io.vertx.ext.auth.User;
import io.vertx.ext.auth.authentication.TokenCredentials;
import io.vertx.ext.auth.jwt.JWTAuth;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Issues and verifies JSON Web Tokens through Vert.x Auth JWT. Immutable; configure once, share.
 * Verification accepts only the algorithms of the configured keys (never {@code none}), checks the
 * signature, {@code exp} (required unless {@link #expiryOptional()}), {@code nbf} and {@code iat}
 * with the leeway, and the issuer and audience when they are set.
 *
 * <pre>{@code
 * static final Jwt JWT = Jwt.of(JwtKey.secret("HS256", SECRET_KEY)).expiresIn(Duration.ofMinutes(30));
 * String token = JWT.issue(Map.of("sub", "johndoe"));
 * Claims claims = JWT.verify(token);          // InvalidTokenException when it must not be trusted
 * }</pre>
 */
public final class Jwt {
    private final List<JwtKey> keys;
    private final String algorithm;
    private final Duration ttl;
    private final Duration leeway;
    private final String issuer;
    private final List<String> audience;
    private final boolean requireExpiry;
    private final Set<String> algorithms;
    private final JWTAuth auth;

    private Jwt(
            List<JwtKey> keys,
            String algorithm,
            Duration ttl,
            Duration leeway,
            String issuer,
            List<String> audience,
            boolean requireExpiry) {
        if (keys.isEmpty()) throw new IllegalArgumentException("a Jwt needs at least one key");
        checkLifetime(ttl);
        if (leeway.isNegative()) throw new IllegalArgumentException("the leeway cannot be negative");
        this.keys = List.copyOf(keys);
        this.algorithm = algorithm;
        this.ttl = ttl;
        this.leeway = leeway;
        this.issuer = issuer;
        this.audience = List.copyOf(audience);
        this.requireExpiry = requireExpiry;
        var algs = new LinkedHashSet<String>();
        for (JwtKey key : keys) algs.add(key.algorithm());
        this.algorithms = Set.copyOf(algs);
        if (!algorithms.contains(algorithm)) {
            throw new IllegalArgumentException("no key for the signing algorithm " + algorithm + "; keys: " + algs);
        }
        this.auth = VertxJwt.provider(this.keys, verifyOptions());
    }

    /**
     * A Jwt with these keys; it signs with the first key's algorithm, tokens live 15 minutes (the
     * default of FastAPI's {@code create_access_token}), no leeway, no issuer or audience.
     */
    public static Jwt of(JwtKey... keys) {
        List<JwtKey> all = List.of(keys);
        if (all.isEmpty()) throw new IllegalArgumentException("a Jwt needs at least one key");
        return new Jwt(all, all.get(0).algorithm(), Duration.ofMinutes(15), Duration.ZERO, null, List.of(), true);
    }

    /** Signs with this algorithm (one of the keys'). */
    public Jwt signWith(String alg) {
        return new Jwt(keys, alg, ttl, leeway, issuer, audience, requireExpiry);
    }

    /** The lifetime of issued tokens ({@code exp} = now + ttl). */
    public Jwt expiresIn(Duration lifetime) {
        return new Jwt(keys, algorithm, lifetime, leeway, issuer, audience, requireExpiry);
    }

    /** Clock skew tolerated on {@code exp}, {@code nbf} and {@code iat} (whole seconds). */
    public Jwt leeway(Duration skew) {
        return new Jwt(keys, algorithm, ttl, skew, issuer, audience, requireExpiry);
    }

    /** Issued tokens carry this {@code iss}; verified ones must. */
    public Jwt issuer(String iss) {
        return new Jwt(keys, algorithm, ttl, leeway, iss, audience, requireExpiry);
    }

    /** Issued tokens carry this {@code aud}; verified ones must name at least one of these. */
    public Jwt audience(String... aud) {
        return new Jwt(keys, algorithm, ttl, leeway, issuer, List.of(aud), requireExpiry);
    }

    /** Accepts tokens without {@code exp}; they never expire, so use it only for tokens you cannot change. */
    public Jwt expiryOptional() {
        return new Jwt(keys, algorithm, ttl, leeway, issuer, audience, false);
    }

    /** A signed token of these claims with this Jwt's lifetime, issuer and audience, and {@code iat}. */
    public String issue(Map<String, ?> claims) {
        return issue(claims, ttl);
    }

    /** A signed token of these claims that lives {@code lifetime}. */
    public String issue(Map<String, ?> claims, Duration lifetime) {
        checkLifetime(lifetime);
        var options =
                new JWTOptions().setAlgorithm(algorithm).setExpiresInSeconds(Math.toIntExact(lifetime.toSeconds()));
        if (issuer != null) options.setIssuer(issuer);
        if (!audience.isEmpty()) options.setAudience(audience);
        return auth.generateToken(new JsonObject(new LinkedHashMap<>(claims)), options);
    }

    /** The claims of a token that may be trusted; {@link InvalidTokenException} otherwise. */
    public Claims verify(String token) {
        TokenShape.check(token, algorithms);
        Future<User> result;
        try {
            result = auth.authenticate(new TokenCredentials(token));
        } catch (RuntimeException e) {
            // Vert.x reads claims with casts: a string "exp" or a numeric "iss" throws instead of failing.
            throw new InvalidTokenException("unreadable claims: " + e);
        }
        // The provider decides synchronously (it only hashes and compares); never wait on the event loop.
        if (!result.isComplete()) throw new IllegalStateException("Vert.x JWT verification did not complete at once");
        if (result.failed())
            throw new InvalidTokenException(String.valueOf(result.cause().getMessage()));
        JsonObject payload = result.result().attributes().getJsonObject("accessToken");
        TokenShape.checkTimes(payload, requireExpiry);
        return new Claims(payload);
    }

    /**
     * The verified claims of the token {@code token} yields: FastAPI's {@code get_current_user}
     * without the user lookup. A token that cannot be trusted ends the request with 401
     * {@code {"detail":"Could not validate credentials"}} and {@code WWW-Authenticate: Bearer}.
     */
    public Dep<Claims> claims(Dep<String> token) {
        return Flute.dep(token, t -> {
                    try {
                        return verify(t);
                    } catch (InvalidTokenException e) {
                        throw new HttpError(401, "Could not validate credentials").header("WWW-Authenticate", "Bearer");
                    }
                })
                .named("JwtClaims");
    }

    /** Vert.x counts whole seconds and leaves {@code exp} out at 0: a token that never expires. */
    private static void checkLifetime(Duration lifetime) {
        if (lifetime.toSeconds() < 1)
            throw new IllegalArgumentException("a token lives at least one second: " + lifetime);
    }

    private JWTOptions verifyOptions() {
        var options = new JWTOptions().setLeeway(Math.toIntExact(leeway.toSeconds()));
        if (issuer != null) options.setIssuer(issuer);
        if (!audience.isEmpty()) options.setAudience(audience);
        return options;
    }

    /** The algorithms tokens may use: those of the keys. */
    public Set<String> algorithms() {
        return algorithms;
    }

    @Override
    public String toString() {
        return "Jwt[keys=" + keys + ", sign=" + algorithm + ", ttl=" + ttl + ", leeway=" + leeway + ", iss=" + issuer
                + ", aud=" + audience + "]";
    }
}
