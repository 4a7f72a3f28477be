package dev.flute.auth.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * Python's notion of whitespace, for the few places where FastAPI's answer depends on it: the
 * {@code Authorization} header's parameter ({@code str.strip()}) and the password form's
 * {@code scope} ({@code str.split()}). Java's {@code isWhitespace} leaves out four characters that
 * Python counts (NEL, NO-BREAK SPACE, FIGURE SPACE, NARROW NO-BREAK SPACE).
 */
public final class Py {
    private Py() {}

    /** Python's {@code str.isspace()} for one character. */
    public static boolean isSpace(char c) {
        return Character.isWhitespace(c) || c == '\u0085' || c == '\u00a0' || c == '\u2007' || c == '\u202f';
    }

    /** Python's {@code str.strip()}. */
    public static String strip(String s) {
        int start = 0;
        int end = s.length();
        while (start < end && isSpace(s.charAt(start))) start++;
        while (end > start && isSpace(s.charAt(end - 1))) end--;
        return s.substring(start, end);
    }

    /** Python's {@code str.split()}: runs of whitespace separate, no empty items. */
    public static List<String> split(String s) {
        var out = new ArrayList<String>();
        int i = 0;
        int n = s.length();
        while (i < n) {
            while (i < n && isSpace(s.charAt(i))) i++;
            int start = i;
            while (i < n && !isSpace(s.charAt(i))) i++;
            if (i > start) out.add(s.substring(start, i));
        }
        return List.copyOf(out);
    }
}
