package dev.flute.examples.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.flute.dsl.Json;
import dev.flute.dsl.http.RequestValidationError;
import dev.flute.dsl.http.ValidationError;
import dev.flute.dsl.settings.InvalidSettings;
import dev.flute.dsl.types.Loc;
import dev.flute.examples.demo.ItemModels.Change;
import dev.flute.examples.demo.ItemModels.Item;
import dev.flute.examples.demo.ItemModels.ItemEvent;
import dev.flute.examples.demo.ItemModels.ItemIn;
import io.vertx.core.buffer.Buffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The demo's parts as plain values and functions: no server, no database. */
class DemoPartsTest {

    @Test
    void the_filter_becomes_a_parameterised_condition() {
        var filter = new ItemFilter(Optional.of("50%_Off"), Optional.of(1.0), Optional.empty(), Optional.of("bob"));
        ItemFilter.Where where = filter.where();
        assertEquals("LOWER(i.name) LIKE ? ESCAPE '\\' AND i.price >= ? AND u.username = ?", where.sql());
        assertEquals(List.of("%50\\%\\_off%", 1.0, "bob"), where.parameters());
        var none = new ItemFilter(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
        assertEquals(new ItemFilter.Where("TRUE", List.of()), none.where());
    }

    @Test
    void a_patch_changes_only_what_was_sent() throws Exception {
        var errors = new ArrayList<ValidationError>();
        var patch = ItemModels.ITEM_PATCH.fromJson(
                Json.mapper().readTree("{\"description\":null,\"price\":3}"), Loc.of("body"), errors);
        assertEquals(List.of(), errors);
        ItemIn stored = new ItemIn("Hammer", "Heavy", 12.5);
        assertEquals(new ItemIn("Hammer", null, 3.0), patch.applyTo(stored));
    }

    @Test
    void only_a_png_signature_makes_a_png(@TempDir Path dir) throws Exception {
        Path png = Files.write(dir.resolve("a"), DemoServer.png());
        Path gif = Files.writeString(dir.resolve("b"), "GIF89a....");
        Path empty = Files.write(dir.resolve("c"), new byte[0]);
        assertTrue(Images.isPng(png));
        assertFalse(Images.isPng(gif));
        assertFalse(Images.isPng(empty));
    }

    @Test
    void a_password_over_72_bytes_is_a_validation_error() {
        Users.checkLength("x".repeat(72));
        var error = assertThrows(RequestValidationError.class, () -> Users.checkLength("ü".repeat(37)));
        assertEquals(List.of("body", "password"), error.errors().get(0).loc());
        assertNull(error.errors().get(0).input());
    }

    @Test
    void an_event_crosses_the_wire_and_back() {
        var now = OffsetDateTime.parse("2025-01-02T03:04:05.123456Z");
        var event = new ItemEvent(Change.updated, new Item(7, "Kite", null, 30, "carol", "/items/7/image", now, now));
        var codec = new EventCodec<>(ItemModels.ITEM_EVENT);
        Buffer wire = Buffer.buffer("prefix");
        codec.encodeToWire(wire, event);
        assertEquals(event, codec.decodeFromWire("prefix".length(), wire));
        assertEquals(event, codec.transform(event));
    }

    @Test
    void the_settings_have_defaults_for_the_demo() {
        DemoSettings settings = DemoSettings.READER.read(Map.of());
        assertEquals(8000, settings.port());
        assertEquals(Duration.ofMinutes(30), settings.tokenLifetime());
        assertNull(settings.jdbcUrl());
        assertTrue(settings.database().startsWith("jdbc:h2:file:"), settings.database());
        assertTrue(settings.database().contains(Path.of("data", "flute-demo").toString()), settings.database());
        assertEquals(64, settings.signingKey().length(), "a generated HS256 key");
        assertFalse(settings.signingKey().equals(settings.signingKey()), "random each time it is asked for");
    }

    @Test
    void given_settings_are_read_and_bad_ones_reported_together() {
        DemoSettings settings = DemoSettings.READER.read(Map.of(
                "DEMO_PORT", "9000",
                "DEMO_JDBC_URL", "jdbc:postgresql://db/demo?user=demo",
                "DEMO_TOKEN_LIFETIME", "PT2H",
                "DEMO_JWT_SECRET", "s".repeat(32)));
        assertEquals(9000, settings.port());
        assertEquals("jdbc:postgresql://db/demo?user=demo", settings.database());
        assertEquals(Duration.ofHours(2), settings.tokenLifetime());
        assertEquals("s".repeat(32), settings.signingKey());

        var invalid = assertThrows(
                InvalidSettings.class,
                () -> DemoSettings.READER.read(Map.of(
                        "DEMO_PORT", "0",
                        "DEMO_JDBC_URL", "postgres://db",
                        "DEMO_ADMIN_PASSWORD", "tiny7")));
        assertEquals(3, invalid.errors().size(), invalid.getMessage());
        assertFalse(invalid.getMessage().contains("tiny7"), "a secret is never shown: " + invalid.getMessage());
    }
}
