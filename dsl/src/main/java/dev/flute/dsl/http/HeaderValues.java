package dev.flute.dsl.http;

/**
 * What a response header may be (RFC 9110 §5): a name made of token characters, a value without a
 * control character other than tab. A CR or LF would end the header and start another (response
 * splitting), and Vert.x refuses them only when the response is written, too late for anyone to be
 * told. Headers are checked where they are set instead, so the mistake is a logged 500.
 */
public final class HeaderValues {
    private HeaderValues() {}

    private static final String TOKEN = "!#$%&'*+-.^_`|~";

    /** Throws an {@link IllegalArgumentException} naming the header and the character it may not hold. */
    public static void check(String name, String value) {
        if (name == null || name.isEmpty() || !name.chars().allMatch(HeaderValues::isToken))
            throw new IllegalArgumentException("a header name is a token: '" + name + "'");
        if (value == null) throw new IllegalArgumentException("header " + name + " has no value");
        int at = firstControl(value);
        if (at >= 0) {
            throw new IllegalArgumentException("header " + name + " holds the control character U+"
                    + String.format("%04X", (int) value.charAt(at)) + " at " + at);
        }
    }

    /** The index of the first control character other than tab, or -1. */
    static int firstControl(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if ((c < 0x20 && c != '\t') || c == 0x7F) return i;
        }
        return -1;
    }

    private static boolean isToken(int c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || TOKEN.indexOf(c) >= 0;
    }
}
