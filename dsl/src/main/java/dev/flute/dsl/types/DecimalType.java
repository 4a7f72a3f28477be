package dev.flute.dsl.types;

import com.fasterxml.jackson.databind.JsonNode;
import dev.flute.dsl.http.ValidationError;
import dev.flute.dsl.python.PyText;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An exact decimal, Pydantic's {@code Decimal}: from a string (Python's syntax: {@code 1_000.5},
 * {@code .5}, {@code 1e5}, surrounding spaces), an integer, or a float read through its shortest
 * text ({@code 0.1} is exactly {@code 0.1}). Infinity and NaN are refused. Bounds, {@code multipleOf},
 * {@code maxDigits} and {@code decimalPlaces} are checked in Pydantic's order with its messages.
 *
 * <p>Out of a model it is written as a string ({@code "1.50"}), as Pydantic does; as a plain value
 * in a response, as a number, as {@code jsonable_encoder} does.
 */
public final class DecimalType extends AbstractType<BigDecimal, DecimalType> {
    private final List<Constraint> bounds;
    private final Integer maxDigits;
    private final Integer decimalPlaces;

    public DecimalType() {
        this(Meta.NONE, List.of(), null, null);
    }

    private DecimalType(Meta meta, List<Constraint> bounds, Integer maxDigits, Integer decimalPlaces) {
        super(meta);
        this.bounds = List.copyOf(bounds);
        this.maxDigits = maxDigits;
        this.decimalPlaces = decimalPlaces;
    }

    public DecimalType gt(Number bound) {
        return bound(new Constraint.Gt(exact(bound)));
    }

    public DecimalType ge(Number bound) {
        return bound(new Constraint.Ge(exact(bound)));
    }

    public DecimalType lt(Number bound) {
        return bound(new Constraint.Lt(exact(bound)));
    }

    public DecimalType le(Number bound) {
        return bound(new Constraint.Le(exact(bound)));
    }

    public DecimalType multipleOf(Number bound) {
        return bound(new Constraint.MultipleOf(exact(bound)));
    }

    /** At most this many digits in all, Pydantic's {@code max_digits}. */
    public DecimalType maxDigits(int digits) {
        if (digits < 1) throw new IllegalArgumentException("maxDigits must be positive: " + digits);
        return new DecimalType(meta(), bounds, digits, decimalPlaces);
    }

    /** At most this many digits after the point, Pydantic's {@code decimal_places}. */
    public DecimalType decimalPlaces(int places) {
        if (places < 0) throw new IllegalArgumentException("decimalPlaces cannot be negative: " + places);
        return new DecimalType(meta(), bounds, maxDigits, places);
    }

    public Integer maxDigits() {
        return maxDigits;
    }

    public Integer decimalPlaces() {
        return decimalPlaces;
    }

    private DecimalType bound(Constraint c) {
        var next = new ArrayList<>(bounds);
        next.removeIf(old -> old.getClass() == c.getClass());
        next.add(c);
        return new DecimalType(meta(), next, maxDigits, decimalPlaces);
    }

    private static BigDecimal exact(Number n) {
        if (n instanceof BigDecimal d) return d;
        if (n instanceof Double || n instanceof Float) return new BigDecimal(Double.toString(n.doubleValue()));
        return new BigDecimal(n.toString());
    }

    @Override
    protected DecimalType withMeta(Meta meta) {
        return new DecimalType(meta, bounds, maxDigits, decimalPlaces);
    }

    @Override
    public java.lang.reflect.Type javaType() {
        return java.math.BigDecimal.class;
    }

    @Override
    public String toString() {
        return "decimal()";
    }

    @Override
    public JsonKind kind() {
        return JsonKind.NUMBER;
    }

    @Override
    public List<Constraint> constraints() {
        return bounds;
    }

    @Override
    public BigDecimal fromText(String raw) {
        return check(parse(raw));
    }

    @Override
    public BigDecimal fromJson(JsonNode node, Loc loc, List<ValidationError> errors) {
        return TemporalReading.report(
                () -> {
                    if (node.isTextual()) return fromText(node.textValue());
                    if (node.isIntegralNumber()) return check(new BigDecimal(node.bigIntegerValue()));
                    if (node.isFloatingPointNumber()) return check(ofFloat(node.doubleValue()));
                    throw new Invalid(
                            "decimal_type", "Decimal input should be an integer, float, string or Decimal object");
                },
                node,
                loc,
                errors);
    }

    @Override
    public Object toJson(BigDecimal value) {
        return PyText.decimal(value);
    }

