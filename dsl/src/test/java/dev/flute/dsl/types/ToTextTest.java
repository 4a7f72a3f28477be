package dev.flute.dsl.types;

import static dev.flute.dsl.Flute.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.flute.dsl.Json;
import dev.flute.dsl.http.ResponseValidationError;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A value's text ({@code toText}) is what {@code fromText} reads back as the value: what a client
 * sends in a path, a query, a header, a cookie or a form field. And the one JSON encoder, as a client
 * uses it for bodies.
 */
class ToTextTest {
    enum Size {
        SMALL,
        LARGE
    }

    record Item(String name, double price, List<String> tags) {}

    @SuppressWarnings("unchecked")
    static <T> void roundTrip(Type<T> type, T value, String text) {
        assertEquals(text, type.toText(value), type + " writes " + value);
        assertEquals(value, type.fromText(text), type + " reads back " + text);
    }

    @Test
    void should_write_each_scalar_as_the_text_its_type_reads_back() {
        roundTrip(str(), "a b/é", "a b/é");
        roundTrip(int_(), -5, "-5");
        roundTrip(long_(), 9_007_199_254_740_993L, "9007199254740993");
        roundTrip(double_(), 0.1, "0.1");
        roundTrip(double_(), 1e21, "1.0E21");
        roundTrip(double_(), Double.NEGATIVE_INFINITY, "-Infinity");
        roundTrip(bool(), true, "true");
        roundTrip(
                uuid(),
                UUID.fromString("0b9d6f3e-2a7c-4c8e-9f6a-3d2b1c0e9f8a"),
                "0b9d6f3e-2a7c-4c8e-9f6a-3d2b1c0e9f8a");
        roundTrip(enum_(Size.class), Size.LARGE, "LARGE");
        roundTrip(enum_(Size.class, s -> s.name().toLowerCase()), Size.SMALL, "small");
        roundTrip(decimal(), new BigDecimal("12.50"), "12.50");
        roundTrip(date(), LocalDate.of(2024, 2, 29), "2024-02-29");
        roundTrip(localTime(), LocalTime.of(23, 59, 1, 5_000), "23:59:01.000005");
        roundTrip(duration(), Duration.ofDays(1).plusHours(2).plusMillis(3), "P1DT2H0.003S");
        roundTrip(literal("a", "b"), "b", "b");
        roundTrip(email(), "ann@example.com", "ann@example.com");
        roundTrip(
                offsetDateTime(),
                OffsetDateTime.of(2024, 5, 1, 10, 30, 15, 250_000_000, ZoneOffset.ofHours(2)),
                "2024-05-01T10:30:15.250000+02:00");
        roundTrip(localDateTime(), LocalDateTime.of(2024, 5, 1, 10, 30), "2024-05-01T10:30:00");
        assertEquals("hé", bytes().toText("hé".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void should_write_each_item_of_a_list_as_one_repetition() {
        assertEquals(List.of("1", "2", "3"), listOf(int_()).toTexts(List.of(1, 2, 3)));
        assertEquals(List.of("b", "a"), setOf(str()).toTexts(new java.util.LinkedHashSet<>(List.of("b", "a"))));
        assertEquals(List.of(1, 2), listOf(int_()).fromTexts(List.of("1", "2"), (i, invalid) -> {
            throw invalid;
        }));
    }

    @Test
    void should_give_one_text_for_a_type_that_does_not_repeat() {
        assertEquals(List.of("7"), int_().toTexts(7));
    }

    @Test
    void should_refuse_a_type_without_a_text_form() {
        var model = model(Item.class);
        var refused = assertThrows(IllegalArgumentException.class, () -> model.toText(new Item("a", 1, List.of())));
        assertEquals(model + " has no text form: it cannot be sent as text", refused.getMessage());
        assertThrows(IllegalArgumentException.class, () -> mapOf(int_()).toText(Map.of("a", 1)));
    }

    @Test
    void should_encode_a_json_output_s_values_through_the_one_encoder() {
        var items = Json.encoder(json(listOf(model(Item.class).field("name", str().alias("title")))));
        assertEquals(
                "[{\"title\":\"Foo\",\"price\":1.0,\"tags\":[]}]",
                items.apply(List.of(new Item("Foo", 1, List.of()))).toString());
    }

    @Test
    void should_encode_only_the_set_fields_of_a_partial_when_the_output_excludes_unset() {
        var model = model(Item.class);
        var partial = Partial.of(model, new Item("Foo", 2, List.of("t")), "price");
        assertEquals(
                "{\"price\":2.0}",
                Json.encoder(json(model.partial()).excludeUnset())
                        .apply(partial)
                        .toString());
        assertEquals(Set.of("price"), partial.fieldsSet());
    }

    @Test
    void should_refuse_a_value_that_does_not_fit_with_every_misfit() {
        var encoder = Json.encoder(json(model(Item.class)));
        var misfit = assertThrows(ResponseValidationError.class, () -> encoder.apply(new Item(null, 1, null)));
        assertEquals(2, misfit.errors().size());
        assertEquals(List.of("response", "name"), misfit.errors().get(0).loc());
    }

    @Test
    void should_only_encode_json_outputs() {
        assertThrows(IllegalArgumentException.class, () -> Json.encoder(text()));
    }
}
