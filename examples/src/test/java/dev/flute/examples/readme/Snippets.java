package dev.flute.examples.readme;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.stream.Stream;

/**
 * The two sides of the README's quotes: its fenced blocks, and the regions of source files marked
 * {@code // README: name} … {@code // README: end}. Both are compared as {@link #normalize} makes them.
 */
final class Snippets {
    private Snippets() {}

    static final String START = "// README: ";
    static final String END = "// README: end";

    /** A fenced block of the README: its language ({@code java}, {@code http}, or empty), first line number, text. */
    record Block(String language, int line, List<String> lines) {
        String text() {
            return normalize(String.join("\n", lines));
        }

        String firstLine() {
            return lines.isEmpty() ? "" : lines.get(0).strip();
        }
    }

    /** A marked region: the file, the line of its start marker, its name and its text (markers left out). */
    record Region(Path file, int line, String name, String text) {}

    /**
     * A snippet as written, its common indentation and the blank lines around it left out. No
     * newline may end the text: {@code stripIndent} counts a last, empty line as unindented.
     */
    static String normalize(String text) {
        return text.stripIndent().strip();
    }

    static List<Block> blocks(Path markdown) {
        List<String> lines = read(markdown);
        var blocks = new ArrayList<Block>();
        for (int i = 0; i < lines.size(); i++) {
            String fence = lines.get(i).strip();
            if (!fence.startsWith("```")) continue;
            int start = i + 1;
            int end = start;
            while (end < lines.size() && !lines.get(end).strip().equals("```")) end++;
            blocks.add(new Block(fence.substring(3).strip(), start + 1, lines.subList(start, end)));
            i = end;
        }
        return blocks;
    }

    /** Every marked region of the {@code .java} files under these roots; regions may nest. */
    static List<Region> regions(List<Path> roots) {
        var regions = new ArrayList<Region>();
        for (Path root : roots) {
            try (Stream<Path> files = Files.walk(root)) {
                files.filter(f -> f.toString().endsWith(".java")).sorted().forEach(f -> regions.addAll(regionsOf(f)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return regions;
    }

    private static List<Region> regionsOf(Path file) {
        List<String> lines = read(file);
        var regions = new ArrayList<Region>();
        Deque<Integer> open = new ArrayDeque<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.equals(END)) {
                if (open.isEmpty()) throw new IllegalStateException(file + ":" + (i + 1) + ": an end without a start");
                int start = open.pop();
                String name = lines.get(start).strip().substring(START.length());
                regions.add(new Region(file, start + 1, name, textBetween(lines, start, i)));
            } else if (line.startsWith(START)) {
                open.push(i);
            }
        }
        if (!open.isEmpty())
            throw new IllegalStateException(file + ":" + (open.peek() + 1) + ": a start without an end");
        return regions;
    }

    /** The lines strictly between two markers, without the markers of regions nested inside. */
    private static String textBetween(List<String> lines, int start, int end) {
        List<String> inside = lines.subList(start + 1, end).stream()
                .filter(line -> !line.strip().startsWith(START))
                .toList();
        return normalize(String.join("\n", inside));
    }

    static List<String> read(Path file) {
        try {
            return Files.readAllLines(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
