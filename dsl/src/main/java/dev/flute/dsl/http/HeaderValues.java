package dev.flute.dsl.http;

/**
 * What a header value may hold (RFC 9110 §5.5): no control character but the tab. A CR or LF would
 * end the header and start another (response splitting); Vert.x refuses them when the response is
 * written, too late for anyone to be told. Values are checked where they are set instead.
 */
final class HeaderValues {
    private HeaderValues() {}

    /** The value, or an {@link IllegalArgumentException} naming the header and the character. */
    static String checked(String name, String value) {
        if (value == null) throw new IllegalArgumentException("header " + name + " has no value");
        int at = firstControl(value);
        if (at >= 0) {
            throw new IllegalArgumentException("header " + name + " holds the control character U+"
                    + String.format("%04X", (int) value.charAt(at)) + " at " + at);
        }
        return value;
    }

    /** The index of the first control character other than tab, or -1. */
    static int firstControl(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if ((c < 0x20 && c != '\t') || c == 0x7F) return i;
        }
        return -1;
    }
}
