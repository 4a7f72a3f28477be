package dev.flute.dsl.python;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Python's own answers, from {@code str.title()} in CPython 3.13. */
class PyStringsTest {

    @Test
    void should_title_case_like_python() {
        assertEquals("Item Id", PyStrings.fieldTitle("item_id"));
        assertEquals("X-Token", PyStrings.fieldTitle("x-token"));
        assertEquals("Fullname", PyStrings.fieldTitle("fullName"));
        assertEquals("Response Read Items Items  Get", PyStrings.fieldTitle("Response_read_items_items__get"));
        assertEquals("V2Data", PyStrings.title("v2data"));
        assertEquals("Don'T", PyStrings.title("don't"));
        assertEquals("Éclair Über", PyStrings.title("éCLAIR über"));
        assertEquals("Read Item", PyStrings.summary("read_item"));
    }
}