    /** Python's {@code Decimal(str)}; non-finite values parse, and are refused afterwards. */
    static BigDecimal parse(String raw) {
        String s = raw.strip();
        var ascii = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            int digit = Character.digit(c, 10);
            // CPython's decimal drops every underscore, wherever it is, and reads any Unicode digit.
            if (digit >= 0) ascii.append((char) ('0' + digit));
            else if (c != '_') ascii.append(c);
        }
        String text = ascii.toString();
        String word = text.replaceFirst("^[+-]", "").toLowerCase(java.util.Locale.ROOT);
        if (word.equals("inf") || word.equals("infinity") || word.matches("s?nan[0-9]*")) {
            throw new Invalid("finite_number", "Input should be a finite number");
        }
        if (!text.matches("[+-]?([0-9]+\\.?[0-9]*|\\.[0-9]+)([eE][+-]?[0-9]+)?")) throw parsing();
        try {
            return new BigDecimal(text);
        } catch (NumberFormatException | ArithmeticException outOfRange) {
            throw parsing();
        }
    }

    /** {@code Decimal(str(f))}: Python's shortest repr, in fixed notation for 1e-4 <= |f| < 1e16. */
    static BigDecimal ofFloat(double f) {
        if (!Double.isFinite(f)) throw new Invalid("finite_number", "Input should be a finite number");
        BigDecimal shortest = new BigDecimal(Double.toString(f));
        if (shortest.signum() == 0) return shortest.setScale(1);
        BigDecimal stripped = shortest.stripTrailingZeros();
        int exponent = stripped.precision() - stripped.scale() - 1;
        if (exponent >= -4 && exponent < 16) return stripped.setScale(Math.max(stripped.scale(), 1));
        return stripped;
    }

    private static Invalid parsing() {
        return new Invalid("decimal_parsing", "Input should be a valid decimal");
    }

    /** Pydantic's order: digits, multiple_of, then le, lt, ge, gt. */
    BigDecimal check(BigDecimal value) {
        checkDigits(value);
        for (Constraint c : bounds) {
            if (c instanceof Constraint.MultipleOf m
                    && value.remainder((BigDecimal) m.value()).signum() != 0) {
                throw bound("multiple_of", "a multiple of", "multiple_of", (BigDecimal) m.value());
            }
        }
        for (Class<?> kind :
                List.of(Constraint.Le.class, Constraint.Lt.class, Constraint.Ge.class, Constraint.Gt.class)) {
            for (Constraint c : bounds) {
                if (c.getClass() != kind) continue;
                if (c instanceof Constraint.Le l && value.compareTo((BigDecimal) l.value()) > 0) {
                    throw bound("less_than_equal", "less than or equal to", "le", (BigDecimal) l.value());
                }
                if (c instanceof Constraint.Lt l && value.compareTo((BigDecimal) l.value()) >= 0) {
                    throw bound("less_than", "less than", "lt", (BigDecimal) l.value());
                }
                if (c instanceof Constraint.Ge g && value.compareTo((BigDecimal) g.value()) < 0) {
                    throw bound("greater_than_equal", "greater than or equal to", "ge", (BigDecimal) g.value());
                }
                if (c instanceof Constraint.Gt g && value.compareTo((BigDecimal) g.value()) <= 0) {
                    throw bound("greater_than", "greater than", "gt", (BigDecimal) g.value());
                }
            }
        }
        return value;
    }

    /**
     * Pydantic counts digits twice, as written and normalized (trailing zeros dropped), and refuses
     * only when both counts are over the limit.
     */
    private void checkDigits(BigDecimal value) {
        if (maxDigits == null && decimalPlaces == null) return;
        long[] written = digits(value);
        long[] normal = digits(value.signum() == 0 ? BigDecimal.ZERO : value.stripTrailingZeros());
        if (maxDigits != null && written[1] > maxDigits && normal[1] > maxDigits) {
            throw new Invalid(
                    "decimal_max_digits",
                    "Decimal input should have no more than " + maxDigits + " digit" + plural(maxDigits) + " in total",
                    Map.of("max_digits", maxDigits));
        }
        if (decimalPlaces != null) {
            if (written[0] > decimalPlaces && normal[0] > decimalPlaces) {
                throw new Invalid(
                        "decimal_max_places",
                        "Decimal input should have no more than " + decimalPlaces + " decimal place"
                                + plural(decimalPlaces),
                        Map.of("decimal_places", decimalPlaces));
            }
            if (maxDigits != null) {
                long whole = Math.max(0, maxDigits - decimalPlaces);
                if (written[1] - written[0] > whole && normal[1] - normal[0] > whole) {
                    throw new Invalid(
                            "decimal_whole_digits",
                            "Decimal input should have no more than " + whole + " digit" + plural(whole)
                                    + " before the decimal point",
                            Map.of("whole_digits", whole));
                }
            }
        }
    }

    /** Pydantic's {@code extract_decimal_digits_info}: decimal places and total digits. */
    private static long[] digits(BigDecimal d) {
        long digits = d.unscaledValue().abs().toString().length();
        int exponent = -d.scale();
        if (exponent >= 0) return new long[] {0, digits + exponent};
        long decimals = -(long) exponent;
        return new long[] {decimals, Math.max(digits, decimals)};
    }

    private static String plural(long n) {
        return n == 1 ? "" : "s";
    }

    private static Invalid bound(String type, String words, String key, BigDecimal limit) {
        Map<String, Object> ctx = new LinkedHashMap<>(1);
        ctx.put(key, limit);
        return new Invalid(type, "Input should be " + words + " " + PyText.decimal(limit), ctx);
    }
}
