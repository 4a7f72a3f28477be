package dev.flute.bench.raw;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Offsets and messages as CPython 3.13's json.loads reports them; the raw server's copy of Flute's
 * helper (the raw server uses no Flute code) must not drift from it.
 */
class PyJsonErrorsTest {
    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '`',
            value = {
                "{\"name\":|Expecting value|8",
                "``|Expecting value|0",
                "`   `|Expecting value|3",
                "[1,]|Illegal trailing comma before end of array|2",
                "{\"a\":tru}|Expecting value|5",
                "-|Expecting value|0",
                "{\"a\":1,}|Illegal trailing comma before end of object|6",
                "{'a':1}|Expecting property name enclosed in double quotes|1",
                "{\"a\" 1}|Expecting ':' delimiter|5",
                "[1 2]|Expecting ',' delimiter|3",
                "{\"a\":1 \"b\":2}|Expecting ',' delimiter|7",
                "{\"a\":1} x|Extra data|8",
                "01|Extra data|1",
                "\"abc|Unterminated string starting at|0",
                "{\"a\":\"\\x\"}|Invalid \\escape|6",
                "\"\\u12\"|Invalid \\uXXXX escape|2",
                "[\"\u00e9\u00e9\", x]|Expecting value|7",
            })
    void reportsLikePython(String text, String msg, int pos) {
        PyJsonErrors.Failure f = PyJsonErrors.find(text == null ? "" : text);
        assertEquals(new PyJsonErrors.Failure(msg, pos), f, text);
    }

    @Test
    void controlCharacterInString() {
        assertEquals(new PyJsonErrors.Failure("Invalid control character at", 6), PyJsonErrors.find("{\"a\":\"\n\"}"));
    }

    @Test
    void offsetsCountCodePoints() {
        // U+1F600 is two UTF-16 chars but one Python character.
        assertEquals(new PyJsonErrors.Failure("Expecting value", 6), PyJsonErrors.find("[\"\uD83D\uDE00\", x]"));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "{}",
                "[]",
                "null",
                " {\"a\": [1, 2.5e3, -0, true, false, null, \"\\u00e9\"]} ",
                "NaN",
                "-Infinity"
            })
    void acceptsWhatPythonAccepts(String text) {
        assertNull(PyJsonErrors.find(text));
    }

    /** The raw server keeps its own copy; this is what keeps the copy honest. */
    @ParameterizedTest
    @ValueSource(
            strings = {
                "{\"name\":",
                "",
                "   ",
                "[1,]",
                "[1,,2]",
                "{\"a\":1,}",
                "{\"a\":1,\"b\":2,}",
                "{'a':1}",
                "{\"a\" 1}",
                "[1 2]",
                "{\"a\":1} x",
                "01",
                "\"abc",
                "{\"a\":\"\\x\"}",
                "\"\\u12\"",
                "[\"\u00e9\u00e9\", x]",
                "-",
                "1e",
                "1.",
                "[-]",
                "{\"a\":[1,{\"b\":}]}",
                "\ud83d\ude00",
                "{\"\ud83d\ude00\":x}",
                "NaN",
                "[Infinity,]"
            })
    void theRawCopyAnswersAsFlutes(String text) {
        var flute = dev.flute.dsl.python.PyJsonErrors.find(text);
        var raw = PyJsonErrors.find(text);
        assertEquals(flute == null ? null : new PyJsonErrors.Failure(flute.msg(), flute.pos()), raw, text);
    }
}
