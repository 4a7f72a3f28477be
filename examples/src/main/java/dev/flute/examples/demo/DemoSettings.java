package dev.flute.examples.demo;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * What the demo reads from its environment ({@code DEMO_PORT}, {@code DEMO_DATA_DIR}, ...; a
 * {@code -D} property of the same name wins).
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

    /** Reads the settings from this process's environment and system properties. */
    public static DemoSettings read() {
        var properties = new java.util.HashMap<String, String>();
        for (String name : System.getProperties().stringPropertyNames()) properties.put(name, System.getProperty(name));
        return read(System.getenv(), properties);
    }

    /**
     * Reads the settings from {@code environment} and {@code properties} (a property wins).
     *
     * @throws IllegalArgumentException listing every setting that is invalid
     */
    public static DemoSettings read(Map<String, String> environment, Map<String, String> properties) {
        var source = new java.util.HashMap<>(environment);
        source.putAll(properties);
        var problems = new ArrayList<String>();
        int port = number(source, "DEMO_PORT", 8000, 1, 65535, problems);
        String dataDir = source.getOrDefault("DEMO_DATA_DIR", "data");
        String jdbcUrl = source.get("DEMO_JDBC_URL");
        if (jdbcUrl != null && !jdbcUrl.startsWith("jdbc:")) problems.add("DEMO_JDBC_URL: not a JDBC URL");
        String jwtSecret = source.get("DEMO_JWT_SECRET");
        if (jwtSecret != null && jwtSecret.length() < 32) problems.add("DEMO_JWT_SECRET: at least 32 characters");
        Duration lifetime = Duration.ofMinutes(30);
        try {
            if (source.containsKey("DEMO_TOKEN_LIFETIME")) lifetime = Duration.parse(source.get("DEMO_TOKEN_LIFETIME"));
        } catch (java.time.format.DateTimeParseException e) {
            problems.add("DEMO_TOKEN_LIFETIME: an ISO 8601 duration (PT30M)");
        }
        String adminPassword = source.get("DEMO_ADMIN_PASSWORD");
        if (adminPassword != null && adminPassword.length() < 8)
            problems.add("DEMO_ADMIN_PASSWORD: at least 8 characters");
        int cost = number(source, "DEMO_PASSWORD_HASH_COST", 12, 4, 31, problems);
        if (!problems.isEmpty()) throw new IllegalArgumentException("invalid settings: " + String.join("; ", problems));
        return new DemoSettings(port, dataDir, jdbcUrl, jwtSecret, lifetime, adminPassword, cost);
    }

    private static int number(
            Map<String, String> source, String name, int absent, int min, int max, List<String> problems) {
        String raw = source.get(name);
        if (raw == null) return absent;
        try {
            int value = Integer.parseInt(raw.trim());
            if (value >= min && value <= max) return value;
        } catch (NumberFormatException e) {
            // reported below
        }
        problems.add(name + ": a whole number from " + min + " to " + max);
        return absent;
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
