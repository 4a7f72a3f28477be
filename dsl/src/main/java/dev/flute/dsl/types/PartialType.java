package dev.flute.dsl.types;

import com.fasterxml.jackson.databind.JsonNode;
import dev.flute.dsl.http.ValidationError;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * A model read as a {@link Partial}: validated exactly as the model (same fields, same defaults, same
 * document), and the handler also learns which fields were sent. Made with {@link ModelType#partial()}.
 */
public final class PartialType<T> extends AbstractType<Partial<T>, PartialType<T>> {
    private final ModelType<T> model;

    PartialType(Meta meta, ModelType<T> model) {
        super(meta);
        this.model = model;
    }

    /** The model whose values are read, and whose schema documents this type. */
    public ModelType<T> model() {
        return model;
    }

    @Override
    protected PartialType<T> withMeta(Meta meta) {
        return new PartialType<>(meta, model);
    }

    @Override
    public java.lang.reflect.Type javaType() {
        return JavaTypes.parameterized(Partial.class, model.javaType());
    }

    @Override
    public String toString() {
        return model + ".partial()";
    }

    @Override
    public JsonKind kind() {
        return JsonKind.OBJECT;
    }

    /** A model is never text: Pydantic's {@code model_attributes_type}, as for the model itself. */
    @Override
    public Partial<T> fromText(String raw) {
        throw ModelType.notAnObject();
    }

    @Override
    public Partial<T> fromJson(JsonNode node, Loc loc, List<ValidationError> errors) {
        var sent = new LinkedHashSet<String>();
        T value = model.read(node, loc, errors, sent);
        return value == null ? null : new Partial<>(model, value, sent);
    }

    /** Only the fields that were sent, FastAPI's {@code exclude_unset}. */
    @Override
    public Object toJson(Partial<T> value) {
        var all = model.toJson(value.value());
        var out = new LinkedHashMap<String, Object>();
        for (ModelType.Field f : model.fields()) {
            if (value.isSet(f.name())) out.put(f.wireName(), ((Map<?, ?>) all).get(f.wireName()));
        }
        return out;
    }
}
