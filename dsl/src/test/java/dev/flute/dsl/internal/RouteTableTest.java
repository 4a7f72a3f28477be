package dev.flute.dsl.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.flute.dsl.spi.PathTemplate;
import io.vertx.core.http.HttpMethod;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The trie looks literal segments up where they lie in the path; every route stays reachable. */
class RouteTableTest {
    private static RouteTable<String> table(String... templates) {
        var table = new RouteTable<String>();
        for (String t : templates) table.add(PathTemplate.parse(t), HttpMethod.GET, t);
        return table;
    }

    @Test
    void should_reach_every_one_of_ten_thousand_literal_routes() {
        var table = new RouteTable<String>();
        for (int i = 0; i < 10_000; i++)
            table.add(PathTemplate.parse("/r" + i + "/items/<id>"), HttpMethod.GET, "r" + i);
        for (int i = 0; i < 10_000; i += 997) {
            var match = table.match(HttpMethod.GET, "/r" + i + "/items/7");
            assertEquals("r" + i, match.target());
            assertArrayEquals(new String[] {"7"}, match.captures());
        }
        assertFalse(table.match(HttpMethod.GET, "/r10000/items/7").found());
    }

    @Test
    void should_find_any_of_ten_thousand_numbered_segments_in_a_few_comparisons() {
        // r0 … r9999 hash to nearly consecutive values: linear probing on the low bits clustered
        // them, r999 of a thousand was the 27th key compared, the worst of ten thousand far beyond.
        var table = new RouteTable<String>();
        for (int i = 0; i < 10_000; i++) table.add(PathTemplate.parse("/r" + i), HttpMethod.GET, "r" + i);
        int longest = table.longestFirstSegmentProbe();
        assertTrue(longest <= 12, "the longest lookup compares " + longest + " keys");
    }

    @Test
    void should_tell_apart_segments_whose_hashes_collide() {
        // "Aa" and "BB" have the same String.hashCode.
        var table = table("/Aa", "/BB", "/Aa/x");
        assertEquals("/Aa", table.match(HttpMethod.GET, "/Aa").target());
        assertEquals("/BB", table.match(HttpMethod.GET, "/BB").target());
        assertEquals("/Aa/x", table.match(HttpMethod.GET, "/Aa/x").target());
        assertNull(table.match(HttpMethod.GET, "/Ab").target());
    }

    @Test
    void should_match_an_escaped_literal_segment_decoded() {
        var table = table("/café/<name>", "/a b");
        var match = table.match(HttpMethod.GET, "/caf%C3%A9/J%C3%BCrgen");
        assertEquals("/café/<name>", match.target());
        assertArrayEquals(new String[] {"Jürgen"}, match.captures());
        assertEquals("/a b", table.match(HttpMethod.GET, "/a%20b").target());
    }

    @Test
    void should_list_the_methods_a_path_matches_under() {
        var table = new RouteTable<String>();
        table.add(PathTemplate.parse("/items/<id>"), HttpMethod.PUT, "put");
        table.add(PathTemplate.parse("/items/<id>"), HttpMethod.DELETE, "delete");
        var match = table.match(HttpMethod.GET, "/items/1");
        assertFalse(match.found());
        assertEquals(Set.of(HttpMethod.PUT, HttpMethod.DELETE), match.allowed());
    }
}
