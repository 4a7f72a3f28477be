package dev.flute.dsl.types;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** Strings are checked as Pydantic checks them: lengths in code points, patterns searched the Rust way. */
class StrTypeTest {

    @Test
    void a_dollar_is_the_end_of_the_text_not_a_line_before_it() {
        var password = new StrType().pattern("^password$");
        assertEquals("password", password.fromText("password"));
        var refused = assertThrows(Invalid.class, () -> password.fromText("password\n"));
        assertEquals("string_pattern_mismatch", refused.type());
        assertEquals("String should match pattern '^password$'", refused.msg());
        assertEquals(Map.of("pattern", "^password$"), refused.ctx());
    }

    @Test
    void dollars_that_are_escaped_or_in_classes_stay_literal() {
        assertEquals("^a\\$b[$]\\z", Regex.toJava("^a\\$b[$]$"));
        assertEquals("costs $5", new StrType().pattern("\\$[0-9]").fromText("costs $5"));
    }

    @Test
    void lengths_count_code_points() {
        var two = new StrType().maxLength(2);
        assertEquals("😀😀", two.fromText("😀😀"));
        var refused = assertThrows(Invalid.class, () -> two.fromText("😀😀😀"));
        assertEquals("String should have at most 2 characters", refused.msg());
    }
}
