package dev.flute.examples.readme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.flute.examples.readme.Snippets.Block;
import dev.flute.examples.readme.Snippets.Region;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * README.md cannot rot: its Java is compiled and its answers are asserted.
 *
 * <ul>
 *   <li>Every {@code ```java} block equals a region of a source of this module (tests or main)
 *       marked {@code // README: name} … {@code // README: end}, after {@code stripIndent().strip()};
 *       the file a region is in compiles, and the tests beside it run what it declares.
 *   <li>Every marked region is quoted: a region the README dropped is not left to drift.
 *   <li>In {@code ```http} blocks (what a route answers), a request line {@code METHOD URI ...}
 *       names a URI that a test source spells as a string, and an answer line {@code STATUS [BODY]}
 *       shows a body that a test source spells (escapes undone): the test that asserts it. Notes
 *       after two spaces in brackets are not checked, and {@code …} stands for what varies.
 *   <li>Every link to a section ({@code (#anchor)}) finds its heading, as GitHub names them.
 * </ul>
 */
class ReadmeQuotesTest {
    static final Path README = Path.of("..", "README.md");
    static final Path TESTS = Path.of("src", "test", "java");
    static final Path MAIN = Path.of("src", "main", "java");

    private static final Pattern REQUEST = Pattern.compile("^(GET|HEAD|POST|PUT|PATCH|DELETE|OPTIONS|WS) (\\S+).*");
    private static final Pattern ANSWER = Pattern.compile("^(\\d{3})(?: (.+))?$");
    /** What a line says in passing, after two spaces and in brackets: headers, the request's parts. */
    private static final Pattern LINK = Pattern.compile("\\]\\(#([^)]+)\\)");

    private static final Pattern NOTES = Pattern.compile("\\s{2,}\\(.*\\)$");

    @Test
    void every_java_block_is_a_marked_region_of_a_compiled_source() {
        Set<String> regions = Snippets.regions(List.of(TESTS, MAIN)).stream()
                .map(Region::text)
                .collect(Collectors.toSet());
        List<Block> java = javaBlocks();
        var unquoted = new ArrayList<String>();
        for (Block block : java) {
            if (!regions.contains(block.text())) unquoted.add("README.md:" + block.line() + " " + block.firstLine());
        }
        assertEquals(
                List.of(),
                unquoted,
                "these ```java blocks are not, word for word, a region marked // README: name ... // README: end"
                        + " in " + TESTS + " or " + MAIN);
        assertFalse(java.isEmpty(), "the README has Java blocks");
    }

    @Test
    void every_marked_region_is_quoted() {
        Set<String> quoted = javaBlocks().stream().map(Block::text).collect(Collectors.toSet());
        List<String> orphans = Snippets.regions(List.of(TESTS, MAIN)).stream()
                .filter(region -> !quoted.contains(region.text()))
                .map(region -> region.file() + ":" + region.line() + " " + region.name())
                .toList();
        assertEquals(List.of(), orphans, "these marked regions are not quoted in README.md as they are now");
    }

    @Test
    void every_answer_shown_is_spelled_in_a_test() throws Exception {
        String tests = unescape(testSources());
        var unasserted = new ArrayList<String>();
        for (Block block : Snippets.blocks(README)) {
            if (!block.language().equals("http")) continue;
            for (int i = 0; i < block.lines().size(); i++) {
                String line = block.lines().get(i).strip();
                String where = "README.md:" + (block.line() + i) + " " + line;
                Matcher request = REQUEST.matcher(line);
                Matcher answer = ANSWER.matcher(NOTES.matcher(line).replaceFirst(""));
                if (request.matches()) {
                    if (!tests.contains('"' + request.group(2) + '"')) unasserted.add(where);
                } else if (answer.matches() && answer.group(2) != null) {
                    for (String part : answer.group(2).split("…")) if (!tests.contains(part)) unasserted.add(where);
                }
            }
        }
        assertEquals(List.of(), unasserted, "no test source spells these requests or answers");
    }

    @Test
    void every_link_to_a_section_finds_its_heading() {
        List<String> lines = Snippets.read(README);
        Set<String> anchors = lines.stream()
                .filter(line -> line.startsWith("#"))
                .map(ReadmeQuotesTest::anchor)
                .collect(Collectors.toSet());
        var broken = new ArrayList<String>();
        for (int i = 0; i < lines.size(); i++) {
            Matcher link = LINK.matcher(lines.get(i));
            while (link.find())
                if (!anchors.contains(link.group(1))) broken.add("README.md:" + (i + 1) + " #" + link.group(1));
        }
        assertEquals(List.of(), broken, "these links name no heading");
    }

    /** GitHub's anchor of a heading: lower case, punctuation dropped, spaces as hyphens. */
    private static String anchor(String heading) {
        return heading.replaceFirst("^#+\\s*", "")
                .toLowerCase(java.util.Locale.ROOT)
                .replaceAll("[^\\p{L}\\p{N} _-]", "")
                .replace(' ', '-');
    }

    private static List<Block> javaBlocks() {
        return Snippets.blocks(README).stream()
                .filter(b -> b.language().equals("java"))
                .toList();
    }

    private static String testSources() throws Exception {
        try (Stream<Path> files = Files.walk(TESTS)) {
            var all = new StringBuilder();
            for (Path f : files.filter(f -> f.toString().endsWith(".java")).toList())
                all.append(Files.readString(f)).append('\n');
            return all.toString();
        }
    }

    /** Java's {@code \"} and {@code \\} as the characters they stand for, so a body reads as on the wire. */
    private static String unescape(String source) {
        var out = new StringBuilder(source.length());
        for (int i = 0; i < source.length(); i++) {
            char c = source.charAt(i);
            if (c == '\\' && i + 1 < source.length() && (source.charAt(i + 1) == '"' || source.charAt(i + 1) == '\\')) {
                c = source.charAt(++i);
            }
            out.append(c);
        }
        return out.toString();
    }
}
