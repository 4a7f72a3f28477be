package dev.flute.dsl.internal;

import dev.flute.dsl.ResponseModel;
import dev.flute.dsl.http.ResponseValidationError;
import dev.flute.dsl.http.ValidationError;
import dev.flute.dsl.types.BoolType;
import dev.flute.dsl.types.DefaultType;
import dev.flute.dsl.types.DoubleType;
import dev.flute.dsl.types.IntType;
import dev.flute.dsl.types.ListType;
import dev.flute.dsl.types.Loc;
import dev.flute.dsl.types.LongType;
import dev.flute.dsl.types.ModelType;
import dev.flute.dsl.types.NullableType;
import dev.flute.dsl.types.OptionalType;
import dev.flute.dsl.types.StrType;
import dev.flute.dsl.types.Type;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Encodes a handler's result through its response model: only declared fields are written, read by
 * name from whatever the handler returned (the model's record, another record or class with the
 * same field names, or a map). A value that does not fit is a server bug: every misfit is
 * collected and reported as a {@link ResponseValidationError}.
 */
final class ResponseEncoder {
    private static final Loc RESPONSE = Loc.of("response");
    private static final Object ABSENT = new Object();

    /** Readers of a class's properties by name, built once per class. */
    private static final ClassValue<Map<String, MethodHandle>> PROPERTIES = new ClassValue<>() {
        @Override
        protected Map<String, MethodHandle> computeValue(Class<?> type) {
            return properties(type);
        }
    };

    private final ResponseModel model;

    ResponseEncoder(ResponseModel model) {
        this.model = model;
    }

