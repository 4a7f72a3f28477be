package dev.flute.dsl.types;

import java.net.IDN;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * E-mail address syntax as Pydantic's {@code EmailStr} checks it: Pydantic's own steps (a length cap,
 * {@code Name <address>} unwrapped, surrounding spaces dropped), then email-validator 2.2 with
 * Pydantic's options (internationalized addresses allowed; quoted local parts, bracketed IP addresses
 * and display names refused; no DNS lookup). The reasons are email-validator's, word for word; the
 * result is its normalized address (domain lower-cased and in Unicode, local part NFC, RFC 2142
 * mailbox names lower-cased).
 *
 * <p>Domains with non-ASCII characters go through {@link IDN} (IDNA 2003) where email-validator uses
 * IDNA 2008 with UTS 46 mapping: the two agree on ordinary internationalized domains and differ on
 * rare code points (see the README's e-mail notes).
 */
final class Emails {
    private Emails() {}

    static final int MAX_LENGTH = 2048;
    private static final int EMAIL_MAX = 254;
    private static final int LOCAL_MAX = 64;
    private static final int LABEL_MAX = 63;
    private static final int DOMAIN_MAX = 253;

    private static final String ATEXT = "a-zA-Z0-9_!#$%&'*+\\-/=?^`{|}~";
    private static final String INTL = "\\x{80}-\\x{10FFFF}";
    private static final Pattern ATEXT_DOT = Pattern.compile("[." + ATEXT + "]");
    private static final Pattern ATEXT_INTL_DOT = Pattern.compile("[." + ATEXT + INTL + "]");
    private static final Pattern DOT_ATOM = Pattern.compile("[" + ATEXT + "]+(?:\\.[" + ATEXT + "]+)*");
    private static final Pattern DOT_ATOM_INTL =
            Pattern.compile("[" + ATEXT + INTL + "]+(?:\\.[" + ATEXT + INTL + "]+)*");
    private static final Pattern HOSTNAME_CHAR = Pattern.compile("[a-zA-Z0-9\\-." + INTL + "]");
    private static final String LABEL = "(?:(?:[a-zA-Z0-9][a-zA-Z0-9\\-]*)?[a-zA-Z0-9])";
    private static final Pattern HOSTNAME = Pattern.compile(LABEL + "(?:\\." + LABEL + ")*");
    private static final Pattern RESERVED_HYPHENS = Pattern.compile("(?i)(?!xn)..--.*");
    private static final Pattern QTEXT = Pattern.compile("[\\x{20}-\\x{7E}" + INTL + "]");

    /** Pydantic's {@code "Name <address>"} form, the name unquoted or quoted. */
    private static final Pattern PRETTY;

    static {
        String name = "[\\w!#$%&'*+\\-/=?^_`{|}~]";
        PRETTY = Pattern.compile(
                "\\s*(?:((?:" + name + "+\\s+)*" + name + "+)|\"((?:[^\"]|\\\")+)\")?\\s*<(.+)>\\s*",
                Pattern.UNICODE_CHARACTER_CLASS);
    }

    /** RFC 2142's mailbox names, which are case-insensitive. */
    private static final Set<String> CASE_INSENSITIVE = Set.of(
            "info",
            "marketing",
            "sales",
            "support",
            "abuse",
            "noc",
            "security",
            "postmaster",
            "hostmaster",
            "usenet",
            "news",
            "webmaster",
            "www",
            "uucp",
            "ftp");

    /** IANA's special-use domains that cannot receive mail, as email-validator lists them. */
    private static final List<String> SPECIAL_USE = List.of("arpa", "invalid", "local", "localhost", "onion", "test");

    /**
     * The normalized address.
     *
     * @throws Invalid Pydantic's {@code value_error} with email-validator's reason
     */
    static String normalize(String value) {
        if (value.codePointCount(0, value.length()) > MAX_LENGTH) {
            throw invalid("Length must not exceed " + MAX_LENGTH + " characters");
        }
        var pretty = PRETTY.matcher(value);
        String email = strip(pretty.matches() ? pretty.group(3) : value);
        try {
            return validate(email);
        } catch (Syntax e) {
            throw invalid(e.getMessage());
        }
    }

    private static Invalid invalid(String reason) {
        return new Invalid("value_error", "value is not a valid email address: " + reason, Map.of("reason", reason));
    }

    /** email-validator's reason for refusing an address. */
    private static final class Syntax extends RuntimeException {
        Syntax(String reason) {
            super(reason, null, false, false);
        }
    }

    private record Split(String displayName, String local, String domain, boolean quoted) {}

    private record Local(String local, String ascii, boolean smtputf8) {}

    private static String validate(String email) {
        Split split = split(email);
        String original = (split.quoted() ? '"' + split.local() + '"' : split.local()) + "@" + split.domain();
        Local local = local(split.local(), split.quoted());
        String nfc = Normalizer.normalize(local.local(), Normalizer.Form.NFC);
        String localPart = local.local();
        String asciiLocal = local.ascii();
        if (!nfc.equals(localPart)) {
            try {
                localPart = local(nfc, split.quoted()).local();
            } catch (Syntax e) {
                throw new Syntax("After Unicode normalization: " + e.getMessage());
            }
        }
        if (split.quoted()) throw new Syntax("Quoting the part before the @-sign is not allowed here.");
        if (asciiLocal != null && CASE_INSENSITIVE.contains(asciiLocal.toLowerCase(Locale.ROOT))) {
            asciiLocal = asciiLocal.toLowerCase(Locale.ROOT);
            localPart = localPart.toLowerCase(Locale.ROOT);
        }
        String domain = split.domain();
        if (domain.isEmpty()) throw new Syntax("There must be something after the @-sign.");
        if (domain.startsWith("[") && domain.endsWith("]")) {
            throw new Syntax("A bracketed IP address after the @-sign is not allowed here.");
        }
        String[] names = domain(domain);
        String normalized = localPart + "@" + names[1];
        length(original, null);
        length(normalized, "after normalization");
        length(
                (asciiLocal != null ? asciiLocal : localPart) + "@" + names[0],
                "when the part after the @-sign is converted to IDNA ASCII");
        if (split.displayName() != null) {
            throw new Syntax("A display name and angle brackets around the email address are not permitted here.");
        }
        return normalized;
    }

    // ---- splitting: display name, local part, domain -------------------------------------------

    private static Split split(String email) {
        String[] parts = splitAtUnquoted(email, "@<");
        String left = parts[0];
        String right = parts[1];
        String displayName = null;
        String local = left;
        String domain = right;
        if (right.startsWith("<")) {
            String[] name = unquote(rstrip(left));
            displayName = name[0];
            if (name[1] == null) {
                var bad = new TreeSet<String>();
                displayName.codePoints().forEach(c -> {
                    if ((!matches(ATEXT_DOT, c) && c != ' ') || c == '.') bad.add(display(c));
                });
                if (!bad.isEmpty()) {
                    throw new Syntax(
                            "The display name contains invalid characters when not quoted: " + join(bad) + ".");
                }
            }
            unsafe(displayName, true);
            if (right.indexOf('>') < 0) {
                throw new Syntax("An open angle bracket at the start of the email address has to be followed by"
                        + " a close angle bracket at the end.");
            }
            right = right.replaceAll(" +$", "");
            if (!right.endsWith(">")) throw new Syntax("There can't be anything after the email address.");
            String[] address = splitAtUnquoted(right.substring(1).replaceAll(">+$", ""), "@");
            local = address[0];
            domain = address[1];
        }
        if (domain.startsWith("@")) domain = domain.substring(1);
        String[] unquoted = unquote(local);
        return new Split(displayName, unquoted[0], domain, unquoted[1] != null);
    }

    /** Splits before the first of {@code specials} outside quotes; a special combined with a mark does not count. */
    private static String[] splitAtUnquoted(String text, String specials) {
        boolean inQuote = false;
        boolean escaped = false;
        int i = 0;
        for (; i < text.length(); i += Character.charCount(text.codePointAt(i))) {
            int c = text.codePointAt(i);
            if (combines(text, i)) continue;
            if (inQuote) {
                if (c == '\\' && !escaped) {
                    escaped = true;
                } else {
                    if (c == '"' && !escaped) inQuote = false;
                    escaped = false;
                }
            } else if (c == '"') {
                inQuote = true;
            } else if (specials.indexOf(c) >= 0) {
                break;
            }
        }
        if (i == text.length()) throw new Syntax("An email address must have an @-sign.");
        return new String[] {text.substring(0, i), text.substring(i)};
    }

    /** True when the character at {@code i} composes with the marks after it (so {@code <} plus U+0338 is not a bracket). */
    private static boolean combines(String text, int i) {
        int end = i + Character.charCount(text.codePointAt(i));
        while (end < text.length() && isMark(text.codePointAt(end))) end += Character.charCount(text.codePointAt(end));
        if (end == i + Character.charCount(text.codePointAt(i))) return false;
        return Normalizer.normalize(text.substring(i, end), Normalizer.Form.NFC).codePointAt(0) != text.codePointAt(i);
    }

    /** The text without its surrounding quotes and escapes, and "quoted" (non-null) when it was quoted. */
    private static String[] unquote(String text) {
        if (!text.startsWith("\"")) return new String[] {text, null};
        var value = new StringBuilder();
        boolean escaped = false;
        for (int i = 1; i < text.length(); i += Character.charCount(text.codePointAt(i))) {
            int c = text.codePointAt(i);
            if (escaped) {
                value.appendCodePoint(c);
                escaped = false;
            } else if (c == '\\') {
                escaped = true;
            } else if (c == '"') {
                int after = i + 1;
                if (after != text.length()) {
                    var rest = new StringBuilder();
                    text.substring(after).codePoints().forEach(r -> {
                        if (rest.length() > 0) rest.append(", ");
                        rest.append(display(r));
                    });
                    throw new Syntax("Extra character(s) found after close quote: " + rest);
                }
                break;
            } else {
                value.appendCodePoint(c);
            }
        }
        return new String[] {value.toString(), "quoted"};
    }

    // ---- the local part ------------------------------------------------------------------------

    private static Local local(String local, boolean quoted) {
        if (local.isEmpty()) throw new Syntax("There must be something before the @-sign.");
        int length = local.codePointCount(0, local.length());
        if (length > LOCAL_MAX) {
            throw new Syntax("The email address is too long before the @-sign " + tooMany(length - LOCAL_MAX) + ".");
        }
        if (DOT_ATOM.matcher(local).matches()) return new Local(local, local, false);
        if (DOT_ATOM_INTL.matcher(local).matches()) {
            unsafe(local, false);
            return new Local(local, null, true);
        }
        if (quoted) {
            var bad = new TreeSet<String>();
            boolean international = false;
            for (int c : local.codePoints().toArray()) {
                if (!matches(QTEXT, c)) bad.add(display(c));
                if (c < 32 || c > 126) international = true;
            }
            if (!bad.isEmpty()) {
                throw new Syntax("The email address contains invalid characters in quotes before the @-sign: "
                        + join(bad) + ".");
            }
            unsafe(local, true);
            String requoted = '"' + local.replaceAll("([\"\\\\])", "\\\\$1") + '"';
            return new Local(requoted, international ? null : requoted, international);
        }
        var bad = new TreeSet<String>();
        local.codePoints().forEach(c -> {
            if (!matches(ATEXT_INTL_DOT, c)) bad.add(display(c));
        });
        if (!bad.isEmpty()) {
            throw new Syntax("The email address contains invalid characters before the @-sign: " + join(bad) + ".");
        }
        dots(
                local,
                "An email address cannot start with a %s.",
                "An email address cannot have a %s immediately before the @-sign.",
                false);
        throw new Syntax("The email address contains invalid characters before the @-sign.");
    }

    // ---- the domain ----------------------------------------------------------------------------

    /** The domain's IDNA ASCII form and its Unicode form. */
    private static String[] domain(String domain) {
        badHostnameChars(domain, "The part after the @-sign contains invalid characters: ");
        unsafe(domain, false);
        String original = domain;
        domain = remap(domain);
        badHostnameChars(domain, "The part after the @-sign contains invalid characters after Unicode normalization: ");
        dots(
                domain,
                "An email address cannot have a %s immediately after the @-sign.",
                "An email address cannot end with a %s.",
                true);
        for (String label : domain.split("\\.")) {
            if (RESERVED_HYPHENS.matcher(label).matches()) {
                throw new Syntax("An email address cannot have two letters followed by two dashes immediately after"
                        + " the @-sign or after a period, except Punycode.");
            }
        }
        String ascii = domain;
        if (!HOSTNAME.matcher(domain).matches()) {
            try {
                ascii = IDN.toASCII(domain, IDN.ALLOW_UNASSIGNED);
            } catch (IllegalArgumentException e) {
                throw new Syntax("The part after the @-sign is invalid (" + e.getMessage() + ").");
            }
            if (!HOSTNAME.matcher(ascii).matches()) {
                throw new Syntax("The email address contains invalid characters after the @-sign after IDNA encoding.");
            }
        }
        if (ascii.length() > DOMAIN_MAX) {
            int diff = ascii.length() - DOMAIN_MAX;
            throw new Syntax("The email address is too long after the @-sign "
                    + (ascii.equals(original)
                            ? tooMany(diff)
                            : "(" + diff + " byte" + (diff == 1 ? "" : "s") + " too many after IDNA encoding)")
                    + ".");
        }
        for (String label : ascii.split("\\.")) {
            if (label.length() > LABEL_MAX) {
                throw new Syntax("After the @-sign, periods cannot be separated by so many characters "
                        + tooMany(label.length() - LABEL_MAX) + ".");
            }
        }
        if (ascii.indexOf('.') < 0)
            throw new Syntax("The part after the @-sign is not valid. It should have a period.");
        if (!Character.isLetter(ascii.charAt(ascii.length() - 1))) {
            throw new Syntax("The part after the @-sign is not valid. It is not within a valid top-level domain.");
        }
        for (String special : SPECIAL_USE) {
            if (ascii.equals(special) || ascii.endsWith("." + special)) {
                throw new Syntax("The part after the @-sign is a special-use or reserved name that cannot be used"
                        + " with email.");
            }
        }
        var unicode = new StringBuilder();
        for (String label : ascii.split("\\.")) {
            String decoded = IDN.toUnicode(label, IDN.ALLOW_UNASSIGNED);
            // IDN hands back an undecodable A-label unchanged where idna raises.
            if (label.regionMatches(true, 0, "xn--", 0, 4) && decoded.equals(label)) {
                throw new Syntax("The part after the @-sign is not valid IDNA (Invalid A-label).");
            }
            if (unicode.length() > 0) unicode.append('.');
            unicode.append(decoded.toLowerCase(Locale.ROOT));
        }
        return new String[] {ascii, unicode.toString()};
    }

    /**
     * UTS 46's mapping, near enough: compatibility forms folded, lower case, the other full stops made
     * dots. A character that would fold into a dot ({@code ⒈} is {@code 1.}) is disallowed, as in UTS 46.
     */
    private static String remap(String domain) {
        int[] codePoints = domain.codePoints().toArray();
        for (int i = 0; i < codePoints.length; i++) {
            int c = codePoints[i];
            boolean fullStop = c == '.' || c == '\u3002' || c == '\uff0e' || c == '\uff61';
            if (!fullStop
                    && Normalizer.normalize(new String(Character.toChars(c)), Normalizer.Form.NFKC)
                            .contains(".")) {
                throw new Syntax(
                        "The part after the @-sign contains invalid characters (Codepoint " + String.format("U+%04X", c)
                                + " not allowed at position " + (i + 1) + " in '" + domain + "').");
            }
        }
        String folded = Normalizer.normalize(domain, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        return Normalizer.normalize(folded, Normalizer.Form.NFC)
                .replace('\u3002', '.')
                .replace('\uff61', '.');
    }

    private static void badHostnameChars(String domain, String message) {
        var bad = new TreeSet<String>();
        domain.codePoints().forEach(c -> {
            if (!matches(HOSTNAME_CHAR, c)) bad.add(display(c));
        });
        if (!bad.isEmpty()) throw new Syntax(message + join(bad) + ".");
    }

    // ---- shared checks -------------------------------------------------------------------------

    private static void dots(String label, String start, String end, boolean hostname) {
        if (label.endsWith(".")) throw new Syntax(String.format(end, "period"));
        if (label.startsWith(".")) throw new Syntax(String.format(start, "period"));
        if (label.contains("..")) throw new Syntax("An email address cannot have two periods in a row.");
        if (hostname) {
            if (label.endsWith("-")) throw new Syntax(String.format(end, "hyphen"));
            if (label.startsWith("-")) throw new Syntax(String.format(start, "hyphen"));
            if (label.contains(".-") || label.contains("-.")) {
                throw new Syntax("An email address cannot have a period and a hyphen next to each other.");
            }
        }
    }

    /** Characters that are no letter, digit, punctuation or symbol: controls, format, line breaks, odd spaces. */
    private static void unsafe(String text, boolean allowSpace) {
        var bad = new TreeSet<Integer>();
        int[] codePoints = text.codePoints().toArray();
        for (int i = 0; i < codePoints.length; i++) {
            int c = codePoints[i];
            char category = category(c);
            if (category == 'M' && i == 0) bad.add(c);
            else if (category == 'Z' && !(allowSpace && Character.getType(c) == Character.SPACE_SEPARATOR)) bad.add(c);
            else if (category == 'C') bad.add(c);
        }
        if (!bad.isEmpty()) {
            throw new Syntax("The email address contains unsafe characters: "
                    + join(bad.stream().map(Emails::display).toList()) + ".");
        }
    }

    /**
     * The three forms of the address (as given, normalized, with an ASCII domain) must each fit in
     * 254 bytes of UTF-8.
     */
    private static void length(String address, String form) {
        int chars = address.codePointCount(0, address.length());
        int bytes = address.getBytes(StandardCharsets.UTF_8).length;
        int diff = bytes - EMAIL_MAX;
        if (diff <= 0) return;
        String reason;
        String s = diff > 1 ? "s" : "";
        if (form == null && chars == bytes) {
            reason = tooMany(chars - EMAIL_MAX);
        } else if (form == null) {
            int widest = address.codePoints()
                    .map(c -> new String(Character.toChars(c)).getBytes(StandardCharsets.UTF_8).length)
                    .max()
                    .orElse(1);
            int least = Math.max(1, diff / widest);
            reason = least == diff
                    ? "(" + diff + " character" + s + " too many)"
                    : "(" + least + "-" + diff + " character" + s + " too many)";
        } else {
            reason = form + " (" + diff + " byte" + s + " too many)";
        }
        throw new Syntax("The email address is too long " + reason + ".");
    }

    private static String tooMany(int diff) {
        return "(" + diff + " character" + (diff > 1 ? "s" : "") + " too many)";
    }

    /** A character as email-validator shows it: quoted when printable, else its Unicode name or number. */
    static String display(int c) {
        if (c == '\\') return "\"\\\"";
        char category = category(c);
        if (category == 'L' || category == 'N' || category == 'P' || category == 'S') {
            return c == '\'' ? "\"'\"" : "'" + new String(Character.toChars(c)) + "'";
        }
        String name = Character.getType(c) == Character.CONTROL ? null : Character.getName(c);
        if (name != null && Character.isDefined(c)) return name;
        return c < 0xFFFF ? String.format("U+%04X", c) : String.format("U+%08X", c);
    }

    /** The first letter of the Unicode general category, as Python's {@code unicodedata.category} gives it. */
    private static char category(int c) {
        switch (Character.getType(c)) {
            case Character.UPPERCASE_LETTER,
                    Character.LOWERCASE_LETTER,
                    Character.TITLECASE_LETTER,
                    Character.MODIFIER_LETTER,
                    Character.OTHER_LETTER:
                return 'L';
            case Character.NON_SPACING_MARK, Character.ENCLOSING_MARK, Character.COMBINING_SPACING_MARK:
                return 'M';
            case Character.DECIMAL_DIGIT_NUMBER, Character.LETTER_NUMBER, Character.OTHER_NUMBER:
                return 'N';
            case Character.CONNECTOR_PUNCTUATION,
                    Character.DASH_PUNCTUATION,
                    Character.START_PUNCTUATION,
                    Character.END_PUNCTUATION,
                    Character.INITIAL_QUOTE_PUNCTUATION,
                    Character.FINAL_QUOTE_PUNCTUATION,
                    Character.OTHER_PUNCTUATION:
                return 'P';
            case Character.MATH_SYMBOL, Character.CURRENCY_SYMBOL, Character.MODIFIER_SYMBOL, Character.OTHER_SYMBOL:
                return 'S';
            case Character.SPACE_SEPARATOR, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR:
                return 'Z';
            default:
                return 'C';
        }
    }

    private static boolean isMark(int c) {
        return category(c) == 'M';
    }

    private static boolean matches(Pattern pattern, int c) {
        return pattern.matcher(new String(Character.toChars(c))).matches();
    }

    private static String join(Collection<String> displayed) {
        return String.join(", ", displayed);
    }

    /** Python's {@code str.strip()}: every Unicode space, not only {@code Character.isWhitespace}. */
    private static String strip(String text) {
        int start = 0;
        int end = text.length();
        while (start < end && isSpace(text.charAt(start))) start++;
        while (end > start && isSpace(text.charAt(end - 1))) end--;
        return text.substring(start, end);
    }

    private static String rstrip(String text) {
        int end = text.length();
        while (end > 0 && isSpace(text.charAt(end - 1))) end--;
        return text.substring(0, end);
    }

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }
}
