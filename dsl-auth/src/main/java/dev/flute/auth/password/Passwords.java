package dev.flute.auth.password;

import at.favre.lib.crypto.bcrypt.BCrypt;
import at.favre.lib.crypto.bcrypt.LongPasswordStrategies;
import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;

/**
 * bcrypt password hashing (passlib's {@code CryptContext(schemes=["bcrypt"])}): hashes are
 * {@code $2b$}, and {@code $2a$}, {@code $2b$} and {@code $2y$} hashes verify, so users hashed by a
 * Python service keep their passwords. The comparison is constant-time.
 *
 * <p>bcrypt is slow on purpose (about 0.25 s at cost 12), so it refuses to run on an event loop:
 * call it from a {@code .blocking()} handler or dependency, or use {@link #verifyAsync}.
 *
 * <pre>{@code
 * static final Passwords PASSWORDS = Passwords.bcrypt();
 * route(POST, "/token").depends(passwordForm()).blocking()
 *     .handle(form -> PASSWORDS.verify(form.password(), storedHashOrNull) ? issue(...) : refuse());
 * }</pre>
 */
public final class Passwords {
    /** passlib's default cost for bcrypt. */
    public static final int DEFAULT_COST = 12;

    /** bcrypt reads at most this many bytes of a password. */
    public static final int MAX_BYTES = 72;

    private static final BCrypt.Version VERSION = BCrypt.Version.VERSION_2B;

    private final int cost;
    private final boolean truncate;
    /**
     * The cost of the stored hashes, learned from the last well-formed one verified: an unknown
     * user's check must cost what a known user's costs, whatever cost new hashes are made with.
     */
    private volatile int storedCost;

    private Passwords(int cost, boolean truncate) {
        if (cost < 4 || cost > 31) throw new IllegalArgumentException("bcrypt's cost is 4 to 31, not " + cost);
        this.cost = cost;
        this.truncate = truncate;
        this.storedCost = cost;
    }

    public static Passwords bcrypt() {
        return new Passwords(DEFAULT_COST, false);
    }

    /** The work factor of new hashes: each step doubles the time. Existing hashes keep theirs. */
    public Passwords cost(int newCost) {
        return new Passwords(newCost, truncate);
    }

    /**
     * Verifies passwords longer than 72 bytes by their first 72, as passlib does. Off by default:
     * then a longer password never verifies, so "the password plus anything" is not accepted.
     */
    public Passwords truncateLongPasswords() {
        return new Passwords(cost, true);
    }

    /** A {@code $2b$} hash with a fresh salt; refuses passwords over 72 bytes rather than cut them. */
    public String hash(String password) {
        offTheEventLoop();
        byte[] bytes = password.getBytes(StandardCharsets.UTF_8);
        if (bytes.length > MAX_BYTES) {
            throw new IllegalArgumentException("bcrypt reads at most " + MAX_BYTES + " bytes of a password");
        }
        return new String(BCrypt.with(VERSION).hash(cost, bytes), StandardCharsets.US_ASCII);
    }

    /**
     * True when {@code password} matches {@code hash}. A null hash (an unknown user) costs as much
     * as a real one and is false, so the time taken does not tell which user names exist: its check
     * runs at the cost of the stored hashes seen so far (the configured cost until one is seen), not
     * at the cost of new hashes. A malformed hash is false.
     */
    public boolean verify(String password, String hash) {
        java.util.Objects.requireNonNull(password, "password");
        offTheEventLoop();
        byte[] bytes = password.getBytes(StandardCharsets.UTF_8);
        if (bytes.length > MAX_BYTES && !truncate) return false;
        boolean known = hash != null;
        if (known) {
            int seen = costOf(hash);
            if (seen > 0) storedCost = seen;
        }
        byte[] stored = (known ? hash : dummyHash()).getBytes(StandardCharsets.UTF_8);
        var verifier = BCrypt.verifyer(null, LongPasswordStrategies.truncate(VERSION));
        try {
            return verifier.verify(bytes, stored).verified && known;
        } catch (IllegalArgumentException malformed) {
            return false;
        }
    }

    /** True when {@code hash} was made with another cost (or is not bcrypt): hash the password again on login. */
    public boolean needsRehash(String hash) {
        return costOf(hash) != cost;
    }

    /** The cost of a bcrypt hash ({@code $2b$12$...}), or 0 when it is not one. */
    private static int costOf(String hash) {
        if (hash == null || hash.length() != 60 || !hash.startsWith("$2") || hash.charAt(6) != '$') return 0;
        char tens = hash.charAt(4);
        char units = hash.charAt(5);
        if (tens < '0' || tens > '3' || units < '0' || units > '9') return 0;
        int cost = (tens - '0') * 10 + (units - '0');
        return cost >= 4 && cost <= 31 ? cost : 0;
    }

    /** {@link #hash} on a worker of the current Vert.x context. */
    public Future<String> hashAsync(String password) {
        return onWorker(() -> hash(password));
    }

    /** {@link #verify} on a worker of the current Vert.x context. */
    public Future<Boolean> verifyAsync(String password, String hash) {
        return onWorker(() -> verify(password, hash));
    }

    private static <T> Future<T> onWorker(Callable<T> work) {
        Context context = Vertx.currentContext();
        if (context == null) throw new IllegalStateException("no Vert.x context: call hash/verify directly");
        return context.executeBlocking(work, false);
    }

    /** A well-formed hash at the stored hashes' cost that no password matches in practice: a real one's work. */
    String dummyHash() {
        return String.format("$2b$%02d$", storedCost) + "C6UzMDM.H6dfI/f/IKxGhuP6yUZw2bVbZ8h4XEPeXIWFMw9YBHW/G";
    }

    private static void offTheEventLoop() {
        if (Context.isOnEventLoopThread()) {
            throw new IllegalStateException("bcrypt blocks for a long time: call it from a .blocking() handler or "
                    + "dependency, or use verifyAsync/hashAsync");
        }
    }
}
