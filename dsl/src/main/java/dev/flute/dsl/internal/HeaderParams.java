package dev.flute.dsl.internal;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * A header value with parameters, {@code form-data; name="a"; filename="b.txt"}: the value
 * lower-cased, parameter names lower-cased, quoted strings unquoted ({@code \"} and {@code \\}
 * unescaped), and RFC 5987 extended values ({@code filename*=UTF-8''%E6%96%87}) decoded, kept under
 * their starred name. Never throws: what cannot be read is left out.
 */
record HeaderParams(String value, Map<String, String> params) {

    static HeaderParams parse(String header) {
        if (header == null) return new HeaderParams("", Map.of());
        int semi = nextSemicolon(header, 0);
        String value = header.substring(0, semi).strip().toLowerCase(Locale.ROOT);
        var params = new HashMap<String, String>();
        int i = semi + 1;
        while (i < header.length()) {
            int end = nextSemicolon(header, i);
            String param = header.substring(i, end);
            int eq = param.indexOf('=');
            if (eq > 0) {
                String name = param.substring(0, eq).strip().toLowerCase(Locale.ROOT);
                String raw = param.substring(eq + 1).strip();
                String decoded = name.endsWith("*") ? extended(raw) : unquote(raw);
                if (decoded != null && !name.isEmpty()) params.put(name, decoded);
            }
            i = end + 1;
        }
        return new HeaderParams(value, params);
    }

    /** The next {@code ;} outside a quoted string, or the end. */
    private static int nextSemicolon(String s, int from) {
        boolean quoted = false;
        for (int i = from; i < s.length(); i++) {
            char c = s.charAt(i);
            if (quoted && c == '\\') i++;
            else if (c == '"') quoted = !quoted;
            else if (c == ';' && !quoted) return i;
        }
        return s.length();
    }

    /** Python's {@code email.utils.unquote}: only {@code \\} and {@code \"} are escapes. */
    private static String unquote(String raw) {
        if (raw.length() < 2 || raw.charAt(0) != '"' || raw.charAt(raw.length() - 1) != '"') return raw;
        String inner = raw.substring(1, raw.length() - 1);
        var out = new StringBuilder(inner.length());
        for (int i = 0; i < inner.length(); i++) {
            char c = inner.charAt(i);
            if (c == '\\' && i + 1 < inner.length() && (inner.charAt(i + 1) == '\\' || inner.charAt(i + 1) == '"')) {
                out.append(inner.charAt(++i));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** {@code charset'language'percent-encoded}; null when the charset is unknown or the form is wrong. */
    private static String extended(String raw) {
        int first = raw.indexOf('\'');
        int second = first < 0 ? -1 : raw.indexOf('\'', first + 1);
        if (second < 0) return null;
        Charset charset;
        try {
            charset = Charset.forName(raw.substring(0, first));
        } catch (RuntimeException unknown) {
            return null;
        }
        if (charset != StandardCharsets.UTF_8 && charset != StandardCharsets.ISO_8859_1) return null;
        var bytes = new ByteArrayOutputStream(raw.length());
        for (int i = second + 1; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '%'
                    && i + 2 < raw.length()
                    && Character.digit(raw.charAt(i + 1), 16) >= 0
                    && Character.digit(raw.charAt(i + 2), 16) >= 0) {
                bytes.write(Character.digit(raw.charAt(i + 1), 16) * 16 + Character.digit(raw.charAt(i + 2), 16));
                i += 2;
            } else {
                bytes.write(c & 0xFF);
            }
        }
        return bytes.toString(charset);
    }
}
