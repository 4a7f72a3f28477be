package dev.flute.dsl;

import static dev.flute.dsl.Flute.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.flute.dsl.testing.TestClient;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.OffsetTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * FastAPI writes a value two ways: as {@code jsonable_encoder} writes a plain value, and as
 * Pydantic writes a model's fields. Records are Flute's models.
 */
class JsonEncodingTest {
    static final OffsetDateTime UTC = OffsetDateTime.of(2024, 1, 2, 3, 4, 5, 120_000_000, ZoneOffset.UTC);

    public record Stamp(OffsetDateTime at, Duration took, BigDecimal price, byte[] raw, Map<String, Object> extra) {}

    static Map<String, Object> plain() {
        var out = new LinkedHashMap<String, Object>();
        out.put("at", UTC);
        out.put("took", Duration.ofMinutes(90).plusMillis(500));
        out.put("price", new BigDecimal("1.50"));
        out.put("whole", new BigDecimal("1E+2"));
        out.put("raw", "hé".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        out.put("naive", LocalDateTime.of(2024, 1, 2, 3, 4, 5));
        out.put("instant", Instant.parse("2024-01-02T03:04:05Z"));
        out.put("time", OffsetTime.of(LocalTime.of(14, 23, 55, 3_000_000), ZoneOffset.ofHoursMinutesSeconds(2, 0, 30)));
        return out;
    }

    @Test
    void should_write_plain_values_as_jsonable_encoder_does() {
        assertEquals(
                "{\"at\":\"2024-01-02T03:04:05.120000+00:00\",\"took\":5400.5,\"price\":1.5,\"whole\":100,"
                        + "\"raw\":\"hé\",\"naive\":\"2024-01-02T03:04:05\",\"instant\":\"2024-01-02T03:04:05+00:00\","
                        + "\"time\":\"14:23:55.003000+02:00:30\"}",
                Json.write(plain()));
    }

    @Test
    void should_write_a_record_and_everything_in_it_as_pydantic_does() {
        var stamp = new Stamp(
                UTC,
                Duration.ofMinutes(90).plusMillis(500),
                new BigDecimal("1.50"),
                new byte[] {65},
                Map.of("at", UTC));
        assertEquals(
                "{\"outer\":\"2024-01-02T03:04:05.120000+00:00\",\"stamp\":{\"at\":\"2024-01-02T03:04:05.120000Z\","
                        + "\"took\":\"PT1H30M0.5S\",\"price\":\"1.50\",\"raw\":\"A\",\"extra\":{\"at\":\"2024-01-02T03:04:05.120000Z\"}}}",
                Json.write(new java.util.TreeMap<>(Map.of("outer", UTC, "stamp", stamp))));
    }

    /** A value is written by the first kind its class is, subclasses included, decided once per class. */
    static final class Bag implements Iterable<Object> {
        @Override
        public java.util.Iterator<Object> iterator() {
            return List.<Object>of(1, "two").iterator();
        }
    }

    public record Named(String name) implements CharSequence {
        @Override
        public int length() {
            return name.length();
        }

        @Override
        public char charAt(int index) {
            return name.charAt(index);
        }

        @Override
        public CharSequence subSequence(int start, int end) {
            return name.subSequence(start, end);
        }

        @Override
        public String toString() {
            return name;
        }
    }

    @Test
    void should_write_a_value_by_the_first_kind_its_class_is() {
        var values = new java.util.ArrayList<Object>();
        values.add(new LinkedHashMap<>(Map.of("a", 1))); // a Map subclass
        values.add(new Bag()); // an Iterable of our own
        values.add(new Named("x")); // a record that is also a CharSequence: text first
        values.add(new BigDecimal("2.5") {}); // a BigDecimal subclass
        values.add(new java.math.BigInteger("12345678901234567890"));
        values.add(new String[] {"s"}); // an object array
        values.add(java.time.DayOfWeek.MONDAY); // an enum that is also a Temporal accessor, not a Temporal
        values.add(Thread.State.NEW); // an enum
        values.add(java.util.Optional.of(3));
        // Twice: the second time, every class is written by what was decided for it the first time.
        String once = "[{\"a\":1},[1,\"two\"],\"x\",2.5,12345678901234567890,[\"s\"],\"MONDAY\",\"NEW\",3]";
        assertEquals(once, Json.write(values));
        assertEquals(once, Json.write(values));
    }

    @Test
    void should_give_json_ready_java_values() {
        Object encodable =
                Json.encodable(Map.of("stamp", new Stamp(UTC, Duration.ZERO, BigDecimal.TEN, new byte[0], Map.of())));
        assertEquals(
                Map.of(
                        "stamp",
                        Map.of(
                                "at",
                                "2024-01-02T03:04:05.120000Z",
                                "took",
                                "PT0S",
                                "price",
                                "10",
                                "raw",
                                "",
                                "extra",
                                Map.of())),
                encodable);
        assertEquals(
                List.of(5400.5, 100L),
                Json.encodable(List.of(Duration.ofSeconds(5400, 500_000_000), new BigDecimal("1E+2"))));
    }

    @Test
    void should_dump_like_pythons_json_module() {
        var value = new LinkedHashMap<String, Object>();
        value.put("a", List.of(1, "é😀"));
        value.put("b", null);
        assertEquals("{\"a\": [1, \"\\u00e9\\ud83d\\ude00\"], \"b\": null}", Json.dumps(value));
    }

    @Test
    void should_refuse_bytes_that_are_not_utf8() {
        assertThrows(IllegalStateException.class, () -> Json.write(Map.of("raw", new byte[] {(byte) 0xff})));
    }

    @Test
    void should_keep_body_examples_for_the_document() {
        Body<Integer> body = body("n", int_()).examples(Map.of("n", 1), null).embed();
        assertEquals(2, body.examples().size());
        assertEquals(Map.of("n", 1), body.examples().get(0));
        assertEquals(true, body.embedded());
        assertEquals(List.of(), body("m", int_()).examples());
    }

    @Test
    void should_report_every_embedded_body_missing_when_the_document_has_no_keys() {
        Api api = api("t", "1")
                .routes(route(PUT, "/x")
                        .param(body("name", str().nullable()))
                        .param(body("size", int_().nullable()))
                        .handle((name, size) -> Map.of("ok", true)));
        try (var client = TestClient.of(api)) {
            String missing =
                    "{\"detail\":[{\"type\":\"missing\",\"loc\":[\"body\",\"name\"],\"msg\":\"Field required\",\"input\":null},"
                            + "{\"type\":\"missing\",\"loc\":[\"body\",\"size\"],\"msg\":\"Field required\",\"input\":null}]}";
            client.put("/x").json("[]").send().assertStatus(422).assertJson(missing);
            client.put("/x").json("\"New\"").send().assertStatus(422).assertJson(missing);
            client.put("/x").json("null").send().assertStatus(200);
            client.put("/x").json("{}").send().assertStatus(200);
        }
    }
}
