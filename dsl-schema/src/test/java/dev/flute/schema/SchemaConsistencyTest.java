package dev.flute.schema;

import static dev.flute.dsl.Flute.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.flute.dsl.Json;
import dev.flute.dsl.types.DoubleType;
import dev.flute.dsl.types.IntType;
import dev.flute.dsl.types.Invalid;
import dev.flute.dsl.types.ListType;
import dev.flute.dsl.types.LongType;
import dev.flute.dsl.types.StrType;
import dev.flute.dsl.types.Type;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/**
 * For schemas generated from Flute types, Everit (validating the generated JSON Schema) accepts a
 * JSON value exactly when Flute's own validator accepts it: Flute reading the value as a JSON body
 * ({@code Type.fromJson}), and as the text of a query value or path segment ({@code fromText}).
 * The values are of the JSON kind the type documents (a string for {@code str()}, a number for
 * {@code int_()}, an array for a list, null for an optional). Across kinds Flute is lax like Pydantic
 * ({@code "5"} for an int), so there the property is one-way: what the schema allows, Flute accepts.
 * The one known difference, sets, has a property of its own.
 */
class SchemaConsistencyTest {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    enum Color {
        red,
        green,
        blue
    }

    /** A type and a value to judge. */
    record Case(Type<?> type, JsonNode value) {
        @Override
        public String toString() {
            return Json.write(JsonSchemas.document(type)) + " ∋? " + value;
        }
    }

    @Property(tries = 1500)
    void everit_accepts_exactly_what_flute_accepts(@ForAll("cases") Case c) {
        var errors = JsonSchemaValidator.of(JsonSchemas.document(c.type())).validate(c.value());
        boolean json = fluteReadsJson(c.type(), c.value());
        boolean text = fluteReadsText(c.type(), c.value());
        Statistics.label("accepted").collect(json);
        assertEquals(
                json,
                errors.isEmpty(),
                () -> c + ": Flute's JSON reading " + (json ? "accepts" : "refuses") + ", Everit " + errors);
        assertEquals(
                text,
                errors.isEmpty(),
                () -> c + ": Flute's text reading " + (text ? "accepts" : "refuses") + ", Everit " + errors);
    }

    /** Whatever the value, the published schema never allows what Flute refuses. */
    @Property(tries = 800)
    void flute_accepts_every_value_the_schema_allows(@ForAll("types") Type<?> type, @ForAll("anyJson") JsonNode value) {
        boolean everit = JsonSchemaValidator.of(JsonSchemas.document(type))
                .validate(value)
                .isEmpty();
        Statistics.label("schema allows").collect(everit);
        if (everit) {
            assertTrue(
                    fluteReadsJson(type, value),
                    () -> Json.write(JsonSchemas.document(type)) + " allows " + value + " but Flute refuses it");
        }
    }

    /**
     * Sets are the exception that proves the rule: Flute (like Pydantic) reads {@code [1,1]} as the set
     * {@code {1}}, while the schema FastAPI publishes for a set says {@code uniqueItems}. Everit is
     * therefore stricter, never looser.
     */
    @Property(tries = 400)
    void everit_is_stricter_than_flute_only_on_duplicates_in_sets(@ForAll("sets") Case c) {
        boolean flute = fluteReadsJson(c.type(), c.value());
        boolean everit = JsonSchemaValidator.of(JsonSchemas.document(c.type()))
                .validate(c.value())
                .isEmpty();
        boolean distinct = new HashSet<>(texts(c.value())).size() == c.value().size();
        if (everit) assertTrue(flute, () -> c + ": Everit accepts what Flute refuses");
        if (flute && distinct) assertTrue(everit, () -> c + ": Everit refuses distinct items Flute accepts");
        Statistics.label("duplicates").collect(!distinct);
    }

    // ---- Flute's side ---------------------------------------------------------------------------

    static boolean fluteReadsJson(Type<?> type, JsonNode value) {
        var errors = new ArrayList<dev.flute.dsl.http.ValidationError>();
        type.fromJson(value, dev.flute.dsl.types.Loc.of("body"), errors);
        return errors.isEmpty();
    }

    static boolean fluteReadsText(Type<?> type, JsonNode value) {
        if (value.isNull()) return isOptional(type);
        try {
            if (type.repeated()) {
                var failures = new ArrayList<Invalid>();
                type.fromTexts(texts(value), (i, invalid) -> failures.add(invalid));
                return failures.isEmpty();
            }
            type.fromText(text(value));
            return true;
        } catch (Invalid invalid) {
            return false;
        }
    }

