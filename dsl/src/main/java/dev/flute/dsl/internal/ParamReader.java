package dev.flute.dsl.internal;

import dev.flute.dsl.Param;
import dev.flute.dsl.http.Request;
import dev.flute.dsl.http.ValidationError;
import dev.flute.dsl.types.Invalid;
import dev.flute.dsl.types.Type;
import io.vertx.core.http.HttpHeaders;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads one parameter into its slot, or records why it cannot. Everything that can be decided
 * when the API is built (the wire name, the capture index, the error location) is decided here,
 * once. {@link ParamModelReader} reads a whole model from one place instead.
 */
class ParamReader {
    private final Param.In in;
    private final String wireName;
    private final Type<?> type;
    private final int slot;
    private final int capture;
    private final List<Object> loc;
    /** Decided once: a type's presence may be computed afresh each time it is asked. */
    private final boolean required;

    private final boolean repeated;
    /** A header's name with its case-insensitive hash computed once, not per lookup. */
    private final CharSequence headerName;

    ParamReader(Param<?> param, int slot, int capture) {
        this.in = param.in();
        this.wireName = param.wireName();
        this.type = param.type();
        this.slot = slot;
        this.capture = capture;
        this.loc = List.of(in.label(), wireName);
        this.required = type.required();
        this.repeated = type.repeated();
        this.headerName = in == Param.In.HEADER ? HttpHeaders.createOptimized(wireName) : wireName;
    }

    /** For a reader of several parameters at once, which overrides {@link #read}. */
    ParamReader(Param.In in, int slot) {
        this.in = in;
        this.wireName = null;
        this.type = null;
        this.slot = slot;
        this.capture = -1;
        this.loc = List.of(in.label());
        this.required = false;
        this.repeated = false;
        this.headerName = null;
    }

    Param.In in() {
        return in;
    }

    /** The slot this reader fills. */
    int slot() {
        return slot;
    }

    /** Fills the slot; returns the error list, created on the first error. */
    List<ValidationError> read(Request request, String[] captures, Object[] slots, List<ValidationError> errors) {
        if (repeated) return readAll(request, slots, errors);
        String raw = single(request, captures);
        if (raw == null) return absent(slots, errors);
        Object read = type.readText(raw);
        if (read instanceof Invalid invalid) {
            return add(errors, new ValidationError(invalid.type(), loc, invalid.msg(), raw, invalid.ctx()));
        }
        slots[slot] = read;
        return errors;
    }

    private List<ValidationError> readAll(Request request, Object[] slots, List<ValidationError> errors) {
        List<String> raws =
                switch (in) {
                    case QUERY -> request.queryParams().getAll(wireName);
                    case HEADER -> request.headers().getAll(headerName);
                    case COOKIE -> {
                        String value = request.cookie(wireName);
                        yield value == null ? List.of() : List.of(value);
                    }
                    case PATH -> throw new IllegalStateException("a path parameter is never repeated");
                };
        if (raws.isEmpty()) return absent(slots, errors);
        List<ValidationError>[] sink = new List[] {errors};
        try {
            slots[slot] = type.fromTexts(
                    raws,
                    (index, invalid) -> sink[0] = add(
                            sink[0],
                            new ValidationError(
                                    invalid.type(),
                                    List.of(in.label(), wireName, index),
                                    invalid.msg(),
                                    raws.get(index),
                                    invalid.ctx())));
        } catch (Invalid whole) {
            // The list itself is refused (too short, too long): at the parameter, with every value as input.
            return add(sink[0], new ValidationError(whole.type(), loc, whole.msg(), raws, whole.ctx()));
        }
        return sink[0];
    }

    private String single(Request request, String[] captures) {
        switch (in) {
            case PATH:
                return captures[capture];
            case QUERY:
                return request.queryParams().get(wireName);
            case HEADER:
                return request.headers().get(headerName);
            default:
                return request.cookie(wireName);
        }
    }

    private List<ValidationError> absent(Object[] slots, List<ValidationError> errors) {
        if (required) return add(errors, ValidationError.missing(loc, null));
        slots[slot] = type.absentValue();
        return errors;
    }

    private static List<ValidationError> add(List<ValidationError> errors, ValidationError error) {
        List<ValidationError> out = errors == null ? new ArrayList<>(2) : errors;
        out.add(error);
        return out;
    }
}
