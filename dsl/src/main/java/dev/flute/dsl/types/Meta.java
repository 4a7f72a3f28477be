package dev.flute.dsl.types;

import java.util.List;

/**
 * Documentation carried by a type: what OpenAPI shows, never what validation checks.
 *
 * @param alias the name on the wire when it differs from the declared one (model fields)
 * @param includeInSchema false hides the input or field from the generated document
 */
public record Meta(
        String title,
        String description,
        List<Object> examples,
        boolean deprecated,
        String alias,
        boolean includeInSchema) {

    public static final Meta NONE = new Meta(null, null, List.of(), false, null, true);

    public Meta {
        examples = List.copyOf(examples);
    }

    public Meta withTitle(String title) {
        return new Meta(title, description, examples, deprecated, alias, includeInSchema);
    }

    public Meta withDescription(String description) {
        return new Meta(title, description, examples, deprecated, alias, includeInSchema);
    }

    public Meta withExamples(List<Object> examples) {
        return new Meta(title, description, examples, deprecated, alias, includeInSchema);
    }

    public Meta withDeprecated(boolean deprecated) {
        return new Meta(title, description, examples, deprecated, alias, includeInSchema);
    }

    public Meta withAlias(String alias) {
        return new Meta(title, description, examples, deprecated, alias, includeInSchema);
    }

    public Meta withIncludeInSchema(boolean includeInSchema) {
        return new Meta(title, description, examples, deprecated, alias, includeInSchema);
    }
}
