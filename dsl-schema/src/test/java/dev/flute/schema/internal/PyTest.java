package dev.flute.schema.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Python's own answers, from {@code str.title()} in CPython 3.13. */
class PyTest {

    @Test
    void should_title_case_like_python() {
        assertEquals("Item Id", Py.fieldTitle("item_id"));
        assertEquals("X-Token", Py.fieldTitle("x-token"));
        assertEquals("Fullname", Py.fieldTitle("fullName"));
        assertEquals("Response Read Items Items  Get", Py.fieldTitle("Response_read_items_items__get"));
        assertEquals("V2Data", Py.title("v2data"));
        assertEquals("Don'T", Py.title("don't"));
        assertEquals("Éclair Über", Py.title("éCLAIR über"));
        assertEquals("Read Item", Py.summary("read_item"));
    }
}
