package dev.flute.dsl.types;

import java.math.BigDecimal;
import java.math.BigInteger;

/** Reading and writing numbers the way Pydantic does, so messages match to the letter. */
public final class Numbers {
    private Numbers() {}

    /** Longer digit strings are refused before parsing, like Pydantic (and CPython's int limit). */
    static final int MAX_DIGITS = 4300;

    /**
     * A number as Pydantic's messages print it (Rust's {@code Display}): integers plainly, floats
     * without exponent and without a trailing {@code .0} ({@code 0.0} prints as {@code 0}).
     */
    public static String display(Number n) {
        if (n instanceof Double || n instanceof Float) {
            double d = n.doubleValue();
            if (Double.isNaN(d)) return "NaN";
            if (Double.isInfinite(d)) return d > 0 ? "inf" : "-inf";
            return new BigDecimal(Double.toString(d)).stripTrailingZeros().toPlainString();
        }
        return n.toString();
    }

    /**
     * Parses an integer as Pydantic reads it from text: surrounding white space ignored, an optional
     * sign, digits with single underscores between them, and an all-zero fraction allowed
     * ({@code "5.0"}).
     *
     * @return the value, or null when the text is no integer
     */
    static BigInteger parseInteger(String raw) {
        String s = raw.strip();
        if (s.length() > MAX_DIGITS) {
            throw new Invalid("int_parsing_size", "Unable to parse input string as an integer, exceeded maximum size");
        }
        int dot = s.indexOf('.');
        if (dot >= 0) {
            for (int i = dot + 1; i < s.length(); i++) if (s.charAt(i) != '0') return null;
            s = s.substring(0, dot);
        }
        int start = (s.startsWith("+") || s.startsWith("-")) ? 1 : 0;
        if (start == s.length()) return null;
        StringBuilder digits = null;
        for (int i = start; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '_') {
                boolean between =
                        i > start && i + 1 < s.length() && isDigit(s.charAt(i - 1)) && isDigit(s.charAt(i + 1));
                if (!between) return null;
                if (digits == null) digits = new StringBuilder(s.substring(0, i));
            } else if (!isDigit(c)) {
                return null;
            } else if (digits != null) {
                digits.append(c);
            }
        }
        String text = digits == null ? s : digits.toString();
        if (text.startsWith("+")) text = text.substring(1);
        return new BigInteger(text);
    }

    /**
     * Parses a float as Pydantic reads it from text: decimal or exponent notation, {@code inf},
     * {@code infinity} and {@code nan} in any case. Unlike {@link Double#parseDouble}, Java suffixes
     * ({@code 1d}) and hexadecimal forms are refused.
     *
     * @return the value, or null when the text is no number
     */
    static Double parseFloat(String raw) {
        String s = raw.strip();
        int i = 0;
        boolean negative = false;
        if (!s.isEmpty() && (s.charAt(0) == '+' || s.charAt(0) == '-')) {
            negative = s.charAt(0) == '-';
            i = 1;
        }
        String word = s.substring(i).toLowerCase(java.util.Locale.ROOT);
        if (word.equals("inf") || word.equals("infinity")) {
            return negative ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        }
        if (word.equals("nan")) return Double.NaN;
        int whole = digitRun(s, i);
        i += whole;
        int fraction = 0;
        if (i < s.length() && s.charAt(i) == '.') {
            fraction = digitRun(s, i + 1);
            i += 1 + fraction;
        }
        if (whole + fraction == 0) return null;
        if (i < s.length() && (s.charAt(i) == 'e' || s.charAt(i) == 'E')) {
            int j = i + 1;
            if (j < s.length() && (s.charAt(j) == '+' || s.charAt(j) == '-')) j++;
            int exponent = digitRun(s, j);
            if (exponent == 0) return null;
            i = j + exponent;
        }
        if (i != s.length()) return null;
        return Double.parseDouble(s.indexOf('_') < 0 ? s : s.replace("_", ""));
    }

    /** The length of a run of digits at {@code from}, with single underscores between digits. */
    private static int digitRun(String s, int from) {
        int i = from;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (isDigit(c)) {
                i++;
            } else if (c == '_' && i > from && i + 1 < s.length() && isDigit(s.charAt(i + 1))) {
                i++;
            } else {
                break;
            }
        }
        return i - from;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
