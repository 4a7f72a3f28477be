package dev.flute.dsl.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class QueryStringTest {

    private static List<String> pairs(String query) {
        var out = new ArrayList<String>();
        QueryString.parse(query, (name, value) -> out.add(name + "=" + value));
        return out;
    }

    @Test
    void should_read_an_equals_sign_only_inside_its_own_pair() {
        // A bare name takes "" even when a later pair has an '=' (the search once ran past its pair).
        assertEquals(List.of("a=", "b=", "c=1"), pairs("a&b&c=1"));
        assertEquals(List.of("a=", "b=x=y"), pairs("a&&b=x=y&"));
    }

    @Test
    void should_decode_names_and_values() {
        assertEquals(List.of("a b=ü", "%zz=+"), pairs("a+b=%C3%BC&%zz=%2B"));
        assertEquals("1", QueryString.parse("q=0&q=1").get("q"));
    }
}
