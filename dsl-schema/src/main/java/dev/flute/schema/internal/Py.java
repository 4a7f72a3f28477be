package dev.flute.schema.internal;

/**
 * The two bits of Python's string handling FastAPI's document depends on, so titles and summaries
 * come out letter for letter the same.
 */
public final class Py {
    private Py() {}

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
}
