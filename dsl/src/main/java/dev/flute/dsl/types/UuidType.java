package dev.flute.dsl.types;

import com.fasterxml.jackson.databind.JsonNode;
import dev.flute.dsl.http.ValidationError;
import java.util.List;
import java.util.UUID;

/**
 * A UUID in any of the forms Pydantic accepts: hyphenated, simple (32 hex digits), braced or with
 * the {@code urn:uuid:} prefix. Errors are worded like Pydantic's (which come from Rust's uuid crate).
 */
public final class UuidType extends AbstractType<UUID, UuidType> {
    private static final String PREFIX = "Input should be a valid UUID, ";

    public UuidType() {
        this(Meta.NONE);
    }

    private UuidType(Meta meta) {
        super(meta);
    }

    @Override
    protected UuidType withMeta(Meta meta) {
        return new UuidType(meta);
    }

    @Override
    public java.lang.reflect.Type javaType() {
        return java.util.UUID.class;
    }

    @Override
    public String toString() {
        return "uuid()";
    }

    @Override
    public JsonKind kind() {
        return JsonKind.STRING;
    }

    @Override
    public String format() {
        return "uuid";
    }

    @Override
    public UUID fromJson(JsonNode node, Loc loc, List<ValidationError> errors) {
        if (node.isTextual()) return JsonReading.text(this, node, loc, errors);
        JsonReading.fail(errors, loc, "uuid_type", "UUID input should be a string, bytes or UUID object", node);
        return null;
    }

    @Override
    public UUID fromText(String raw) {
        String s = raw;
        if (s.regionMatches(true, 0, "urn:uuid:", 0, 9)) s = s.substring(9);
        else if (s.length() == 38 && s.charAt(0) == '{' && s.charAt(37) == '}') s = s.substring(1, 37);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!(Character.digit(c, 16) >= 0 && c < 128) && c != '-') {
                throw invalid(
                        "invalid character: expected an optional prefix of `urn:uuid:` followed by [0-9a-fA-F-], found `"
                                + new String(Character.toChars(s.codePointAt(i))) + "` at " + (i + 1));
            }
        }
        String hex;
        if (s.indexOf('-') < 0) {
            if (s.length() != 32)
                throw invalid("invalid length: expected length 32 for simple format, found " + s.length());
            hex = s;
        } else {
            String[] groups = s.split("-", -1);
            if (groups.length != 5) throw invalid("invalid group count: expected 5, found " + groups.length);
            int[] expected = {8, 4, 4, 4, 12};
            for (int g = 0; g < 5; g++) {
                if (groups[g].length() != expected[g]) {
                    throw invalid("invalid group length in group " + g + ": expected " + expected[g] + ", found "
                            + groups[g].length());
                }
            }
            hex = String.join("", groups);
        }
        long high = Long.parseUnsignedLong(hex.substring(0, 16), 16);
        long low = Long.parseUnsignedLong(hex.substring(16), 16);
        return new UUID(high, low);
    }

    private static Invalid invalid(String why) {
        return new Invalid("uuid_parsing", PREFIX + why, java.util.Map.of("error", why));
    }
}
