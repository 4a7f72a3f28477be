package dev.flute.client;

import java.nio.charset.StandardCharsets;

/**
 * Percent-encoding of the texts a client puts in a URL. Everything but RFC 3986's unreserved
 * characters is encoded, as UTF-8: the strictest form, which every server decodes back to the
 * same text (a space is {@code %20}, never {@code +}).
 */
final class Percent {
    private Percent() {}

    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    /** One path segment, a query name or a query value. */
    static String encode(String text) {
        if (unreserved(text)) return text;
        var out = new StringBuilder(text.length() * 3);
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xFF);
            if (unreserved(c)) out.append(c);
            else out.append('%').append(HEX[c >> 4]).append(HEX[c & 0xF]);
        }
        return out.toString();
    }

    private static boolean unreserved(String text) {
        for (int i = 0; i < text.length(); i++) if (!unreserved(text.charAt(i))) return false;
        return true;
    }

    private static boolean unreserved(char c) {
        return (c >= 'a' && c <= 'z')
                || (c >= 'A' && c <= 'Z')
                || (c >= '0' && c <= '9')
                || c == '-'
                || c == '.'
                || c == '_'
                || c == '~';
    }
}
