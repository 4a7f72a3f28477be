package dev.flute.dsl.types;

import com.fasterxml.jackson.databind.JsonNode;
import dev.flute.dsl.http.ValidationError;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** A string, optionally bounded in length (counted in code points, as Python does) and patterned. */
public final class StrType extends AbstractType<String, StrType> {
    private final Integer minLength;
    private final Integer maxLength;
    private final Regex pattern;
    // The refusal of a value that breaks a constraint is the same for every such value: worded once.
    private final Invalid tooShort;
    private final Invalid tooLong;
    private final Invalid mismatch;

    public StrType() {
        this(Meta.NONE, null, null, null);
    }

    private StrType(Meta meta, Integer minLength, Integer maxLength, Regex pattern) {
        super(meta);
        this.minLength = minLength;
        this.maxLength = maxLength;
        this.pattern = pattern;
        this.tooShort = lengthRefusal("string_too_short", "at least", "min_length", minLength);
        this.tooLong = lengthRefusal("string_too_long", "at most", "max_length", maxLength);
        this.mismatch = pattern == null
                ? null
                : new Invalid(
                        "string_pattern_mismatch",
                        "String should match pattern '" + pattern.source() + "'",
                        Map.of("pattern", pattern.source()));
    }

    public StrType minLength(int n) {
        return new StrType(meta(), Constraint.nonNegative(n), maxLength, pattern);
    }

    public StrType maxLength(int n) {
        return new StrType(meta(), minLength, Constraint.nonNegative(n), pattern);
    }

    /** The regular expression is searched in the value, like Pydantic's {@code pattern} ({@code $} is the end). */
    public StrType pattern(String regex) {
        return new StrType(meta(), minLength, maxLength, Regex.of(regex));
    }

    @Override
    protected StrType withMeta(Meta meta) {
        return new StrType(meta, minLength, maxLength, pattern);
    }

    @Override
    public java.lang.reflect.Type javaType() {
        return String.class;
    }

    @Override
    public String toString() {
        return "str()";
    }

    @Override
    public JsonKind kind() {
        return JsonKind.STRING;
    }

    @Override
    public List<Constraint> constraints() {
        var all = new ArrayList<>(Constraint.lengths(minLength, maxLength));
        if (pattern != null) all.add(new Constraint.Pattern(pattern.source()));
        return List.copyOf(all);
    }

    @Override
    public String fromText(String raw) {
        return check(raw);
    }

    @Override
    public Object readText(String raw) {
        Invalid refused = refusal(raw);
        return refused == null ? raw : refused;
    }

    @Override
    public String fromJson(JsonNode node, Loc loc, List<ValidationError> errors) {
        return JsonReading.string(this, node, loc, errors);
    }

    /** Checks the constraints in Pydantic's order: length first, then the pattern. */
    public String check(String value) {
        Invalid refused = refusal(value);
        if (refused != null) throw refused;
        return value;
    }

    /** The refusal of the first constraint {@code value} breaks, in {@link #check}'s order, or null. */
    public Invalid refusal(String value) {
        if (minLength != null || maxLength != null) {
            int length = value.codePointCount(0, value.length());
            if (minLength != null && length < minLength) return tooShort;
            if (maxLength != null && length > maxLength) return tooLong;
        }
        if (pattern != null && !pattern.compiled().matcher(value).find()) return mismatch;
        return null;
    }

    /** Pydantic's refusal of a length beyond {@code limit}, or null when there is no limit. */
    private static Invalid lengthRefusal(String type, String words, String key, Integer limit) {
        if (limit == null) return null;
        return new Invalid(
                type, "String should have " + words + " " + limit + " " + characters(limit), Map.of(key, limit));
    }

    private static String characters(int n) {
        return n == 1 ? "character" : "characters";
    }
}
