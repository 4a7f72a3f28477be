package dev.flute.dsl.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.SerializedString;
import dev.flute.dsl.Output;
import dev.flute.dsl.types.BoolType;
import dev.flute.dsl.types.DoubleType;
import dev.flute.dsl.types.IntType;
import dev.flute.dsl.types.ListType;
import dev.flute.dsl.types.LongType;
import dev.flute.dsl.types.ModelType;
import dev.flute.dsl.types.Partial;
import dev.flute.dsl.types.PartialType;
import dev.flute.dsl.types.Presence;
import dev.flute.dsl.types.StrType;
import dev.flute.dsl.types.Type;
import java.io.IOException;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Compiles a declared type into its {@link ValueWriter}: the one place that looks at what kind
 * of type it is, when a route is compiled, never per request. Models write their fields by their
 * wire names (aliases, {@code snakeCase()}) through prepared accessors, lists and maps their
 * items, scalars their Pydantic form ({@link Type#toJson}); the output's options (include,
 * exclude, exclude-none) apply as FastAPI applies them.
 */
final class ValueWriters {
    private ValueWriters() {}

    /** The writer of a JSON output's values. */
    static ValueWriter of(Type<?> type, Output.JsonOptions options) {
        return compile(type, options, true);
    }

    /** The writer of values of {@code type} with the default options. */
    static ValueWriter of(Type<?> type) {
        return compile(type, Output.JsonOptions.DEFAULT, true);
    }

    @SuppressWarnings("unchecked")
    private static ValueWriter compile(Type<?> type, Output.JsonOptions options, boolean top) {
        if (!type.presence().equals(Presence.REQUIRED)) {
            Type<Object> outer = (Type<Object>) type;
            return present(outer, compile(type.valueType(), options, top));
        }
        if (type instanceof ModelType<?> m) return new ModelWriter(m, options, top);
        if (type instanceof PartialType<?> p) return new ModelWriter(p.model(), options, top);
        if (type instanceof ListType<?, ?> l) return list(compile(l.items(), options, false));
        if (type instanceof dev.flute.dsl.types.MapType<?> m) return map(compile(m.values(), options, false));
        // These writers report a null as the misfit of their type themselves: no wrapper to call through.
        if (type instanceof StrType) return STRING;
        if (type instanceof IntType || type instanceof LongType) return INTEGER;
        if (type instanceof DoubleType) return NUMBER;
        if (type instanceof BoolType) return BOOLEAN;
        Type<Object> scalar = (Type<Object>) type;
        return required("none_required", "Input should be a valid value, not None", (value, out, misfits) -> {
            Object json;
            try {
                json = scalar.toJson(value);
            } catch (ClassCastException wrongClass) {
                misfits.add(
                        "model_type",
                        "Input is not a valid " + scalar.getClass().getSimpleName(),
                        value);
                out.writeNull();
                return;
            }
            PlainWriter.PYDANTIC.write(json, out);
        });
    }

    /** A value that may be absent or null: nothing there ({@code Optional.empty()}, null) is written as null. */
    private static ValueWriter present(Type<Object> type, ValueWriter inner) {
        return (value, out, misfits) -> {
            Object v = value == null ? null : type.toPresent(value);
            if (v == null) out.writeNull();
            else inner.write(v, out, misfits);
        };
    }

    /** A value that must be there: null is a misfit of this type. */
    private static ValueWriter required(String type, String msg, ValueWriter inner) {
        return (value, out, misfits) -> {
            if (value == null) {
                misfits.add(type, msg, null);
                out.writeNull();
            } else inner.write(value, out, misfits);
        };
    }

    private static ValueWriter list(ValueWriter items) {
        return (value, out, misfits) -> {
            if (!(value instanceof Collection<?> all)) {
                misfits.add("list_type", "Input should be a valid list", value);
                out.writeNull();
                return;
            }
            out.writeStartArray(value, all.size());
            int i = 0;
            for (Object item : all) {
                misfits.enter(i++);
                items.write(item, out, misfits);
                misfits.leave();
            }
            out.writeEndArray();
        };
    }

    private static ValueWriter map(ValueWriter values) {
        return (value, out, misfits) -> {
            if (!(value instanceof Map<?, ?> all)) {
                misfits.add("dict_type", "Input should be a valid dictionary", value);
                out.writeNull();
                return;
            }
            out.writeStartObject(value);
            for (Map.Entry<?, ?> e : all.entrySet()) {
                String key = String.valueOf(e.getKey());
                out.writeFieldName(key);
                misfits.enter(key);
                values.write(e.getValue(), out, misfits);
                misfits.leave();
            }
            out.writeEndObject();
        };
    }

    private static final ValueWriter STRING = (value, out, misfits) -> {
        if (value instanceof CharSequence text) out.writeString(text.toString());
        else misfit(value, out, misfits, "string_type", "Input should be a valid string");
    };

    private static final ValueWriter INTEGER = (value, out, misfits) -> {
        if (value instanceof Integer || value instanceof Short || value instanceof Byte)
            out.writeNumber(((Number) value).intValue());
        else if (value instanceof Long l) out.writeNumber(l);
        else misfit(value, out, misfits, "int_type", "Input should be a valid integer");
    };

    /** Any number through a float field is written as a float, as Pydantic's serializer does ({@code 62.0}). */
    private static final ValueWriter NUMBER = (value, out, misfits) -> {
        if (value instanceof Number n) out.writeNumber(n.doubleValue());
        else misfit(value, out, misfits, "float_type", "Input should be a valid number");
    };

    private static final ValueWriter BOOLEAN = (value, out, misfits) -> {
        if (value instanceof Boolean b) out.writeBoolean(b);
        else misfit(value, out, misfits, "bool_type", "Input should be a valid boolean");
    };

    private static void misfit(Object value, JsonGenerator out, Misfits misfits, String type, String msg)
            throws IOException {
        misfits.add(type, msg, value);
        out.writeNull();
    }

    /** A model: its fields in declaration order, by wire name, read through prepared accessors. */
    private static final class ModelWriter implements ValueWriter {
        private final ModelType<?> model;
        private final Field[] fields;
        private final boolean excludeNone;
        private final boolean excludeUnset;

        private record Field(
                String name,
                String wireName,
                SerializedString key,
                Function<Object, Object> read,
                ValueWriter writer) {}

        ModelWriter(ModelType<?> model, Output.JsonOptions options, boolean top) {
            this.model = model;
            this.excludeNone = options.excludeNone();
            this.excludeUnset = options.excludeUnset();
            var kept = new java.util.ArrayList<Field>(model.fields().size());
            for (ModelType.Field f : model.fields()) {
                // Include and exclude name top-level fields, as FastAPI's response_model_include/exclude.
                if (top && !options.include().isEmpty() && !options.include().contains(f.wireName())) continue;
                if (top && options.exclude().contains(f.wireName())) continue;
                kept.add(new Field(
                        f.name(),
                        f.wireName(),
                        new SerializedString(f.wireName()),
                        Accessors.of(model.javaType(), f.name(), f.accessor()),
                        compile(f.type(), options, false)));
            }
            this.fields = kept.toArray(Field[]::new);
        }

        /**
         * A model's value, or a {@link Partial} of it: then, with exclude-unset, only the fields the
         * client sent (FastAPI's {@code response_model_exclude_unset}).
         */
        @Override
        public void write(Object value, JsonGenerator out, Misfits misfits) throws IOException {
            Partial<?> partial = value instanceof Partial<?> p ? p : null;
            if (partial != null) value = partial.value();
            if (value == null) {
                misfit(
                        null,
                        out,
                        misfits,
                        "model_type",
                        "Input should be a valid dictionary or instance of " + model.name());
                return;
            }
            if (!model.javaType().isInstance(value)) {
                misfit(
                        value,
                        out,
                        misfits,
                        "model_type",
                        "Input should be a valid dictionary or instance of " + model.name());
                return;
            }
            out.writeStartObject(value);
            for (Field f : fields) {
                if (excludeUnset && partial != null && !partial.isSet(f.name())) continue;
                Object v = f.read().apply(value);
                if (excludeNone && (v == null || (v instanceof Optional<?> o && o.isEmpty()))) continue;
                out.writeFieldName(f.key());
                misfits.enter(f.wireName());
                f.writer().write(v, out, misfits);
                misfits.leave();
            }
            out.writeEndObject();
        }
    }
}
