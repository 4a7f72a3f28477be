package dev.flute.examples.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.flute.dsl.http.ValidationError;
import dev.flute.dsl.types.Constraint;
import dev.flute.dsl.types.EnumType;
import dev.flute.dsl.types.IntType;
import dev.flute.dsl.types.Invalid;
import dev.flute.dsl.types.ListType;
import dev.flute.dsl.types.LiteralType;
import dev.flute.dsl.types.Loc;
import dev.flute.dsl.types.MapType;
import dev.flute.dsl.types.ModelType;
import dev.flute.dsl.types.PartialType;
import dev.flute.dsl.types.Type;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

/**
 * Valid values of a Flute {@link Type}, generated from what the type says of itself: its JSON kind,
 * format and constraints, its fields, items and choices. Every value is read back through the type
 * before it is used, so a value the generator gets wrong is caught here, never sent as "valid".
 */
final class Values {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final String[] WORDS = {"a", "Foo", "bar baz", "é", "中文", "x-1", "🎵", "O'Neil", "50%", "a&b=c"};
    /** The words a header or a cookie carries as they are: visible ASCII, none a cookie list splits on. */
    private static final String[] VISIBLE_WORDS = java.util.Arrays.stream(WORDS)
            .filter(w -> w.chars().allMatch(c -> c > 0x20 && c < 0x7f && c != ';' && c != ',' && c != '"' && c != '\\'))
            .toArray(String[]::new);

    /** No valid value could be made for the type in a few attempts. */
    static final class Ungeneratable extends RuntimeException {
        Ungeneratable(String message) {
            super(message, null, false, false);
        }
    }

    private final Random random;
    private final String[] words;
    private final char separator;

    /** Values with any text: spaces, accents, other scripts, emoji. */
    Values(Random random) {
        this(random, WORDS, ' ');
    }

    private Values(Random random, String[] words, char separator) {
        this.random = random;
        this.words = words;
        this.separator = separator;
    }

    /** Values whose text a header or a cookie carries as it is, as clients send them. */
    static Values visible(Random random) {
        return new Values(random, VISIBLE_WORDS, '-');
    }

    /** A value the type accepts as JSON; null when it may be absent and the dice leave it out. */
    JsonNode json(Type<?> type) {
        if (!type.required() && random.nextInt(4) == 0) return null;
        for (int attempt = 0; attempt < 20; attempt++) {
            JsonNode candidate = candidate(type, 0);
            var errors = new ArrayList<ValidationError>();
            type.fromJson(candidate, Loc.of("body"), errors);
            if (errors.isEmpty()) return candidate;
        }
        throw new Ungeneratable("no valid JSON value for " + type);
    }

    /** A value the type accepts as the text of a path segment, query value, header or form field. */
    String text(Type<?> type) {
        RuntimeException last = null;
        for (int attempt = 0; attempt < 20; attempt++) {
            String candidate = asText(candidate(type.valueType(), 0));
            try {
                type.fromText(candidate);
                return candidate;
            } catch (Invalid | IllegalStateException refused) {
                last = refused;
            }
        }
        throw new Ungeneratable("no valid text value for " + type + ": " + last);
    }

    /** Values for a repeated parameter (a list read from {@code ?q=a&q=b}); may be empty when allowed. */
    List<String> texts(Type<?> type) {
        Type<?> items = ((ListType<?, ?>) type.valueType()).items();
        for (int attempt = 0; attempt < 20; attempt++) {
            var out = new ArrayList<String>();
            int n = length(type.valueType().constraints(), 0, 3);
            for (int i = 0; i < n; i++) out.add(text(items));
            var failures = new ArrayList<Invalid>();
            try {
                type.fromTexts(out, (i, invalid) -> failures.add(invalid));
            } catch (Invalid refused) {
                continue;
            }
            if (failures.isEmpty()) return out;
        }
        throw new Ungeneratable("no valid repeated values for " + type);
    }

    static String asText(JsonNode node) {
        if (node.isTextual()) return node.asText();
        if (node.isBigDecimal()) return node.decimalValue().toPlainString();
        return node.toString();
    }

