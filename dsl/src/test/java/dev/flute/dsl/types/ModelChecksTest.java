package dev.flute.dsl.types;

import static dev.flute.dsl.Flute.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.flute.dsl.http.Upload;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.OffsetTime;
import java.time.temporal.Temporal;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A field type that cannot produce its record component's Java type fails when the model is declared. */
class ModelChecksTest {
    public record Priced(String name, double price) {}

    public record Tagged(List<Integer> ids, Set<String> tags, Optional<String> note) {}

    /** Only its declared type is read, for wildcards. */
    public record Wide(List<Collection<? extends Number>> numbers) {}

    public enum Color {
        RED,
        GREEN
    }

    public record Part(String name) {}

    public record Everything(
            String s,
            int i,
            Integer boxedInt,
            long l,
            Long boxedLong,
            double d,
            Double boxedDouble,
            boolean b,
            Boolean boxedBool,
            UUID uuid,
            Color color,
            Part part,
            List<Part> parts,
            Set<Color> colors,
            Optional<List<Integer>> maybe,
            Temporal at,
            OffsetDateTime aware,
            LocalDateTime naive,
            Instant instant,
            LocalDate date,
            LocalTime time,
            OffsetTime offsetTime,
            Duration duration,
            BigDecimal decimal,
            byte[] bytes,
            Upload upload) {}

    @Test
    void should_refuse_a_type_producing_another_java_type() {
        var e = assertThrows(
                IllegalArgumentException.class, () -> model(Priced.class).field("price", str()));
        assertEquals("Priced.price is a double; str() produces String", e.getMessage());
    }

    @Test
    void should_refuse_a_nullable_type_on_a_primitive() {
        var e = assertThrows(IllegalArgumentException.class, () -> model(Priced.class)
                .field("price", double_().nullable()));
        assertEquals(
                "Priced.price is a double, which cannot be null, but double_().nullable() may give null:"
                        + " declare the component Double or give a default",
                e.getMessage());
        // An optional is another Java type altogether.
        var optional = assertThrows(IllegalArgumentException.class, () -> model(Priced.class)
                .field("price", double_().optional()));
        assertEquals("Priced.price is a double; double_().optional() produces Optional<Double>", optional.getMessage());
    }

    @Test
    void should_accept_a_default_on_a_primitive_and_the_box_of_a_primitive() {
        var priced = model(Priced.class).field("price", double_().gt(0).withDefault(1.0));
        assertEquals(1.0, priced.fields().get(1).type().absentValue());
        var e = assertThrows(
                IllegalArgumentException.class, () -> model(Priced.class).field("price", int_()));
        assertEquals("Priced.price is a double; int_() produces Integer", e.getMessage());
    }

    @Test
    void should_check_element_types_of_lists_sets_and_optionals() {
        var ok = model(Tagged.class)
                .field("ids", listOf(int_().ge(0)))
                .field("tags", setOf(str()).withDefault(Set.of()))
                .field("note", str().maxLength(10).optional());
        assertEquals(3, ok.fields().size());
        assertEquals(
                "Tagged.ids is a List<Integer>; listOf(str()) produces List<String>",
                refused(Tagged.class, "ids", listOf(str())));
        assertEquals(
                "Tagged.ids is a List<Integer>; setOf(int_()) produces Set<Integer>",
                refused(Tagged.class, "ids", setOf(int_())));
        assertEquals("Tagged.note is an Optional<String>; str() produces String", refused(Tagged.class, "note", str()));
        assertEquals(
                "Tagged.note is an Optional<String>; str().nullable() produces String",
                refused(Tagged.class, "note", str().nullable()));
        var wide = Wide.class.getRecordComponents()[0].getGenericType();
        assertTrue(JavaTypes.fits(listOf(setOf(long_())).javaType(), wide));
        assertTrue(!JavaTypes.fits(listOf(listOf(str())).javaType(), wide));
    }

    @Test
    void should_check_enums_models_and_the_extra_types() {
        assertEquals("Everything.color is a Color; str() produces String", refused(Everything.class, "color", str()));
        assertEquals(
                "Everything.part is a Part; model(Priced.class) produces Priced",
                refused(Everything.class, "part", model(Priced.class)));
        assertEquals(
                "Everything.aware is an OffsetDateTime; dateTime() produces Temporal",
                refused(Everything.class, "aware", dateTime()));
        assertEquals(
                "Everything.naive is a LocalDateTime; offsetDateTime() produces OffsetDateTime",
                refused(Everything.class, "naive", offsetDateTime()));
        assertEquals("Everything.bytes is a byte[]; str() produces String", refused(Everything.class, "bytes", str()));
        // A wider component takes any type whose values it can hold.
        model(Everything.class).field("at", offsetDateTime()).field("color", enum_(Color.class, c -> c.name()
                .toLowerCase()));
    }

    @Test
    void should_derive_for_every_component_a_type_producing_its_java_type() {
        for (ModelType.Field f : model(Everything.class).fields()) {
            assertTrue(
                    JavaTypes.fits(f.type().javaType(), f.javaType()),
                    () -> f.name() + ": " + f.type() + " produces " + f.type().javaType());
        }
    }

    @Test
    void should_name_the_fields_when_a_field_does_not_exist() {
        var e = assertThrows(
                IllegalArgumentException.class, () -> model(Priced.class).field("cost", double_()));
        assertEquals("Priced has no field 'cost'; its fields are name, price", e.getMessage());
    }

    @Test
    void should_equal_the_jdks_own_parameterized_types() throws Exception {
        var declared = Tagged.class.getRecordComponents()[0].getGenericType();
        var made = listOf(int_()).javaType();
        assertEquals(declared, made);
        assertEquals(made, declared);
        assertEquals(declared.hashCode(), made.hashCode());
    }

    private static String refused(Class<? extends Record> record, String field, Type<?> type) {
        return assertThrows(IllegalArgumentException.class, () -> model(record).field(field, type))
                .getMessage();
    }
}
