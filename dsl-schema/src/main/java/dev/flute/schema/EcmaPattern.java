package dev.flute.schema;

import dev.flute.dsl.types.Regex;
import java.util.Optional;
import org.everit.json.schema.regexp.JavaUtilRegexpFactory;
import org.everit.json.schema.regexp.RegexpMatchingFailure;

/**
 * A schema's {@code pattern} with JSON Schema's meaning (ECMA-262, like Pydantic's engine): Everit
 * compiles patterns as Java regular expressions, where {@code $} also matches before a final line
 * break. The translated pattern is matched; the one the schema states is what errors show.
 */
record EcmaPattern(String source, org.everit.json.schema.regexp.Regexp translated)
        implements org.everit.json.schema.regexp.Regexp {
    private static final JavaUtilRegexpFactory JAVA = new JavaUtilRegexpFactory();

    static EcmaPattern of(String source) {
        return new EcmaPattern(source, JAVA.createHandler(Regex.toJava(source)));
    }

    @Override
    public Optional<RegexpMatchingFailure> patternMatchingFailure(String input) {
        return translated.patternMatchingFailure(input);
    }

    @Override
    public String toString() {
        return source;
    }
}
