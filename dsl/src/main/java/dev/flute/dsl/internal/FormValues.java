package dev.flute.dsl.internal;

import dev.flute.dsl.FileParam;
import dev.flute.dsl.http.ValidationError;
import dev.flute.dsl.types.BytesType;
import dev.flute.dsl.types.Invalid;
import dev.flute.dsl.types.ListType;
import dev.flute.dsl.types.Loc;
import dev.flute.dsl.types.Type;
import dev.flute.dsl.types.UploadType;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns received form values (text, file parts, or lists of them) into the value a type describes,
 * recording failures at their location. Text goes through the type's own reading, so a form field
 * is checked exactly like a query parameter; file parts become uploads or bytes below the list,
 * optional and default wrappers.
 */
final class FormValues {
    private FormValues() {}

    static Object convert(Type<?> type, Object raw, Loc loc, List<ValidationError> errors) {
        if (raw instanceof String text) return text(type, text, loc, errors);
        if (raw instanceof FilePart part) return file(type, part, loc, errors);
        List<?> all = (List<?>) raw;
        if (!FileParam.isFileType(type) && all.stream().allMatch(String.class::isInstance)) {
            @SuppressWarnings("unchecked")
            List<String> texts = (List<String>) all;
            try {
                return type.fromTexts(
                        texts, (index, invalid) -> errors.add(error(invalid, loc.add(index), texts.get(index))));
            } catch (Invalid whole) {
                errors.add(error(whole, loc, texts));
                return null;
            }
        }
        return list(type, all, loc, errors);
    }

    private static Object text(Type<?> type, String text, Loc loc, List<ValidationError> errors) {
        Object read = type.readText(text);
        if (read instanceof Invalid invalid) {
            errors.add(error(invalid, loc, text));
            return null;
        }
        return read;
    }

    private static Object file(Type<?> type, FilePart part, Loc loc, List<ValidationError> errors) {
        if (type.valueType() != type) return type.fromPresent(file(type.valueType(), part, loc, errors));
        if (type instanceof ListType<?, ?>) return list(type, List.of(part), loc, errors);
        if (type instanceof UploadType) return part.upload();
        if (type instanceof BytesType) return part.bytes();
        // A file sent where text is expected: Pydantic's type error for that kind, naming the file.
        String kind = type.kind().keyword() == null ? "value" : type.kind().keyword();
        String what =
                switch (type.kind()) {
                    case STRING -> "string";
                    case INTEGER -> "int";
                    case NUMBER -> "float";
                    case BOOLEAN -> "bool";
                    default -> "model_attributes";
                };
        errors.add(new ValidationError(
                what + "_type", loc.toList(), "Input should be a valid " + kind, describe(part), null));
        return null;
    }

    /** A list of values (text or files) for a list type, below its optional and default wrappers. */
    private static Object list(Type<?> type, List<?> raw, Loc loc, List<ValidationError> errors) {
        if (type.valueType() != type) return type.fromPresent(list(type.valueType(), raw, loc, errors));
        if (!(type instanceof ListType<?, ?> listType)) return convert(type, raw.get(raw.size() - 1), loc, errors);
        Collection<Object> out = listType.unique() ? new LinkedHashSet<>() : new ArrayList<>(raw.size());
        int before = errors.size();
        for (int i = 0; i < raw.size(); i++) out.add(convert(listType.items(), raw.get(i), loc.add(i), errors));
        if (errors.size() == before) {
            try {
                listType.checkLength(raw.size(), out.size());
            } catch (Invalid whole) {
                errors.add(error(whole, loc, describe(raw)));
            }
        }
        return listType.unique()
                ? Collections.unmodifiableSet((Set<Object>) out)
                : Collections.unmodifiableList((List<Object>) out);
    }

    /** A received value as an error's {@code input}: text as it is, a file by its description. */
    static Object describe(Object raw) {
        if (raw instanceof FilePart part) {
            var out = new LinkedHashMap<String, Object>(4);
            out.put("filename", part.filename());
            out.put("content_type", part.headers().contentType());
            out.put("size", part.size());
            return out;
        }
        if (raw instanceof List<?> all)
            return all.stream().map(FormValues::describe).toList();
        return raw;
    }

    /** The whole form as an error's {@code input}, as Pydantic shows the dict it validated. */
    static Map<String, Object> describe(Map<String, Object> values) {
        var out = new LinkedHashMap<String, Object>(values.size() * 2);
        values.forEach((name, value) -> out.put(name, describe(value)));
        return out;
    }

    private static ValidationError error(Invalid invalid, Loc loc, Object input) {
        return new ValidationError(invalid.type(), loc.toList(), invalid.msg(), input, invalid.ctx());
    }
}
