package dev.flute.client;

import dev.flute.dsl.Param;
import dev.flute.dsl.http.ResponseValidationError;
import dev.flute.dsl.http.Upload;
import dev.flute.dsl.http.ValidationError;
import dev.flute.dsl.types.ModelType;
import dev.flute.dsl.types.Type;
import io.vertx.core.buffer.Buffer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;

/**
 * One input a route reads, as the client writes it: where a given value goes on the wire and the
 * declared type that encodes it, the route's own (the one that decodes it on the server).
 */
sealed interface Target {

    /** {@code query 'q'}, for messages. */
    String describe();

    /** The type the handler receives the value as: what a given value must be. */
    Type<?> type();

    /** Writes {@code value} (already checked) into the request; an absent value leaves the input out. */
    void put(Outgoing.Builder out, Object value);

    /** A path, query, header or cookie parameter: its texts, one per repetition. */
    record Parameter(Param.In in, String name, Type<?> type) implements Target {
        public String describe() {
            return in.label() + " '" + name + "'";
        }

        public void put(Outgoing.Builder out, Object value) {
            out.param(in, name, texts(this, type, value));
        }
    }

    /** A query, header or cookie model: each field as its own parameter. */
    record Model(Param.In in, ModelType<?> model, List<Parameter> fields) implements Target {
        public String describe() {
            return in.label() + " model " + model.name();
        }

        public Type<?> type() {
            return model;
        }

        public void put(Outgoing.Builder out, Object value) {
            for (int i = 0; i < fields.size(); i++) {
                Object field = value == null ? null : read(model.fields().get(i), value);
                fields.get(i).put(out, field);
            }
        }
    }

    /** A JSON body, written by the one encoder of its type. */
    record Body(String name, Type<?> type, Function<Object, Buffer> encoder) implements Target {
        public String describe() {
            return "body '" + name + "'";
        }

        public void put(Outgoing.Builder out, Object value) {
            if (absent(type, value)) {
                out.body(name, null);
                return;
            }
            try {
                out.body(name, encoder.apply(value));
            } catch (ResponseValidationError misfit) {
                throw new IllegalArgumentException(describe() + " does not fit its type: " + misfits(misfit));
            }
        }
    }

    /** A form field: its texts, one per repetition. */
    record Field(String name, Type<?> type) implements Target {
        public String describe() {
            return "form field '" + name + "'";
        }

        public void put(Outgoing.Builder out, Object value) {
            out.field(name, texts(this, type, value));
        }
    }

    /** A file of a multipart form: one part, or one per item of a list. */
    record File(String name, Type<?> type) implements Target {
        public String describe() {
            return "file '" + name + "'";
        }

        public void put(Outgoing.Builder out, Object value) {
            out.files(name, parts(this, name, type, value));
        }
    }

    /** A whole form read into a model: each field a form field, or a file part when it is a file. */
    record FormModel(ModelType<?> model) implements Target {
        public String describe() {
            return "form model " + model.name();
        }

        public Type<?> type() {
            return model;
        }

        public void put(Outgoing.Builder out, Object value) {
            for (ModelType.Field f : model.fields()) {
                Object field = value == null ? null : read(f, value);
                if (dev.flute.dsl.FileParam.isFileType(f.type()))
                    out.files(f.wireName(), parts(this, f.wireName(), f.type(), field));
                else out.field(f.wireName(), texts(this, f.type(), field));
            }
        }
    }

    // ---- encoding shared by the targets --------------------------------------------------------

    /** Nothing to send: null, an empty {@code Optional}. */
    private static boolean absent(Type<?> type, Object value) {
        return value == null || type.toPresent(value) == null;
    }

    /** The texts the type's {@code fromText}/{@code fromTexts} read back as the value. */
    @SuppressWarnings("unchecked")
    private static List<String> texts(Target target, Type<?> type, Object value) {
        if (absent(type, value)) return List.of();
        try {
            return ((Type<Object>) type.valueType()).toTexts(type.toPresent(value));
        } catch (ClassCastException wrongItem) {
            throw new IllegalArgumentException(target.describe() + " cannot send " + value + " as "
                    + JavaNames.of(type.javaType()) + ": " + wrongItem.getMessage());
        }
    }

    /** The parts of a file input: a {@link FilePart}, a {@code byte[]} or an {@code Upload}, or a list of them. */
    private static List<FilePart> parts(Target target, String name, Type<?> type, Object value) {
        if (absent(type, value)) return List.of();
        Object present = type.toPresent(value);
        var out = new ArrayList<FilePart>();
        if (present instanceof Collection<?> all) for (Object item : all) out.add(part(target, name, item));
        else out.add(part(target, name, present));
        return out;
    }

    private static FilePart part(Target target, String name, Object value) {
        if (value instanceof FilePart part) return part;
        if (value instanceof byte[] bytes) return FilePart.of(name, FilePart.OCTET_STREAM, bytes);
        if (value instanceof Upload upload)
            return new FilePart(upload.filename(), upload.contentType(), null, Path.of(upload.path()));
        throw new IllegalArgumentException(target.describe() + " takes a FilePart, a byte[] or an Upload, not "
                + (value == null ? "null" : value.getClass().getSimpleName()));
    }

    /** True for the values a file input takes besides the one its handler receives. */
    static boolean isFileValue(Object value) {
        return value instanceof FilePart || value instanceof byte[] || value instanceof Upload;
    }

    private static Object read(ModelType.Field field, Object record) {
        try {
            return field.accessor().invoke(record);
        } catch (Throwable e) {
            throw new IllegalStateException("cannot read field " + field.name() + " of " + record, e);
        }
    }

    /** {@code price: Input should be a valid number}, each misfit once, where it is in the value. */
    private static String misfits(ResponseValidationError error) {
        var out = new StringBuilder();
        for (ValidationError e : error.errors()) {
            List<Object> loc = e.loc().subList(1, e.loc().size()); // below the encoder's "response" root
            if (out.length() > 0) out.append("; ");
            if (!loc.isEmpty())
                out.append(String.join(".", loc.stream().map(String::valueOf).toList()))
                        .append(": ");
            out.append(e.msg()).append(" (got ").append(e.input()).append(')');
        }
        return out.toString();
    }
}
