package dev.flute.dsl.settings;

import static dev.flute.dsl.Flute.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.flute.dsl.http.ValidationError;
import dev.flute.dsl.types.ModelType;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SettingsTest {
    record Database(String url, int poolSize) {}

    record AppSettings(
            String jdbcUrl,
            int port,
            Duration tokenTtl,
            boolean debug,
            List<String> corsOrigins,
            Optional<String> adminEmail,
            String replicaUrl,
            Database database) {}

    static final ModelType<AppSettings> SETTINGS = model(AppSettings.class)
            .field("port", int_().ge(1).le(65535).withDefault(8000))
            .field("tokenTtl", duration().withDefault(Duration.ofMinutes(30)))
            .field("debug", bool().withDefault(false))
            .field("corsOrigins", listOf(str().minLength(1)).withDefault(List.of()))
            .field("replicaUrl", str().nullable())
            .field("database", model(Database.class).nullable());

    static final Settings<AppSettings> APP = Settings.from(SETTINGS).prefix("APP_");

    @Test
    void should_read_every_kind_of_field_through_its_type() {
        AppSettings s = APP.read(Map.of(
                "APP_JDBC_URL", "jdbc:h2:./data/app",
                "APP_PORT", "9000",
                "APP_TOKEN_TTL", "PT1H",
                "APP_DEBUG", "yes",
                "APP_CORS_ORIGINS", "[\"https://a.example\", \"https://b.example\"]",
                "APP_ADMIN_EMAIL", "admin@example.com",
                "APP_REPLICA_URL", "jdbc:h2:./data/replica",
                "APP_DATABASE", "{\"url\": \"jdbc:postgresql://db/app\", \"poolSize\": \"8\"}"));

        assertEquals(
                new AppSettings(
                        "jdbc:h2:./data/app",
                        9000,
                        Duration.ofHours(1),
                        true,
                        List.of("https://a.example", "https://b.example"),
                        Optional.of("admin@example.com"),
                        "jdbc:h2:./data/replica",
                        new Database("jdbc:postgresql://db/app", 8)),
                s);
    }

    @Test
    void should_give_absent_fields_their_default_empty_or_null() {
        AppSettings s = APP.read(Map.of("APP_JDBC_URL", "jdbc:h2:mem:x"));

        assertEquals(
                new AppSettings(
                        "jdbc:h2:mem:x", 8000, Duration.ofMinutes(30), false, List.of(), Optional.empty(), null, null),
                s);
    }

    @Test
    void should_read_a_duration_as_pydantic_reads_text() {
        assertEquals(
                Duration.ofMinutes(90),
                APP.read(env("APP_TOKEN_TTL", "01:30:00")).tokenTtl());
        assertEquals(Duration.ofDays(2), APP.read(env("APP_TOKEN_TTL", "P2D")).tokenTtl());
        assertEquals(
                Duration.ofMillis(1500),
                APP.read(env("APP_TOKEN_TTL", "PT1.5S")).tokenTtl());

        // Pydantic reads seconds from a JSON number only, never from text: so does an environment variable.
        var e = assertThrows(InvalidSettings.class, () -> APP.read(env("APP_TOKEN_TTL", "90")));
        assertEquals(
                "Input should be a valid timedelta, \"day\" identifier in duration not correctly formatted",
                e.errors().get(0).msg());
    }

    @Test
    void should_report_a_missing_setting_by_its_variable() {
        var e = assertThrows(InvalidSettings.class, () -> APP.read(Map.of("APP_PORT", "9000")));

        assertEquals(List.of(ValidationError.missing(List.of("APP_JDBC_URL"), null)), e.errors());
        assertEquals(
                "1 validation error for AppSettings\nAPP_JDBC_URL\n  Field required [type=missing]", e.getMessage());
    }

    @Test
    void should_report_every_problem_at_once_in_pydantics_words() {
        var e = assertThrows(
                InvalidSettings.class,
                () -> APP.read(Map.of(
                        "APP_PORT", "70000",
                        "APP_TOKEN_TTL", "soon",
                        "APP_DEBUG", "maybe",
                        "APP_CORS_ORIGINS", "[\"https://a.example\", \"\", 3]",
                        "APP_DATABASE", "{\"poolSize\": \"eight\"}")));

        assertEquals(
                """
                8 validation errors for AppSettings
                APP_JDBC_URL
                  Field required [type=missing]
                APP_PORT
                  Input should be less than or equal to 65535 [type=less_than_equal, input_value='70000']
                APP_TOKEN_TTL
                  Input should be a valid timedelta, invalid digit in duration [type=time_delta_parsing, input_value='soon']
                APP_DEBUG
                  Input should be a valid boolean, unable to interpret input [type=bool_parsing, input_value='maybe']
                APP_CORS_ORIGINS.1
                  String should have at least 1 character [type=string_too_short, input_value='']
                APP_CORS_ORIGINS.2
                  Input should be a valid string [type=string_type, input_value=3]
                APP_DATABASE.url
                  Field required [type=missing, input_value={"poolSize":"eight"}]
                APP_DATABASE.poolSize
                  Input should be a valid integer, unable to parse string as an integer [type=int_parsing, input_value='eight']"""
                        .stripIndent(),
                e.getMessage());
        assertEquals(Map.of("le", 65535), e.errors().get(1).ctx());
        assertEquals(List.of("APP_CORS_ORIGINS", 2), e.errors().get(5).loc());
    }

    @Test
    void should_report_a_list_that_is_not_json_with_where_it_breaks() {
        var e = assertThrows(
                InvalidSettings.class, () -> APP.read(env("APP_CORS_ORIGINS", "https://a.example,https://b.example")));

        ValidationError error = e.errors().get(0);
        assertEquals("json_invalid", error.type());
        assertEquals(List.of("APP_CORS_ORIGINS"), error.loc());
        assertTrue(error.msg().startsWith("Invalid JSON: Unrecognized token 'https'"), error.msg());
        assertTrue(error.msg().endsWith(" at line 1 column 6"), error.msg());
        assertEquals("https://a.example,https://b.example", error.input());
    }

    @Test
    void should_compare_names_without_case_and_name_errors_as_written() {
        assertEquals(9000, APP.read(env("app_port", "9000")).port());

        var e = assertThrows(InvalidSettings.class, () -> APP.read(env("App_Port", "0")));
        assertEquals(List.of("App_Port"), e.errors().get(0).loc());
    }

    @Test
    void should_let_a_system_property_win_over_the_environment() {
        AppSettings s = APP.read(
                Map.of("APP_JDBC_URL", "jdbc:env", "APP_PORT", "9000"),
                Map.of("app_port", "9001", "unrelated.property", "x"));
        assertEquals(9001, s.port());
        assertEquals("jdbc:env", s.jdbcUrl());

        var e = assertThrows(
                InvalidSettings.class,
                () -> APP.read(Map.of("APP_JDBC_URL", "jdbc:env", "APP_PORT", "9000"), Map.of("APP_PORT", "x")));
        assertEquals(List.of("-DAPP_PORT"), e.errors().get(0).loc());
        assertTrue(e.getMessage().contains("\n-DAPP_PORT\n  Input should be a valid integer"), e.getMessage());
    }

    @Test
    void should_refuse_one_name_spelled_twice_with_different_values() {
        var e = assertThrows(
                InvalidSettings.class,
                () -> APP.read(Map.of("APP_JDBC_URL", "jdbc:x", "APP_PORT", "9000", "app_port", "9001")));

        assertEquals(
                "1 validation error for AppSettings\nAPP_PORT\n  Set more than once, in different case and with"
                        + " different values: APP_PORT, app_port [type=ambiguous_name]",
                e.getMessage());
        assertEquals(
                9000,
                APP.read(Map.of("APP_JDBC_URL", "jdbc:x", "APP_PORT", "9000", "app_port", "9000"))
                        .port());
    }

    @Test
    void should_read_names_without_a_prefix_when_none_is_given() {
        AppSettings s = Settings.from(SETTINGS).read(Map.of("JDBC_URL", "jdbc:y", "APP_PORT", "1"));

        assertEquals("jdbc:y", s.jdbcUrl());
        assertEquals(8000, s.port());
    }

    @Test
    void should_read_an_aliased_field_from_its_alias_without_the_prefix() {
        var settings = Settings.from(SETTINGS.field("jdbcUrl", str().alias("DATABASE_URL")))
                .prefix("APP_");

        assertEquals("DATABASE_URL", settings.variable("jdbcUrl"));
        assertEquals("APP_TOKEN_TTL", settings.variable("tokenTtl"));
        assertEquals("jdbc:z", settings.read(Map.of("database_url", "jdbc:z")).jdbcUrl());
    }

    record Credentials(String user, String password, List<String> apiKeys) {}

    static final Settings<Credentials> CREDENTIALS = Settings.from(model(Credentials.class)
                    .field("password", str().minLength(12).maxLength(64))
                    .field("apiKeys", listOf(str().pattern("^k-")).withDefault(List.of())))
            .prefix("DB_")
            .secret("password", "apiKeys");

    @Test
    void should_never_echo_a_secret() {
        var e = assertThrows(
                InvalidSettings.class,
                () -> CREDENTIALS.read(Map.of(
                        "DB_USER", "hunter1", "DB_PASSWORD", "hunter2", "DB_API_KEYS", "[\"k-1\", \"leaked-2\"]")));

        assertFalse(e.getMessage().contains("hunter2"), e.getMessage());
        assertFalse(e.getMessage().contains("leaked-2"), e.getMessage());
        assertEquals(
                """
                2 validation errors for Credentials
                DB_PASSWORD
                  String should have at least 12 characters [type=string_too_short, input_value='**********']
                DB_API_KEYS.1
                  String should match pattern '^k-' [type=string_pattern_mismatch, input_value='**********']"""
                        .stripIndent(),
                e.getMessage());
        for (ValidationError error : e.errors()) assertEquals("**********", error.input());
    }

    @Test
    void should_not_quote_a_secret_in_a_json_error() {
        var e = assertThrows(
                InvalidSettings.class,
                () -> CREDENTIALS.read(
                        Map.of("DB_USER", "u", "DB_PASSWORD", "a-long-password", "DB_API_KEYS", "sesame")));

        ValidationError error = e.errors().get(0);
        assertEquals("json_invalid", error.type());
        assertEquals("Invalid JSON at line 1 column 7", error.msg());
        assertFalse(e.getMessage().contains("sesame"), e.getMessage());
    }

    @Test
    void should_read_a_secret_like_any_other_value() {
        assertEquals(
                new Credentials("u", "a-long-password", List.of("k-1")),
                CREDENTIALS.read(Map.of("DB_USER", "u", "DB_PASSWORD", "a-long-password", "DB_API_KEYS", "[\"k-1\"]")));
    }

    @Test
    void should_name_variables_in_upper_snake_case() {
        assertEquals("JDBC_URL", Settings.upperSnake("jdbcUrl"));
        assertEquals("HTTP_URL_PORT", Settings.upperSnake("httpURLPort"));
        assertEquals("S3_BUCKET", Settings.upperSnake("s3Bucket"));
        assertEquals("JDBC_URL", Settings.upperSnake("jdbc_url"));
        assertEquals("PORT", Settings.upperSnake("port"));
    }

    record Clash(String jdbcUrl, String other) {}

    @Test
    void should_refuse_at_once_what_cannot_be_read() {
        var unknownSecret = assertThrows(IllegalArgumentException.class, () -> APP.secret("pasword"));
        assertEquals("AppSettings has no field 'pasword'", unknownSecret.getMessage());

        var clash = assertThrows(
                IllegalArgumentException.class,
                () -> Settings.from(model(Clash.class).field("other", str().alias("jdbc_url"))));
        assertEquals("Clash.jdbcUrl and Clash.other would both be read from jdbc_url", clash.getMessage());

        assertThrows(IllegalArgumentException.class, () -> APP.variable("nope"));
    }

    record Marker(String fluteSettingsTestMarker, Set<Integer> fluteSettingsTestNumbers) {}

    @Test
    void should_read_this_process_system_properties() {
        System.setProperty("FLUTE_SETTINGS_TEST_MARKER", "from -D");
        System.setProperty("flute_settings_test_numbers", "[3, 1, 3]");
        try {
            Marker m = Settings.read(model(Marker.class));
            assertEquals(new Marker("from -D", Set.of(1, 3)), m);
        } finally {
            System.clearProperty("FLUTE_SETTINGS_TEST_MARKER");
            System.clearProperty("flute_settings_test_numbers");
        }
    }

    @Test
    void should_carry_no_stack_trace_so_main_prints_only_the_report() {
        var e = assertThrows(InvalidSettings.class, () -> APP.read(Map.of()));
        assertEquals(0, e.getStackTrace().length);
    }

    private static Map<String, String> env(String name, String value) {
        return Map.of("APP_JDBC_URL", "jdbc:h2:mem:x", name, value);
    }
}
