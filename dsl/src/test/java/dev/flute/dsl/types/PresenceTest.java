package dev.flute.dsl.types;

import static dev.flute.dsl.Flute.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Presence read through {@code valueType()}, {@code presence()} and the conversions, never the wrapper classes. */
class PresenceTest {

    @Test
    void should_be_required_and_its_own_value_type_when_not_wrapped() {
        StrType name = str().maxLength(5);
        assertSame(name, name.valueType());
        assertEquals(Presence.REQUIRED, name.presence());
        assertTrue(name.required());
        assertEquals("x", name.fromPresent("x"));
        assertEquals("x", name.toPresent("x"));
    }

    @Test
    void should_hand_an_optional_value_over_as_an_optional() {
        IntType id = int_().ge(0);
        Type<Optional<Integer>> optional = id.optional();
        assertSame(id, optional.valueType());
        assertEquals(new Presence(false, true, null), optional.presence());
        assertEquals(Optional.of(3), optional.fromPresent(3));
        assertEquals(Optional.empty(), optional.fromPresent(null), "an explicit null");
        assertEquals(Optional.empty(), optional.absentValue());
        assertEquals(3, optional.toPresent(Optional.of(3)));
        assertNull(optional.toPresent(Optional.empty()));
        assertEquals(3, optional.toPresent(3), "a value already unwrapped stays as it is");
    }

    @Test
    void should_hand_a_nullable_value_over_as_it_is() {
        Type<Double> tax = double_().nullable();
        assertEquals(new Presence(false, true, null), tax.presence());
        assertEquals(1.5, tax.fromPresent(1.5));
        assertNull(tax.fromPresent(null));
        assertNull(tax.absentValue());
    }

    @Test
    void should_document_a_default_and_refuse_null_unless_the_inner_type_accepts_it() {
        Type<Integer> limit = int_().withDefault(100);
        assertEquals(new Presence(false, false, 100), limit.presence());
        assertEquals(100, limit.absentValue());
        assertTrue(limit.presence().hasDefault());
        assertTrue(str().nullable().withDefault("x").presence().nullable());
    }

    @Test
    void should_see_through_nested_wrappers() {
        Type<Optional<String>> q = str().optional().withDefault(Optional.of("all"));
        assertEquals(StrType.class, q.valueType().getClass());
        assertEquals(new Presence(false, true, "all"), q.presence(), "the default as a present value");
        assertEquals(Optional.of("a"), q.fromPresent("a"));
        assertFalse(str().optional().withDefault(Optional.empty()).presence().hasDefault(), "nothing is no default");
        assertEquals(3, int_().withDefault(3).optional().presence().defaultValue());
    }

    @Test
    void should_keep_a_list_as_the_value_type_of_an_optional_list() {
        Type<Optional<List<String>>> tags = listOf(str()).optional();
        assertTrue(tags.valueType() instanceof ListType<?, ?>);
        assertTrue(tags.repeated());
        assertEquals(Optional.of(List.of("a")), tags.fromPresent(List.of("a")));
    }
}