    private JsonNode candidate(Type<?> declared, int depth) {
        if (declared.presence().nullable() && random.nextInt(8) == 0) return NODES.nullNode();
        Type<?> type = declared.valueType();
        if (type instanceof ModelType<?> model) return object(model, depth);
        if (type instanceof PartialType<?> partial) return object(partial.model(), depth);
        if (type instanceof ListType<?, ?> list) {
            ArrayNode array = NODES.arrayNode();
            int n = length(list.constraints(), 0, depth > 2 ? 1 : 3);
            for (int i = 0; i < n; i++) array.add(orNull(json(list.items(), depth + 1), list.items(), depth));
            return array;
        }
        if (type instanceof MapType<?> map) {
            ObjectNode object = NODES.objectNode();
            for (int i = random.nextInt(3); i > 0; i--)
                object.set("k" + i, orNull(json(map.values(), depth + 1), map.values(), depth));
            return object;
        }
        if (type instanceof EnumType<?> e) return NODES.textNode(pick(e.values()));
        if (type instanceof LiteralType l) return NODES.textNode(pick(l.values()));
        return switch (type.kind()) {
            case BOOLEAN -> NODES.booleanNode(random.nextBoolean());
            case INTEGER -> NODES.numberNode(integer(type));
            case NUMBER -> NODES.numberNode(number(type));
            case STRING -> NODES.textNode(string(type));
            case ARRAY -> NODES.arrayNode();
            case OBJECT -> NODES.objectNode();
            case NULL -> NODES.nullNode();
            case ANY -> random.nextBoolean() ? NODES.numberNode(random.nextInt(100)) : NODES.textNode(word());
        };
    }

    private JsonNode json(Type<?> type, int depth) {
        if (!type.required() && random.nextInt(4) == 0) return null;
        return candidate(type, depth);
    }

    /** An item of a list or map cannot be absent: an optional one is null instead. */
    private JsonNode orNull(JsonNode value, Type<?> type, int depth) {
        return value != null ? value : type.presence().nullable() ? NODES.nullNode() : candidate(type, depth + 1);
    }

    private ObjectNode object(ModelType<?> model, int depth) {
        ObjectNode object = NODES.objectNode();
        for (ModelType.Field f : model.fields()) {
            JsonNode value = json(f.type(), depth + 1);
            if (value != null) object.set(f.wireName(), value);
        }
        return object;
    }

    private long integer(Type<?> type) {
        long low = type instanceof IntType ? Integer.MIN_VALUE : Long.MIN_VALUE;
        long high = type instanceof IntType ? Integer.MAX_VALUE : Long.MAX_VALUE;
        long multiple = 1;
        for (Constraint c : type.constraints()) {
            if (c instanceof Constraint.Ge ge)
                low = Math.max(low, (long) Math.ceil(ge.value().doubleValue()));
            if (c instanceof Constraint.Gt gt)
                low = Math.max(low, (long) Math.floor(gt.value().doubleValue()) + 1);
            if (c instanceof Constraint.Le le)
                high = Math.min(high, (long) Math.floor(le.value().doubleValue()));
            if (c instanceof Constraint.Lt lt)
                high = Math.min(high, (long) Math.ceil(lt.value().doubleValue()) - 1);
            if (c instanceof Constraint.MultipleOf m)
                multiple = Math.max(1, m.value().longValue());
        }
        // Mostly small numbers near the lower bound, sometimes the bounds themselves.
        long value =
                switch (random.nextInt(6)) {
                    case 0 -> low;
                    case 1 -> high;
                    default -> {
                        long from = Math.max(low, Math.min(high, 0)); // no overflow: high - from ≤ high
                        long span = Math.min(1000, high - from);
                        yield from + (long) (random.nextDouble() * (span + 1));
                    }
                };
        return Math.max(low, Math.min(high, value / multiple * multiple));
    }

