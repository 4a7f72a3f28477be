package dev.flute.auth.password;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SecretsTest {
    @Test
    void should_be_equal_only_for_the_same_text() {
        assertTrue(Secrets.equal("stanleyjobson", "stanleyjobson"));
        assertFalse(Secrets.equal("stanleyjobso", "stanleyjobson"));
        assertFalse(Secrets.equal("stanleyjobsonn", "stanleyjobson"));
        assertFalse(Secrets.equal("Stanleyjobson", "stanleyjobson"));
        assertTrue(Secrets.equal("", ""));
        assertTrue(Secrets.equal("pässwörd", "pässwörd"));
    }

    @Test
    void null_is_never_equal_so_a_missing_secret_cannot_match_a_missing_key() {
        assertFalse(Secrets.equal((String) null, null));
        assertFalse(Secrets.equal(null, "x"));
        assertFalse(Secrets.equal("x", null));
    }
}
