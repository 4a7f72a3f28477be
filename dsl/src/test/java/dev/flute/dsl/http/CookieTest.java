package dev.flute.dsl.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A cookie's value can never add attributes to it; what Starlette writes, Flute writes. */
class CookieTest {

    @Test
    void should_quote_a_value_that_tries_to_add_attributes() {
        // Python's SimpleCookie, which Starlette's set_cookie uses, writes exactly this.
        assertEquals(
                "session=\"x\\073 Domain=example.com\\073 Max-Age=31536000\"; Path=/; SameSite=lax",
                Cookie.of("session", "x; Domain=example.com; Max-Age=31536000").encode());
    }

    @Test
    void should_quote_as_python_does() {
        assertEquals("plain", Cookie.quote("plain"));
        assertEquals("\"\"", Cookie.quote(""));
        assertEquals("\"a b\"", Cookie.quote("a b"));
        assertEquals("\"a\\054b\"", Cookie.quote("a,b"));
        assertEquals("\"\\\"q\\\"\"", Cookie.quote("\"q\""));
        assertEquals("\"a\\\\b\"", Cookie.quote("a\\b"));
        assertEquals("\"\\351\"", Cookie.quote("é"));
        assertEquals("\"line\\015\\012Set-Cookie: x=1\"", Cookie.quote("line\r\nSet-Cookie: x=1"));
    }

    @Test
    void should_read_back_what_it_quoted() {
        for (String value : List.of("x; Domain=evil", "a b", "", "\"q\"", "a\\b", "é", "tab\there")) {
            String header =
                    "s=" + Cookie.of("s", value).encode().split("; Path=")[0].substring(2);
            assertEquals(Map.of("s", value), Cookies.parse(List.of(header)), header);
        }
    }

    @Test
    void should_refuse_names_and_attributes_that_would_break_the_header() {
        assertThrows(IllegalArgumentException.class, () -> Cookie.of("a;b", "v"));
        assertThrows(IllegalArgumentException.class, () -> Cookie.of("a b", "v"));
        assertThrows(IllegalArgumentException.class, () -> Cookie.of("", "v"));
        assertThrows(IllegalArgumentException.class, () -> Cookie.of("s", "v").path("/; Domain=evil"));
        assertThrows(IllegalArgumentException.class, () -> Cookie.of("s", "v").domain("a.com\r\nX: y"));
        assertThrows(IllegalArgumentException.class, () -> Cookie.of("s", "v").sameSite("lax; Secure"));
        assertThrows(IllegalArgumentException.class, () -> Cookie.of("s", "€"));
    }
}
