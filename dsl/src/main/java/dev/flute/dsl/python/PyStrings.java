package dev.flute.dsl.python;

/**
 * The bits of Python's string handling FastAPI's answers depend on: {@code str.title()} for the
 * document's titles and summaries, and Python's whitespace for the {@code Authorization} header's
 * parameter and the password form's scopes.
 */
public final class PyStrings {
    private PyStrings() {}

    /**
     * Python's {@code str.title()}: a cased character is upper-cased when the one before it is not
     * cased, lower-cased otherwise ({@code "x-token"} → {@code "X-Token"}, {@code "v2data"} →
     * {@code "V2Data"}).
     */
    public static String title(String s) {
        var out = new StringBuilder(s.length());
        boolean previousCased = false;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            boolean cased = Character.isUpperCase(cp) || Character.isLowerCase(cp) || Character.isTitleCase(cp);
            if (cased) {
                out.appendCodePoint(previousCased ? Character.toLowerCase(cp) : Character.toTitleCase(cp));
            } else {
                out.appendCodePoint(cp);
            }
            previousCased = cased;
            i += Character.charCount(cp);
        }
        return out.toString();
    }

    /** FastAPI's parameter title: {@code alias.title().replace("_", " ")} ({@code item_id} → "Item Id"). */
    public static String fieldTitle(String alias) {
        return title(alias).replace('_', ' ');
    }

    /** FastAPI's default summary: {@code name.replace("_", " ").title()} ({@code read_item} → "Read Item"). */
    public static String summary(String name) {
        return title(name.replace('_', ' '));
    }

    /**
     * Python's {@code str.isspace()} for one character: Java's {@code isWhitespace} leaves out four
     * characters Python counts (NEL, NO-BREAK SPACE, FIGURE SPACE, NARROW NO-BREAK SPACE).
     */
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
    public static java.util.List<String> split(String s) {
        var out = new java.util.ArrayList<String>();
        int i = 0;
        int n = s.length();
        while (i < n) {
            while (i < n && isSpace(s.charAt(i))) i++;
            int start = i;
            while (i < n && !isSpace(s.charAt(i))) i++;
            if (i > start) out.add(s.substring(start, i));
        }
        return java.util.List.copyOf(out);
    }
}