    private BigDecimal number(Type<?> type) {
        double low = -1e6;
        double high = 1e6;
        for (Constraint c : type.constraints()) {
            if (c instanceof Constraint.Ge ge) low = Math.max(low, ge.value().doubleValue());
            if (c instanceof Constraint.Gt gt) low = Math.max(low, gt.value().doubleValue() + 0.01);
            if (c instanceof Constraint.Le le) high = Math.min(high, le.value().doubleValue());
            if (c instanceof Constraint.Lt lt) high = Math.min(high, lt.value().doubleValue() - 0.01);
        }
        double value = low + random.nextDouble() * Math.min(1000, high - low);
        return BigDecimal.valueOf(value).setScale(2, java.math.RoundingMode.HALF_UP);
    }

    private String string(Type<?> type) {
        String format = type.format();
        if (format != null) {
            switch (format) {
                case "uuid":
                    return new UUID(random.nextLong(), random.nextLong()).toString();
                case "date-time":
                    return "20" + (10 + random.nextInt(20)) + "-0" + (1 + random.nextInt(9)) + "-1" + random.nextInt(9)
                            + "T1" + random.nextInt(9) + ":3" + random.nextInt(9) + ":0" + random.nextInt(9)
                            + (random.nextBoolean() ? "" : "Z");
                case "date":
                    return "20" + (10 + random.nextInt(20)) + "-0" + (1 + random.nextInt(9)) + "-1" + random.nextInt(9);
                case "time":
                    return "1" + random.nextInt(9) + ":3" + random.nextInt(9) + ":0" + random.nextInt(9);
                case "duration":
                    return "P" + random.nextInt(9) + "DT" + random.nextInt(9) + "H";
                case "email":
                    return "user" + random.nextInt(1000) + "@example.com";
                default:
                    break;
            }
        }
        int length = length(type.constraints(), 1, 12);
        for (Constraint c : type.constraints()) {
            if (c instanceof Constraint.Pattern p) {
                String made = fromPattern(p.regex(), length);
                if (made != null) return made;
            }
        }
        var out = new StringBuilder();
        while (out.codePointCount(0, out.length()) < length) out.append(word()).append(separator);
        int end = out.offsetByCodePoints(0, length);
        return out.substring(0, end);
    }

    /**
     * A string matching the two shapes of pattern the examples use, or null for any other (the
     * caller then tries random text, which the type itself accepts or refuses): a literal
     * ({@code ^password$}, OAuth2's grant_type) and one character class repeated
     * ({@code ^[A-Za-z0-9_.-]+$}).
     */
    private String fromPattern(String regex, int length) {
        String body = regex.replaceAll("^\\^|\\$$", "");
        if (body.matches("[A-Za-z0-9 _-]*")) return body;
        var repeated = java.util.regex.Pattern.compile("\\[([^\\]]+)\\][+*]").matcher(body);
        if (!repeated.matches()) return null;
        String chars = characterClass(repeated.group(1));
        var out = new StringBuilder();
        for (int i = 0; i < Math.max(1, length); i++) out.append(chars.charAt(random.nextInt(chars.length())));
        return out.toString();
    }

    /** The characters of a class's body: ranges ({@code a-z}) and single characters, a trailing {@code -} literal. */
    private static String characterClass(String spec) {
        var out = new StringBuilder();
        for (int i = 0; i < spec.length(); i++) {
            char c = spec.charAt(i);
            if (c == '\\' && i + 1 < spec.length()) {
                out.append(spec.charAt(++i));
            } else if (i + 2 < spec.length() && spec.charAt(i + 1) == '-') {
                for (char x = c; x <= spec.charAt(i + 2); x++) out.append(x);
                i += 2;
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** A length within the constraints, near {@code min}..{@code max} when they say nothing. */
    private int length(List<Constraint> constraints, int min, int max) {
        int low = min;
        int high = max;
        for (Constraint c : constraints) {
            if (c instanceof Constraint.MinLength m) low = m.value();
            if (c instanceof Constraint.MaxLength m) high = Math.min(m.value(), Math.max(max, low));
        }
        if (high < low) high = low;
        return low + random.nextInt(high - low + 1);
    }

    private String word() {
        return words[random.nextInt(words.length)];
    }

    private <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }
}
