package dev.flute.examples.readme;

import static dev.flute.dsl.Flute.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.flute.dsl.Api;
import dev.flute.dsl.settings.InvalidSettings;
import dev.flute.dsl.settings.Settings;
import dev.flute.dsl.types.ModelType;
import io.vertx.core.Vertx;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SettingsTest {
    // README: settings
    public record AppSettings(
            String jdbcUrl,
            int port,
            Duration tokenTtl,
            boolean debug,
            List<String> corsOrigins,
            String adminPassword) {}

    static final ModelType<AppSettings> SETTINGS = model(AppSettings.class)
            .field("port", int_().ge(1).le(65535).withDefault(8000))
            .field("tokenTtl", duration().withDefault(Duration.ofMinutes(30)))
            .field("debug", bool().withDefault(false))
            .field("corsOrigins", listOf(str()).withDefault(List.of()))
            .field("adminPassword", str().minLength(12));

    static final Settings<AppSettings> READER =
            Settings.from(SETTINGS).prefix("APP_").secret("adminPassword"); // APP_JDBC_URL, APP_PORT, ...

    public static void main(String[] args) {
        AppSettings settings = READER.read(); // the environment and -D properties; bad ones stop here, all listed
        serve(Vertx.vertx(), app(settings), settings.port());
    }
    // README: end

    static Api app(AppSettings settings) {
        return api("Configured", "1").routes(route(GET, "/").handle(() -> Map.of("debug", settings.debug())));
    }

    @Test
    void should_read_typed_values_and_defaults() {
        // README: settings-in-a-test
        AppSettings settings = READER.read(Map.of(
                "APP_JDBC_URL", "jdbc:h2:mem:test",
                "APP_CORS_ORIGINS", "[\"https://a.example\"]",
                "APP_ADMIN_PASSWORD", "correct horse battery"));
        // README: end
        assertEquals(
                new AppSettings(
                        "jdbc:h2:mem:test",
                        8000,
                        Duration.ofMinutes(30),
                        false,
                        List.of("https://a.example"),
                        "correct horse battery"),
                settings);
        assertEquals(
                9000,
                READER.read(
                                Map.of("APP_PORT", "8001", "app_jdbc_url", "x", "APP_ADMIN_PASSWORD", "0123456789ab"),
                                Map.of("APP_PORT", "9000"))
                        .port(),
                "a -D property wins over the environment, names match whatever their case");
    }

    @Test
    void should_list_every_problem_without_showing_a_secret() {
        var bad = assertThrows(
                InvalidSettings.class,
                () -> READER.read(Map.of("APP_PORT", "70000", "APP_ADMIN_PASSWORD", "hunter2hunt")));
        assertEquals(
                """
                3 validation errors for AppSettings
                APP_JDBC_URL
                  Field required [type=missing]
                APP_PORT
                  Input should be less than or equal to 65535 [type=less_than_equal, input_value='70000']
                APP_ADMIN_PASSWORD
                  String should have at least 12 characters [type=string_too_short, input_value='**********']""",
                bad.getMessage());
    }
}
