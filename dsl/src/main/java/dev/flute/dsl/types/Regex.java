package dev.flute.dsl.types;

/**
 * A pattern as the user wrote it, and its Java translation with Pydantic's meaning. Pydantic
 * searches with Rust's regex engine, where {@code $} is the end of the text; in Java {@code $} also
 * matches before a final line break, so {@code ^password$} would accept {@code "password\n"}.
 * Outside character classes an unescaped {@code $} therefore becomes {@code \z}.
 *
 * @param source what the user wrote: shown in errors and in the schema
 * @param compiled what is searched
 */
public record Regex(String source, java.util.regex.Pattern compiled) {

    /** A pattern with Pydantic's (and JSON Schema's) meaning of {@code $}. */
    public static Regex of(String source) {
        return new Regex(source, java.util.regex.Pattern.compile(toJava(source)));
    }

    /** The Java regular expression that means what {@code rust} (or an ECMA-262 pattern) means. */
    public static String toJava(String rust) {
        var out = new StringBuilder(rust.length() + 4);
        int classDepth = 0;
        for (int i = 0; i < rust.length(); i++) {
            char c = rust.charAt(i);
            if (c == '\\' && i + 1 < rust.length()) {
                out.append(c).append(rust.charAt(++i));
            } else if (c == '[') {
                classDepth++;
                out.append(c);
            } else if (c == ']' && classDepth > 0) {
                classDepth--;
                out.append(c);
            } else if (c == '$' && classDepth == 0) {
                out.append("\\z");
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
