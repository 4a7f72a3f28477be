package dev.flute.dsl.types;

import java.util.Arrays;
import java.util.List;

/**
 * Gives every concrete type the documentation methods, each returning the concrete type so a chain
 * stays typed: {@code int_().ge(0).title("Item id").le(1000)}.
 *
 * @param <T> the Java value
 * @param <S> the concrete type itself
 */
public abstract class AbstractType<T, S extends AbstractType<T, S>> extends Type<T> {

    protected AbstractType(Meta meta) {
        super(meta);
    }

    @Override
    protected abstract S withMeta(Meta meta);

    public S title(String title) {
        return withMeta(meta().withTitle(title));
    }

    public S description(String description) {
        return withMeta(meta().withDescription(description));
    }

    public S examples(Object... examples) {
        return withMeta(meta().withExamples(Arrays.asList(examples)));
    }

    public S examples(List<?> examples) {
        return withMeta(meta().withExamples(List.copyOf(examples)));
    }

    public S deprecated() {
        return withMeta(meta().withDeprecated(true));
    }

    /** The name on the wire, when it differs from the declared one. */
    public S alias(String alias) {
        return withMeta(meta().withAlias(alias));
    }

    /** Hide from the generated document (the value is still read and validated). */
    public S includeInSchema(boolean include) {
        return withMeta(meta().withIncludeInSchema(include));
    }
}