    static boolean isOptional(Type<?> type) {
        return type.presence().nullable();
    }

    static String text(JsonNode value) {
        return value.isTextual()
                ? value.asText()
                : value.isBigDecimal() ? value.decimalValue().toPlainString() : value.toString();
    }

    static List<String> texts(JsonNode array) {
        var out = new ArrayList<String>();
        for (JsonNode item : array) out.add(text(item));
        return out;
    }

    // ---- generators -------------------------------------------------------------------------------

    @Provide
    Arbitrary<Case> cases() {
        return Arbitraries.oneOf(
                strings(), ints(), longs(), doubles(), booleans(), enums(), lists(), optionals(), defaults());
    }

    @Provide
    Arbitrary<Type<?>> types() {
        return cases().map(Case::type);
    }

    /** Any JSON value: scalars of every kind, and arrays of them. */
    @Provide
    Arbitrary<JsonNode> anyJson() {
        Arbitrary<JsonNode> scalar = Arbitraries.oneOf(
                stringValues(),
                smallInts(),
                decimals(),
                Arbitraries.of(true, false).map(NODES::booleanNode),
                Arbitraries.just(NODES.nullNode()),
                Arbitraries.of("red", "5", "2.5", "true", "-3").map(NODES::textNode));
        return Arbitraries.oneOf(scalar, arrayOf(scalar));
    }

    @Provide
    Arbitrary<Case> sets() {
        return Arbitraries.oneOf(
                // Few distinct values, so duplicates are common.
                strTypes().flatMap(t -> arrayOf(Arbitraries.of("a", "b", "ab").map(NODES::textNode))
                        .map(v -> new Case(setOf(t), v))),
                intTypes().flatMap(t -> arrayOf(
                                Arbitraries.integers().between(0, 3).map(NODES::numberNode))
                        .map(v -> new Case(setOf(t), v))));
    }

    Arbitrary<Case> strings() {
        return strTypes().flatMap(t -> stringValues().map(v -> new Case(t, v)));
    }

    Arbitrary<Case> ints() {
        return intTypes()
                .flatMap(t -> Arbitraries.oneOf(smallInts(), decimals()).map(v -> new Case(t, v)));
    }

    Arbitrary<Case> longs() {
        return longTypes().flatMap(t -> bigInts().map(v -> new Case(t, v)));
    }

    Arbitrary<Case> doubles() {
        return doubleTypes()
                .flatMap(t -> Arbitraries.oneOf(decimals(), smallInts()).map(v -> new Case(t, v)));
    }

    Arbitrary<Case> booleans() {
        return Arbitraries.of(true, false).map(b -> new Case(bool(), NODES.booleanNode(b)));
    }

    Arbitrary<Case> enums() {
        return Arbitraries.of("red", "green", "blue", "Red", "", "purple", "red ")
                .map(v -> new Case(enum_(Color.class), NODES.textNode(v)));
    }

    Arbitrary<Case> lists() {
        return Arbitraries.oneOf(
                strTypes().flatMap(t -> arrayOf(stringValues()).map(v -> new Case(listOf(t), v))),
                intTypes().flatMap(t -> arrayOf(smallInts()).map(v -> new Case(listOf(t), v))),
                Arbitraries.just(listOf(enum_(Color.class)))
                        .flatMap(t -> arrayOf(enums().map(Case::value)).map(v -> new Case(t, v))));
    }

    Arbitrary<Case> optionals() {
        return Arbitraries.oneOf(strings(), ints(), enums(), lists())
                .flatMap(c -> Arbitraries.oneOf(
                        Arbitraries.just(new Case(c.type().optional(), c.value())),
                        Arbitraries.just(new Case(c.type().optional(), NODES.nullNode()))));
    }

    Arbitrary<Case> defaults() {
        return Arbitraries.oneOf(
                ints().map(c -> new Case(((IntType) c.type()).withDefault(7), c.value())),
                strings().map(c -> new Case(((StrType) c.type()).withDefault("zz"), c.value())),
                strings().map(c -> new Case(((StrType) c.type()).withDefault("zz"), NODES.nullNode())));
    }

    // -- types