    Object encode(Object result) {
        var errors = new ArrayList<ValidationError>(0);
        Object out = write(model.type(), result, RESPONSE, null, true, errors);
        if (!errors.isEmpty()) throw new ResponseValidationError(errors);
        return out;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    /** {@code key} under {@code parent} is where the value sits; the pair becomes a {@link Loc} only for an error. */
    private Object write(
            Type<?> type, Object value, Loc parent, Object key, boolean top, List<ValidationError> errors) {
        if (value instanceof Optional<?> o) value = o.orElse(null);
        if (type instanceof OptionalType<?> o)
            return value == null ? null : write(o.inner(), value, parent, key, top, errors);
        if (type instanceof NullableType<?> n)
            return value == null ? null : write(n.inner(), value, parent, key, top, errors);
        if (type instanceof DefaultType<?> d)
            return value == null ? null : write(d.inner(), value, parent, key, top, errors);
        if (value == null) {
            errors.add(new ValidationError(
                    "none_required", at(parent, key).toList(), "Input should be a valid value, not None", null, null));
            return null;
        }
        if (type instanceof ModelType<?> m) return writeModel(m, value, at(parent, key), top, errors);
        if (type instanceof ListType<?, ?> l) {
            if (!(value instanceof Collection<?> items)) {
                errors.add(new ValidationError(
                        "list_type", at(parent, key).toList(), "Input should be a valid list", value, null));
                return null;
            }
            Loc here = at(parent, key);
            ArrayList<Object> out = null;
            int i = 0;
            for (Object item : items) {
                Object written = write(l.items(), item, here, i, false, errors);
                if (out == null && (written != item || !(items instanceof List<?>))) {
                    // The first item that changes: from here on the list is a copy.
                    out = new ArrayList<>(items.size());
                    int j = 0;
                    for (Object before : items) {
                        if (j++ == i) break;
                        out.add(before);
                    }
                }
                if (out != null) out.add(written);
                i++;
            }
            return out != null ? out : items;
        }
        Object checked = scalar(type, value, parent, key, errors);
        return checked == null ? null : ((Type) type).toJson(checked);
    }

    /**
     * Checks a scalar against its declared type, coercing numbers as Pydantic's serializer does (an
     * int sent through a float field is written {@code 62.0}).
     */
    private static Loc at(Loc parent, Object key) {
        return key == null ? parent : parent.add(key);
    }

    private static Object scalar(Type<?> type, Object value, Loc parent, Object key, List<ValidationError> errors) {
        if (type instanceof DoubleType) {
            if (value instanceof Number n) return n.doubleValue();
            return misfit("float_type", "Input should be a valid number", value, at(parent, key), errors);
        }
        if (type instanceof IntType || type instanceof LongType) {
            if (value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte) {
                return value;
            }
            return misfit("int_type", "Input should be a valid integer", value, at(parent, key), errors);
        }
        if (type instanceof StrType && !(value instanceof CharSequence)) {
            return misfit("string_type", "Input should be a valid string", value, at(parent, key), errors);
        }
        if (type instanceof BoolType && !(value instanceof Boolean)) {
            return misfit("bool_type", "Input should be a valid boolean", value, at(parent, key), errors);
        }
        return value;
    }

    private static Object misfit(String type, String msg, Object value, Loc loc, List<ValidationError> errors) {
        errors.add(new ValidationError(type, loc.toList(), msg, value, null));
        return null;
    }

    private Object writeModel(ModelType<?> m, Object value, Loc loc, boolean top, List<ValidationError> errors) {
        Map<?, ?> map = value instanceof Map<?, ?> given ? given : null;
        Map<String, MethodHandle> properties = map == null ? PROPERTIES.get(value.getClass()) : Map.of();
        var out = new LinkedHashMap<String, Object>(m.fields().size() * 2);
        for (ModelType.Field f : m.fields()) {
            if (top && !model.include().isEmpty() && !model.include().contains(f.wireName())) continue;
            if (top && model.exclude().contains(f.wireName())) continue;
            Object v = map != null ? fromMap(map, f) : fromObject(properties, value, f);
            if (v == ABSENT) {
                if (f.type().required()) {
                    errors.add(ValidationError.missing(loc.add(f.wireName()).toList(), value));
                    continue;
                }
                if (model.excludeUnset()) continue;
                v = f.type().absentValue();
            }
            Object written = write(f.type(), v, loc, f.wireName(), false, errors);
            if (written == null && model.excludeNone()) continue;
            out.put(f.wireName(), written);
        }
        return out;
    }

    private static Object fromMap(Map<?, ?> map, ModelType.Field f) {
        if (map.containsKey(f.wireName())) return map.get(f.wireName());
        if (map.containsKey(f.name())) return map.get(f.name());
        return ABSENT;
    }

    private static Object fromObject(Map<String, MethodHandle> properties, Object value, ModelType.Field f) {
        MethodHandle reader = properties.get(f.name());
        if (reader == null) reader = properties.get(f.wireName());
        if (reader == null) return ABSENT;
        try {
            return reader.invoke(value);
        } catch (Throwable e) {
            throw new IllegalStateException(
                    "cannot read " + f.name() + " of " + value.getClass().getName(), e);
        }
    }

    /** Record components, public getters ({@code getX}, {@code isX}) and public fields, by property name. */
    private static Map<String, MethodHandle> properties(Class<?> type) {
        var lookup = MethodHandles.publicLookup();
        var out = new HashMap<String, MethodHandle>();
        try {
            if (type.isRecord()) {
                for (var c : type.getRecordComponents()) out.put(c.getName(), lookup.unreflect(c.getAccessor()));
                return out;
            }
            for (var field : type.getFields()) {
                if (!Modifier.isStatic(field.getModifiers())) out.put(field.getName(), lookup.unreflectGetter(field));
            }
            for (var method : type.getMethods()) {
                if (method.getParameterCount() != 0 || Modifier.isStatic(method.getModifiers())) continue;
                String name = method.getName();
                String property = name.startsWith("get") && name.length() > 3
                        ? name.substring(3)
                        : name.startsWith("is") && name.length() > 2 ? name.substring(2) : null;
                if (property == null || name.equals("getClass")) continue;
                out.putIfAbsent(
                        Character.toLowerCase(property.charAt(0)) + property.substring(1), lookup.unreflect(method));
            }
        } catch (IllegalAccessException e) {
            // A class that is not public: its properties cannot be read, so its fields count as absent.
        }
        return out;
    }
}
