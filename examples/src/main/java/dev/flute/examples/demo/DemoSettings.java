package dev.flute.examples.demo;

import static dev.flute.dsl.Flute.*;

import dev.flute.auth.password.Passwords;
import dev.flute.dsl.settings.Settings;
import dev.flute.dsl.types.ModelType;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;

/**
 * What the demo reads from its environment, through the typed settings: {@code DEMO_PORT},
 * {@code DEMO_DATA_DIR}, {@code DEMO_JDBC_URL}, {@code DEMO_JWT_SECRET}, {@code DEMO_TOKEN_LIFETIME}
 * ({@code PT30M}), {@code DEMO_ADMIN_PASSWORD}, {@code DEMO_PASSWORD_HASH_COST}; a {@code -D}
 * property of the same name wins. Bad settings stop the demo with one message listing them all.
 *
 * @param port where the launcher listens unless {@code --port} says otherwise
 * @param dataDir the H2 database and the uploaded images live here
 * @param jdbcUrl a database to use instead of the H2 file ({@code jdbc:postgresql://...}), or null
 * @param jwtSecret the HS256 key of access tokens; null: a random one, so tokens die with the process
 * @param tokenLifetime how long an access token lives
 * @param adminPassword the password of the {@code admin} user created on first start; null: a random
 *     one, printed once
 * @param passwordHashCost bcrypt's cost for new password hashes
 */
public record DemoSettings(
        int port,
        String dataDir,
        String jdbcUrl,
        String jwtSecret,
        Duration tokenLifetime,
        String adminPassword,
        int passwordHashCost) {

    static final ModelType<DemoSettings> SETTINGS = model(DemoSettings.class)
            .field("port", int_().ge(1).le(65535).withDefault(8000))
            .field("dataDir", str().minLength(1).withDefault("data"))
            .field("jdbcUrl", str().pattern("^jdbc:").nullable())
            .field("jwtSecret", str().minLength(32).nullable())
            .field("tokenLifetime", duration().withDefault(Duration.ofMinutes(30)))
            .field("adminPassword", str().minLength(8).maxLength(72).nullable())
            .field("passwordHashCost", int_().ge(4).le(31).withDefault(Passwords.DEFAULT_COST));

    static final Settings<DemoSettings> READER =
            Settings.from(SETTINGS).prefix("DEMO_").secret("jwtSecret", "adminPassword");

    /**
     * Reads the settings from this process's environment and system properties.
     *
     * @throws dev.flute.dsl.settings.InvalidSettings listing every setting that is missing or invalid
     */
    public static DemoSettings read() {
        return READER.read();
    }

    /** The JDBC URL used: the one given, else the H2 file database in the data directory. */
    public String database() {
        if (jdbcUrl != null) return jdbcUrl;
        return "jdbc:h2:file:" + Path.of(dataDir, "flute-demo").toAbsolutePath() + ";DB_CLOSE_ON_EXIT=FALSE";
    }

    /** The key tokens are signed with: the one given, else random for this process. */
    public String signingKey() {
        return jwtSecret != null ? jwtSecret : randomSecret();
    }

    /** 32 random bytes in hex, as {@code openssl rand -hex 32} makes them. */
    static String randomSecret() {
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }
}