    Arbitrary<StrType> strTypes() {
        Arbitrary<Integer> min = Arbitraries.integers().between(0, 4).injectNull(0.5);
        Arbitrary<Integer> extra = Arbitraries.integers().between(0, 5).injectNull(0.5);
        Arbitrary<String> pattern = Arbitraries.of("^a", "b$", "[0-9]", "^[a-c]+$", "x|y", "^\\S*$", "é")
                .injectNull(0.5);
        return Combinators.combine(min, extra, pattern).as((lo, more, p) -> {
            StrType t = str();
            if (lo != null) t = t.minLength(lo);
            if (more != null) t = t.maxLength((lo == null ? 0 : lo) + more);
            if (p != null) t = t.pattern(p);
            return t;
        });
    }

    Arbitrary<IntType> intTypes() {
        Arbitrary<Integer> bound = Arbitraries.integers().between(-20, 20);
        Arbitrary<Integer> kind = Arbitraries.integers().between(0, 2);
        Arbitrary<Integer> multiple = Arbitraries.integers().between(1, 6).injectNull(0.6);
        return Combinators.combine(kind, bound, kind, bound, multiple).as((lk, lo, hk, hi, m) -> {
            IntType t = int_();
            if (lk == 1) t = t.ge(lo);
            if (lk == 2) t = t.gt(lo);
            if (hk == 1) t = t.le(hi);
            if (hk == 2) t = t.lt(hi);
            if (m != null) t = t.multipleOf(m);
            return t;
        });
    }

    Arbitrary<LongType> longTypes() {
        Arbitrary<Long> bound = Arbitraries.longs().between(-10_000_000_000L, 10_000_000_000L);
        Arbitrary<Integer> kind = Arbitraries.integers().between(0, 2);
        return Combinators.combine(kind, bound, kind, bound).as((lk, lo, hk, hi) -> {
            LongType t = long_();
            if (lk == 1) t = t.ge(lo);
            if (lk == 2) t = t.gt(lo);
            if (hk == 1) t = t.le(hi);
            if (hk == 2) t = t.lt(hi);
            return t;
        });
    }

    Arbitrary<DoubleType> doubleTypes() {
        Arbitrary<Double> bound = Arbitraries.integers().between(-20, 20).map(i -> i / 2.0);
        Arbitrary<Integer> kind = Arbitraries.integers().between(0, 2);
        Arbitrary<Double> multiple = Arbitraries.of(0.5, 0.25, 2.0, 3.0).injectNull(0.6);
        return Combinators.combine(kind, bound, kind, bound, multiple).as((lk, lo, hk, hi, m) -> {
            DoubleType t = double_();
            if (lk == 1) t = t.ge(lo);
            if (lk == 2) t = t.gt(lo);
            if (hk == 1) t = t.le(hi);
            if (hk == 2) t = t.lt(hi);
            if (m != null) t = t.multipleOf(m);
            return t;
        });
    }

    // -- values

    Arbitrary<JsonNode> stringValues() {
        return Arbitraries.of("a", "b", "c", "x", "y", "0", "9", " ", "é", "😀", "\n", "ab")
                .list()
                .ofMaxSize(8)
                .map(parts -> NODES.textNode(String.join("", parts)));
    }

    Arbitrary<JsonNode> smallInts() {
        return Arbitraries.integers().between(-40, 40).map(i -> NODES.numberNode(i));
    }

    /** Within {@code long}: beyond it Flute refuses what the schema (Python's unbounded int) allows. */
    Arbitrary<JsonNode> bigInts() {
        return Arbitraries.longs().between(-12_000_000_000L, 12_000_000_000L).map(l -> NODES.numberNode(l));
    }

    /** Numbers written with a fraction: {@code 2.5}, {@code -3.0}, {@code 0.25}. */
    Arbitrary<JsonNode> decimals() {
        return Combinators.combine(
                        Arbitraries.integers().between(-2000, 2000),
                        Arbitraries.integers().between(1, 2))
                .as((unscaled, scale) -> NODES.numberNode(BigDecimal.valueOf(unscaled, scale)));
    }

    Arbitrary<JsonNode> arrayOf(Arbitrary<JsonNode> items) {
        return items.list().ofMaxSize(4).map(list -> {
            ArrayNode array = NODES.arrayNode();
            list.forEach(array::add);
            return array;
        });
    }

    @SuppressWarnings("unused")
    private static ListType<?, ?> unused() {
        return null;
    }
}
