package dev.flute.dsl.http;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Parses a {@code Range} header against a file size the way Starlette's {@code FileResponse} does,
 * but merges overlapping ranges after sorting them: O(n log n) instead of Starlette's quadratic
 * merge, which a header of many small ranges turned into a denial of service (CVE-2025-62727).
 */
final class ByteRanges {
    private ByteRanges() {}

    /** A half-open byte range {@code [start, end)}. */
    record Range(long start, long end) {
        long length() {
            return end - start;
        }
    }

    /** The header cannot be used: answered 400 with this text. */
    static final class Malformed extends RuntimeException {
        Malformed(String text) {
            super(text, null, false, false);
        }
    }

    /** No requested range starts inside the file: answered 416. */
    static final class NotSatisfiable extends RuntimeException {
        NotSatisfiable() {
            super(null, null, false, false);
        }
    }

    static List<Range> parse(String header, long size) {
        int eq = header.indexOf('=');
        if (eq < 0) throw new Malformed("Malformed range header.");
        String units = header.substring(0, eq).strip().toLowerCase(java.util.Locale.ROOT);
        if (!units.equals("bytes")) throw new Malformed("Only support bytes range");
        List<Range> ranges = parts(header.substring(eq + 1), size);
        if (ranges.isEmpty()) throw new Malformed("Range header: range must be requested");
        for (Range r : ranges) if (r.start() < 0 || r.start() >= size) throw new NotSatisfiable();
        for (Range r : ranges)
            if (r.start() > r.end()) throw new Malformed("Range header: start must be less than end");
        if (ranges.size() == 1) return ranges;
        ranges.sort(Comparator.comparingLong(Range::start));
        var merged = new ArrayList<Range>(ranges.size());
        Range current = ranges.get(0);
        for (int i = 1; i < ranges.size(); i++) {
            Range next = ranges.get(i);
            if (next.start() <= current.end())
                current = new Range(current.start(), Math.max(current.end(), next.end()));
            else {
                merged.add(current);
                current = next;
            }
        }
        merged.add(current);
        return merged;
    }

    /** Each {@code start-end}, {@code start-} or {@code -suffix}; anything else is skipped, as Starlette does. */
    private static List<Range> parts(String spec, long size) {
        var out = new ArrayList<Range>();
        for (String raw : spec.split(",", -1)) {
            String part = raw.strip();
            int dash = part.indexOf('-');
            if (part.isEmpty() || part.equals("-") || dash < 0) continue;
            String from = part.substring(0, dash).strip();
            String to = part.substring(dash + 1).strip();
            try {
                long start = from.isEmpty() ? size - number(to) : number(from);
                long end = !from.isEmpty() && !to.isEmpty() && number(to) < size ? number(to) + 1 : size;
                out.add(new Range(start, end));
            } catch (NumberFormatException notNumeric) {
                // Starlette skips a part that is not numeric.
            }
        }
        return out;
    }

    /** Python's {@code int()} of a range bound: digits with an optional sign, nothing else. */
    private static long number(String text) {
        int first = text.startsWith("+") || text.startsWith("-") ? 1 : 0;
        if (text.length() == first) throw new NumberFormatException(text);
        for (int i = first; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') throw new NumberFormatException(text);
        }
        return Long.parseLong(text.startsWith("+") ? text.substring(1) : text);
    }
}
