package dev.flute.dsl.python;

/**
 * Locates the first syntax error in a JSON text the way CPython's {@code json.loads} (3.13, C
 * scanner, strict) reports it: the same message (the {@code msg} of its {@code JSONDecodeError})
 * and the same character offset. Only used on the error path, after Jackson has rejected a body,
 * to fill FastAPI's {@code json_invalid} error: {@code "loc":["body",pos]},
 * {@code "ctx":{"error":msg}}.
 */
public final class PyJsonErrors {
    /** A decode error: Python's message and code-point offset. */
    public record Failure(String msg, int pos) {}

    private static final class Stop extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final String msg;
        final int pos;

        Stop(String msg, int pos) {
            super(msg, null, false, false);
            this.msg = msg;
            this.pos = pos;
        }
    }

    private static final String EXPECTING_VALUE = "Expecting value";

    private final String s;
    private final int len;

    private PyJsonErrors(String s) {
        this.s = s;
        this.len = s.length();
    }

    /** The error Python would report for {@code text}, or null if Python would accept it. */
    public static Failure find(String text) {
        PyJsonErrors p = new PyJsonErrors(text);
        try {
            int end = p.scan(p.ws(0));
            end = p.ws(end);
            if (end != p.len) {
                throw new Stop("Extra data", end);
            }
            return null;
        } catch (Stop e) {
            return new Failure(e.msg, text.codePointCount(0, Math.min(e.pos, p.len)) + Math.max(0, e.pos - p.len));
        } catch (StackOverflowError e) {
            return null;
        }
    }

    private int ws(int i) {
        while (i < len) {
            char c = s.charAt(i);
            if (c != ' ' && c != '\t' && c != '\n' && c != '\r') {
                break;
            }
            i++;
        }
        return i;
    }

    private boolean at(int i, String word) {
        return s.startsWith(word, i);
    }

    /** {@code scan_once}: parses one value at {@code idx}, returns the index after it. */
    private int scan(int idx) {
        if (idx >= len) {
            throw new Stop(EXPECTING_VALUE, idx);
        }
        switch (s.charAt(idx)) {
            case '"':
                return string(idx + 1);
            case '{':
                return object(idx + 1);
            case '[':
                return array(idx + 1);
            case 'n':
                if (idx + 3 < len && at(idx, "null")) {
                    return idx + 4;
                }
                break;
            case 't':
                if (idx + 3 < len && at(idx, "true")) {
                    return idx + 4;
                }
                break;
            case 'f':
                if (idx + 4 < len && at(idx, "false")) {
                    return idx + 5;
                }
                break;
            case 'N':
                if (idx + 2 < len && at(idx, "NaN")) {
                    return idx + 3;
                }
                break;
            case 'I':
                if (idx + 7 < len && at(idx, "Infinity")) {
                    return idx + 8;
                }
                break;
            case '-':
                if (idx + 8 < len && at(idx, "-Infinity")) {
                    return idx + 9;
                }
                break;
            default:
                break;
        }
        return number(idx);
    }

    private static boolean digit(char c) {
        return c >= '0' && c <= '9';
    }

    private int number(int start) {
        int idx = start;
        int endIdx = len - 1;
        if (s.charAt(idx) == '-') {
            idx++;
            if (idx > endIdx) {
                throw new Stop(EXPECTING_VALUE, start);
            }
        }
        char c = s.charAt(idx);
        if (c >= '1' && c <= '9') {
            idx++;
            while (idx <= endIdx && digit(s.charAt(idx))) {
                idx++;
            }
        } else if (c == '0') {
            idx++;
        } else {
            throw new Stop(EXPECTING_VALUE, start);
        }
        if (idx < endIdx && s.charAt(idx) == '.' && digit(s.charAt(idx + 1))) {
            idx += 2;
            while (idx <= endIdx && digit(s.charAt(idx))) {
                idx++;
            }
        }
        if (idx < endIdx && (s.charAt(idx) == 'e' || s.charAt(idx) == 'E')) {
            int eStart = idx;
            idx++;
            if (idx < endIdx && (s.charAt(idx) == '-' || s.charAt(idx) == '+')) {
                idx++;
            }
            while (idx <= endIdx && digit(s.charAt(idx))) {
                idx++;
            }
            if (!digit(s.charAt(idx - 1))) {
                idx = eStart;
            }
        }
        return idx;
    }

    /** {@code scanstring}: {@code end} is just after the opening quote. */
    private int string(int end) {
        int begin = end - 1;
        while (true) {
            char c = 0;
            int next;
            for (next = end; next < len; next++) {
                c = s.charAt(next);
                if (c == '"' || c == '\\') {
                    break;
                } else if (c <= 0x1f) {
                    throw new Stop("Invalid control character at", next);
                }
            }
            if (next >= len || !(c == '"' || c == '\\')) {
                throw new Stop("Unterminated string starting at", begin);
            }
            next++;
            if (c == '"') {
                return next;
            }
            if (next == len) {
                throw new Stop("Unterminated string starting at", begin);
            }
            c = s.charAt(next);
            if (c != 'u') {
                end = next + 1;
                if ("\"\\/bfnrt".indexOf(c) < 0) {
                    throw new Stop("Invalid \\escape", end - 2);
                }
            } else {
                next++;
                end = next + 4;
                if (end >= len) {
                    throw new Stop("Invalid \\uXXXX escape", next - 1);
                }
                int cp = 0;
                for (; next < end; next++) {
                    int d = Character.digit(s.charAt(next), 16);
                    if (d < 0 || s.charAt(next) > 0x7f) {
                        throw new Stop("Invalid \\uXXXX escape", end - 5);
                    }
                    cp = (cp << 4) | d;
                }
                if (Character.isHighSurrogate((char) cp)
                        && end + 6 < len
                        && s.charAt(next) == '\\'
                        && s.charAt(next + 1) == 'u') {
                    next += 2;
                    end += 6;
                    for (; next < end; next++) {
                        int d = Character.digit(s.charAt(next), 16);
                        if (d < 0 || s.charAt(next) > 0x7f) {
                            throw new Stop("Invalid \\uXXXX escape", end - 5);
                        }
                    }
                }
            }
        }
    }

    private int object(int idx) {
        int endIdx = len - 1;
        idx = ws(idx);
        if (idx > endIdx || s.charAt(idx) != '}') {
            while (true) {
                if (idx > endIdx || s.charAt(idx) != '"') {
                    throw new Stop("Expecting property name enclosed in double quotes", idx);
                }
                idx = ws(string(idx + 1));
                if (idx > endIdx || s.charAt(idx) != ':') {
                    throw new Stop("Expecting ':' delimiter", idx);
                }
                idx = ws(scan(ws(idx + 1)));
                if (idx <= endIdx && s.charAt(idx) == '}') {
                    break;
                }
                if (idx > endIdx || s.charAt(idx) != ',') {
                    throw new Stop("Expecting ',' delimiter", idx);
                }
                int comma = idx;
                idx = ws(idx + 1);
                // CPython 3.13 names a trailing comma, at the comma.
                if (idx <= endIdx && s.charAt(idx) == '}') {
                    throw new Stop("Illegal trailing comma before end of object", comma);
                }
            }
        }
        return idx + 1;
    }

    private int array(int idx) {
        int endIdx = len - 1;
        idx = ws(idx);
        if (idx > endIdx || s.charAt(idx) != ']') {
            while (true) {
                idx = ws(scan(idx));
                if (idx <= endIdx && s.charAt(idx) == ']') {
                    break;
                }
                if (idx > endIdx || s.charAt(idx) != ',') {
                    throw new Stop("Expecting ',' delimiter", idx);
                }
                int comma = idx;
                idx = ws(idx + 1);
                if (idx <= endIdx && s.charAt(idx) == ']') {
                    throw new Stop("Illegal trailing comma before end of array", comma);
                }
            }
        }
        return idx + 1;
    }
}
