package dev.flute.dsl.types;

import static dev.flute.dsl.Flute.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.flute.dsl.Json;
import dev.flute.dsl.http.ValidationError;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Lists and sets bounded in length, answered as Pydantic 2.10 answers {@code Field(min_length=...,
 * max_length=...)} on {@code list[...]} and {@code set[...]} (asked of the real thing): a list is
 * measured as sent, a set as it grows, and too few items only count when every item is valid.
 */
class ListLengthTest {

    @Test
    void should_refuse_too_few_items_with_pydantics_words() {
        assertEquals(
                "[{type=too_short, loc=[x], msg=List should have at least 1 item after validation, not 0,"
                        + " input=[], ctx={field_type=List, min_length=1, actual_length=0}}]",
                errors(listOf(str()).minLength(1), "[]"));
        assertEquals(
                "[{type=too_short, loc=[x], msg=Set should have at least 2 items after validation, not 1,"
                        + " input=[\"a\",\"a\"], ctx={field_type=Set, min_length=2, actual_length=1}}]",
                errors(setOf(str()).minLength(2), "[\"a\",\"a\"]"));
    }

    @Test
    void should_refuse_too_many_items_before_reading_them_in_a_list() {
        assertEquals(
                "[{type=too_long, loc=[x], msg=List should have at most 2 items after validation, not 3,"
                        + " input=[\"1\",\"2\",\"x\"], ctx={field_type=List, max_length=2, actual_length=3}}]",
                errors(listOf(int_()).maxLength(2), "[\"1\",\"2\",\"x\"]"));
        assertEquals("[]", errors(listOf(str()).minLength(1).maxLength(2), "[\"a\",\"b\"]"));
    }

    @Test
    void should_refuse_a_set_once_it_grows_too_long_dropping_earlier_item_errors() {
        assertEquals(
                "[{type=too_long, loc=[x], msg=Set should have at most 2 items after validation, not more,"
                        + " input=[\"x\",\"1\",\"2\",\"3\"], ctx={field_type=Set, max_length=2, actual_length=null}}]",
                errors(setOf(int_()).maxLength(2), "[\"x\",\"1\",\"2\",\"3\"]"));
        assertEquals("[]", errors(setOf(int_()).maxLength(2), "[\"1\",\"2\",\"2\"]"), "duplicates collapse first");
    }

    @Test
    void should_report_item_errors_alone_when_the_length_is_allowed() {
        assertEquals(
                "[{type=int_parsing, loc=[x, 0], msg=Input should be a valid integer, unable to parse string as an"
                        + " integer, input=x, ctx=null}]",
                errors(listOf(int_()).minLength(3), "[\"x\"]"));
    }

    @Test
    void should_check_repeated_texts_the_same_way() {
        var tooShort = assertThrows(
                Invalid.class, () -> setOf(str()).minLength(2).fromTexts(List.of("a", "a"), (i, invalid) -> {}));
        assertEquals("too_short", tooShort.type());
        var failures = new ArrayList<Integer>();
        var tooLong = assertThrows(
                Invalid.class,
                () -> setOf(int_()).maxLength(1).fromTexts(List.of("x", "1", "2"), (i, invalid) -> failures.add(i)));
        assertEquals("Set should have at most 1 item after validation, not more", tooLong.msg());
        assertEquals(List.of(), failures, "an item error before the set grew too long is dropped");
        assertEquals(Set.of("a"), setOf(str()).maxLength(1).fromTexts(List.of("a", "a"), (i, invalid) -> {}));
    }

    @Test
    void should_document_and_refuse_negative_bounds() {
        assertEquals(
                List.of(new Constraint.MinLength(1), new Constraint.MaxLength(3)),
                listOf(str()).maxLength(3).minLength(1).constraints());
        assertThrows(IllegalArgumentException.class, () -> listOf(str()).minLength(-1));
    }

    private static String errors(Type<?> type, String json) {
        var errors = new ArrayList<ValidationError>();
        try {
            type.fromJson(Json.reader().readTree(json), Loc.of("x"), errors);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
        return errors.stream()
                .map(e -> "{type=" + e.type() + ", loc=" + e.loc() + ", msg=" + e.msg() + ", input=" + e.input()
                        + ", ctx=" + e.ctx() + "}")
                .toList()
                .toString();
    }
}
