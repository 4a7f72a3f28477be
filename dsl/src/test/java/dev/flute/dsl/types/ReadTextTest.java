package dev.flute.dsl.types;

import static dev.flute.dsl.Flute.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * {@code readText} answers what {@code fromText} answers, a refusal returned instead of thrown: the
 * request readers use it, so a bad value costs no exception.
 */
class ReadTextTest {

    /** For every text: the same value, or a refusal with the same type, message and ctx. */
    static void agrees(Type<?> type, String... texts) {
        for (String text : texts) {
            Object read = type.readText(text);
            Object thrown;
            try {
                thrown = type.fromText(text);
            } catch (Invalid invalid) {
                thrown = invalid;
            }
            if (thrown instanceof Invalid expected) {
                Invalid refused = assertInstanceOf(Invalid.class, read, type + " refuses " + text);
                assertEquals(expected.type(), refused.type(), type + " " + text);
                assertEquals(expected.msg(), refused.msg(), type + " " + text);
                assertEquals(expected.ctx(), refused.ctx(), type + " " + text);
            } else {
                assertEquals(thrown, read, type + " reads " + text);
            }
        }
    }

    @Test
    void should_answer_what_from_text_answers_for_the_types_that_read_without_throwing() {
        String[] numbers = {"5", "-7", "0", "101", "abc", "", "-", "1.0", "1.5", "1_000", "99999999999", "+3", " 4 "};
        agrees(int_(), numbers);
        agrees(int_().ge(1).le(100), numbers);
        agrees(int_().gt(0).lt(10).multipleOf(2), numbers);
        agrees(int_().ge(0).withDefault(10), numbers);
        agrees(int_().optional(), numbers);
        agrees(int_().nullable(), numbers);
        agrees(int_(), "1".repeat(5000)); // too many digits to parse at all
        String[] texts = {"", "x", "ab", "x".repeat(50), "x".repeat(51), "abc1", "é".repeat(3)};
        agrees(str(), texts);
        agrees(str().minLength(2).maxLength(50), texts);
        agrees(str().pattern("^[a-z]+$"), texts);
        agrees(str().maxLength(50).optional(), texts);
    }

    @Test
    void should_catch_what_from_text_throws_for_the_other_types() {
        agrees(bool(), "true", "yes", "maybe");
        agrees(double_().gt(0), "1.5", "0", "x", "inf");
        agrees(long_().le(5), "5", "6", "x");
        agrees(uuid(), "0b6f1b5e-3c1a-4b7e-9f00-000000000000", "nope");
        agrees(date().optional(), "2024-05-01", "2024-13-01");
        agrees(listOf(int_()), "1");
    }

    @Test
    void should_give_the_handler_value_of_a_wrapped_type() {
        assertEquals(Optional.of(5), int_().optional().readText("5"));
        assertEquals(42, int_().withDefault(10).readText("42"));
        assertEquals("x", str().nullable().readText("x"));
    }

    @Test
    void should_word_a_broken_bound_once() {
        Type<Integer> limit = int_().ge(1).le(100);
        Invalid first = assertInstanceOf(Invalid.class, limit.readText("0"));
        assertSame(first, limit.readText("-5"), "the same bound refuses with the same words");
        assertEquals(Map.of("ge", 1), first.ctx());
        Type<String> q = str().maxLength(50);
        assertSame(q.readText("x".repeat(51)), q.readText("y".repeat(60)));
    }

    @Test
    void should_refuse_the_items_of_a_repeated_value_one_by_one() {
        var failures = new java.util.ArrayList<String>();
        List<Integer> read = listOf(int_().ge(0))
                .fromTexts(
                        List.of("1", "x", "-1", "4"), (index, invalid) -> failures.add(index + ":" + invalid.type()));
        assertEquals(List.of("1:int_parsing", "2:greater_than_equal"), failures);
        assertEquals(List.of(1, 4), read);
    }
}
