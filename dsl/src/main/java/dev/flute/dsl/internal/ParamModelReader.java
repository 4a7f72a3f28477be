package dev.flute.dsl.internal;

import dev.flute.dsl.Param;
import dev.flute.dsl.ParamModel;
import dev.flute.dsl.http.Request;
import dev.flute.dsl.http.ValidationError;
import dev.flute.dsl.types.Invalid;
import dev.flute.dsl.types.ListType;
import dev.flute.dsl.types.ModelType;
import dev.flute.dsl.types.Type;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads a query, header or cookie model the way FastAPI 0.115 does: each field from its own
 * parameter (lists from every repetition), absent fields take their defaults, the other parameters
 * of that place are extra, and the collected values are validated as one model. A missing field's
 * error shows, as {@code input}, the values FastAPI collected for the model (defaults and extra
 * parameters included), as FastAPI does.
 */
final class ParamModelReader extends ParamReader {
    private final Param.In in;
    private final int slot;
    private final ModelType<?> model;
    private final List<ModelType.Field> fields;
    /** The parameter each field is read from. */
    private final String[] keys;
    /** Each field's error location. */
    private final List<Object>[] locs;
    /** Parameters that belong to a field, so they are not extra (compared lower-case for headers). */
    private final Set<String> processed = new HashSet<>();

    @SuppressWarnings("unchecked")
    ParamModelReader(ParamModel<?> param, int slot) {
        super(param.in(), slot);
        this.in = param.in();
        this.slot = slot;
        this.model = param.model();
        this.fields = model.fields();
        this.keys = new String[fields.size()];
        this.locs = new List[fields.size()];
        for (int i = 0; i < keys.length; i++) {
            ModelType.Field f = fields.get(i);
            keys[i] = param.wireName(f);
            locs[i] = List.of(in.label(), f.wireName());
            processed.add(normalized(keys[i]));
            processed.add(normalized(f.name()));
        }
    }

    @Override
    List<ValidationError> read(Request request, String[] captures, Object[] slots, List<ValidationError> errors) {
        // Starlette reads the first Cookie header only; the request parses it once.
        Map<String, String> cookies = in == Param.In.COOKIE ? request.cookies() : null;
        Object[] raws = new Object[fields.size()];
        boolean missing = false;
        for (int i = 0; i < raws.length; i++) {
            ModelType.Field f = fields.get(i);
            raws[i] = fetch(request, cookies, keys[i], f.type().repeated());
            if (raws[i] == null && f.type().required()) missing = true;
        }
        // The other parameters matter only to refuse them, or to show what was collected for a missing field.
        Map<String, String> extra = missing || model.extraForbidden() ? extra(request, cookies) : Map.of();
        Map<String, Object> collected = missing ? collected(raws, extra) : null;

        List<ValidationError> out = errors == null ? new ArrayList<>(2) : errors;
        int before = out.size();
        Object[] args = new Object[raws.length];
        for (int i = 0; i < raws.length; i++) {
            ModelType.Field f = fields.get(i);
            if (raws[i] == null) {
                if (f.type().required()) out.add(ValidationError.missing(locs[i], collected));
                else args[i] = f.type().absentValue();
            } else {
                args[i] = value(f.type(), raws[i], locs[i], out);
            }
        }
        if (model.extraForbidden()) {
            for (var e : extra.entrySet()) {
                out.add(new ValidationError(
                        "extra_forbidden",
                        List.of(in.label(), e.getKey()),
                        "Extra inputs are not permitted",
                        e.getValue(),
                        null));
            }
        }
        if (out.size() == before) {
            slots[slot] = model.construct(args);
            return errors;
        }
        return out;
    }

    /** The values FastAPI collected for the model: the fields sent, the defaults of the others, the extras. */
    private Map<String, Object> collected(Object[] raws, Map<String, String> extra) {
        var collected = new LinkedHashMap<String, Object>();
        for (int i = 0; i < raws.length; i++) {
            ModelType.Field f = fields.get(i);
            if (raws[i] != null) collected.put(f.name(), raws[i]);
            else if (!f.type().required()) putDefault(collected, f);
        }
        collected.putAll(extra);
        return collected;
    }

    /**
     * A field's raw value: a list of strings for a list field (null when none), else one string. A
     * query repeats with the last value winning; a header's first value counts, as in Starlette.
     */
    private Object fetch(Request request, Map<String, String> cookies, String key, boolean repeated) {
        switch (in) {
            case QUERY:
                if (repeated) return nonEmpty(request.queryParams().getAll(key));
                return request.queryParams().get(key);
            case HEADER:
                if (repeated) return nonEmpty(request.headers().getAll(key));
                return request.headers().get(key);
            default:
                return cookies.get(key);
        }
    }

    private static List<String> nonEmpty(List<String> values) {
        return values.isEmpty() ? null : List.copyOf(values);
    }

    /** The parameters of this place that no field reads, in order, each with its last value. */
    private Map<String, String> extra(Request request, Map<String, String> cookies) {
        var out = new LinkedHashMap<String, String>();
        switch (in) {
            case QUERY -> {
                // Later values replace earlier ones in place: first-seen order, last value.
                request.queryParams().forEach((name, value) -> {
                    if (!processed.contains(name)) out.put(name, value);
                });
            }
            case HEADER -> {
                for (var h : request.headers()) {
                    String name = h.getKey().toLowerCase(Locale.ROOT);
                    if (!processed.contains(name)) out.put(name, h.getValue());
                }
            }
            default -> {
                for (var c : cookies.entrySet()) if (!processed.contains(c.getKey())) out.put(c.getKey(), c.getValue());
            }
        }
        return out;
    }

    /** FastAPI puts a default into the collected values unless it is None. */
    @SuppressWarnings("unchecked")
    private static void putDefault(Map<String, Object> collected, ModelType.Field f) {
        Object absent = f.type().absentValue();
        Object json = absent == null ? null : ((Type<Object>) f.type()).toJson(absent);
        if (json != null) collected.put(f.name(), json);
    }

    @SuppressWarnings("unchecked")
    private Object value(Type<?> type, Object raw, List<Object> loc, List<ValidationError> out) {
        if (raw instanceof List<?> list) {
            List<String> texts = (List<String>) list;
            try {
                return type.fromTexts(
                        texts, (index, invalid) -> out.add(error(invalid, append(loc, index), texts.get(index))));
            } catch (Invalid whole) {
                out.add(new ValidationError(whole.type(), loc, whole.msg(), texts, whole.ctx()));
                return null;
            }
        }
        String text = (String) raw;
        if (type.repeated()) {
            // A cookie is one value: a list field gets a string, which Pydantic refuses.
            boolean set = type.valueType() instanceof ListType<?, ?> l && l.unique();
            String what = set ? "set" : "list";
            out.add(new ValidationError(what + "_type", loc, "Input should be a valid " + what, text, null));
            return null;
        }
        Object read = type.readText(text);
        if (read instanceof Invalid invalid) {
            out.add(error(invalid, loc, text));
            return null;
        }
        return read;
    }

    private static ValidationError error(Invalid invalid, List<Object> loc, String input) {
        return new ValidationError(invalid.type(), loc, invalid.msg(), input, invalid.ctx());
    }

    private static List<Object> append(List<Object> loc, int index) {
        var out = new ArrayList<Object>(loc.size() + 1);
        out.addAll(loc);
        out.add(index);
        return out;
    }

    private String normalized(String name) {
        return in == Param.In.HEADER ? name.toLowerCase(Locale.ROOT) : name;
    }
}
