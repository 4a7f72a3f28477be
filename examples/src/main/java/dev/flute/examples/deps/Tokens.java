package dev.flute.examples.deps;

import static dev.flute.dsl.Flute.*;

import dev.flute.dsl.Dep;
import dev.flute.dsl.http.HttpError;

/** The header checks shared by the decorator, router and global dependency examples. */
final class Tokens {
    private Tokens() {}

    static final Dep<String> VERIFY_TOKEN = dep(header("x_token", str()), xToken -> {
        if (!xToken.equals("fake-super-secret-token")) throw new HttpError(400, "X-Token header invalid");
        return xToken;
    });

    static final Dep<String> VERIFY_KEY = dep(header("x_key", str()), xKey -> {
        if (!xKey.equals("fake-super-secret-key")) throw new HttpError(400, "X-Key header invalid");
        return xKey;
    });
}
