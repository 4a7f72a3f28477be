package dev.flute.auth.password;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.Vertx;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** bcrypt against hashes made by passlib and Python's bcrypt, and the rules around it. */
class PasswordsTest {
    /** The seed's hash of "secret", made by passlib (cost 12). */
    static final String SEED = "$2b$12$EixZaYVK1fsbw1ZfbX3OXePaWxn96p36WQoeG6Lruj3vjPGga31lW";

    static final Passwords FAST = Passwords.bcrypt().cost(4);

    @Test
    void should_verify_the_seed_hash_of_secret_and_nothing_else() {
        Passwords passwords = Passwords.bcrypt();
        assertTrue(passwords.verify("secret", SEED));
        assertFalse(passwords.verify("Secret", SEED));
        assertFalse(passwords.verify("secret ", SEED));
        assertFalse(passwords.verify("", SEED));
    }

    @Test
    void should_verify_2a_and_2y_hashes() {
        // bcrypt.hashpw(b"secret", bcrypt.gensalt(4, prefix=b"2a")), Python bcrypt 4.2.0
        String python2a = "$2a$04$aF/FwPkS9OHtN2nIHQhWRuwf8jJW7swNkQd5V5.UrViXBQcGpF7pu";
        assertTrue(FAST.verify("secret", python2a));
        assertTrue(FAST.verify("secret", "$2y$" + python2a.substring(4)), "PHP's $2y$ is the same algorithm");
    }

    @Test
    void should_hash_as_2b_with_the_configured_cost_and_a_fresh_salt() {
        String a = FAST.hash("secret");
        String b = FAST.hash("secret");
        assertTrue(a.startsWith("$2b$04$"), a);
        assertEquals(60, a.length());
        assertFalse(a.equals(b), "each hash has its own salt");
        assertTrue(FAST.verify("secret", a));
        assertTrue(Passwords.bcrypt().verify("secret", a), "a hash keeps its own cost");
        assertTrue(Passwords.bcrypt().needsRehash(a));
        assertFalse(FAST.needsRehash(a));
        assertTrue(FAST.needsRehash("plain"));
        assertThrows(IllegalArgumentException.class, () -> Passwords.bcrypt().cost(3));
    }

    @Test
    void should_check_an_unknown_user_at_the_cost_of_the_stored_hashes() {
        // New hashes at cost 12, the database's at cost 4: an unknown user must not cost 12 (256x).
        Passwords passwords = Passwords.bcrypt();
        String stored = FAST.hash("secret");
        assertTrue(passwords.dummyHash().startsWith("$2b$12$"), "before any hash is seen: the configured cost");
        assertTrue(passwords.verify("secret", stored));
        assertTrue(passwords.dummyHash().startsWith("$2b$04$"), passwords.dummyHash());
        assertFalse(passwords.verify("secret", null));
        assertFalse(passwords.verify("secret", "not a hash"), "a malformed hash teaches nothing");
        assertTrue(passwords.dummyHash().startsWith("$2b$04$"), passwords.dummyHash());
    }

    @Test
    void should_handle_utf8_passwords_like_passlib() {
        String hash = FAST.hash("pässwörd 🔑");
        assertTrue(FAST.verify("pässwörd 🔑", hash));
        assertFalse(FAST.verify("passwort 🔑", hash));
    }

    @Test
    void should_refuse_passwords_beyond_72_bytes_unless_told_to_truncate_like_passlib() {
        // bcrypt.hashpw(b"x" * 80, bcrypt.gensalt(4)): Python's bcrypt 4 hashes the first 72 bytes
        String python80 = "$2b$04$RB3Aij5/4KPEbLEqa6GkDO0oyrLqtLp9qmEzOUs0PPaWtnDpU/ndK";
        assertTrue(FAST.verify("x".repeat(72), python80));
        assertFalse(FAST.verify("x".repeat(80), python80), "the password plus anything is not the password");
        assertTrue(FAST.truncateLongPasswords().verify("x".repeat(80), python80));
        assertThrows(IllegalArgumentException.class, () -> FAST.hash("x".repeat(73)));
        assertTrue(FAST.verify("x".repeat(72), FAST.hash("x".repeat(72))));
    }

    @Test
    void should_answer_false_for_an_unknown_user_after_the_same_work_as_for_a_known_one() {
        Passwords passwords = Passwords.bcrypt().cost(10);
        String hash = passwords.hash("secret");
        passwords.verify("warm", hash);
        passwords.verify("warm", null);
        long known = time(() -> passwords.verify("wrong", hash));
        long unknown = time(() -> assertFalse(passwords.verify("secret", null)));
        assertTrue(unknown > known / 2 && unknown < known * 2, "known " + known + " ns, unknown " + unknown + " ns");
    }

    @Test
    void should_answer_false_for_malformed_hashes() {
        assertFalse(FAST.verify("secret", ""));
        assertFalse(FAST.verify("secret", "secret"));
        assertFalse(FAST.verify("secret", "$2b$04$short"));
        assertFalse(FAST.verify("secret", SEED.replace("$2b$12$", "$2b$99$")));
    }

    @Test
    void should_refuse_to_block_an_event_loop_and_offer_async_variants() throws Exception {
        Vertx vertx = Vertx.vertx();
        try {
            var onLoop = new CompletableFuture<Throwable>();
            vertx.runOnContext(v -> {
                try {
                    FAST.verify("secret", SEED);
                    onLoop.complete(null);
                } catch (Throwable e) {
                    onLoop.complete(e);
                }
            });
            assertInstanceOf(IllegalStateException.class, onLoop.get(10, TimeUnit.SECONDS));
            var async = new CompletableFuture<Boolean>();
            vertx.runOnContext(v -> Passwords.bcrypt()
                    .verifyAsync("secret", SEED)
                    .onComplete(r -> async.complete(r.succeeded() && r.result())));
            assertTrue(async.get(10, TimeUnit.SECONDS));
        } finally {
            vertx.close();
        }
    }

    private static long time(Runnable work) {
        long best = Long.MAX_VALUE;
        for (int i = 0; i < 3; i++) {
            long start = System.nanoTime();
            work.run();
            best = Math.min(best, System.nanoTime() - start);
        }
        return best;
    }
}
