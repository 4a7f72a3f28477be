package dev.flute.dsl.internal;

import dev.flute.dsl.FileParam;
import dev.flute.dsl.FormInput;
import dev.flute.dsl.FormLimits;
import dev.flute.dsl.FormModel;
import dev.flute.dsl.FormParam;
import dev.flute.dsl.http.HttpError;
import dev.flute.dsl.http.Request;
import dev.flute.dsl.http.ValidationError;
import dev.flute.dsl.types.BytesType;
import dev.flute.dsl.types.Loc;
import dev.flute.dsl.types.ModelType;
import dev.flute.dsl.types.Type;
import dev.flute.dsl.types.UploadType;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.file.FileSystem;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a route's form inputs. The body is received as a form when its content type says
 * urlencoded or multipart (any other body is an empty form, as in Starlette), then each input is
 * filled the way FastAPI fills form fields: the last value of a name, every value for a list, an
 * empty text counting as absent for a field that may be absent, and all errors reported at once
 * under {@code ["body", name]}. A form model reads the same values as its fields.
 */
final class FormReader {
    private static final Loc BODY = Loc.of("body");
    private static final String TEMP_DIR = System.getProperty("java.io.tmpdir");

    /** A field to extract: a form input, or a field of the form model. */
    private record Field(String wireName, Type<?> type, boolean formParam) {}

    /** An absent field that takes its default. */
    private record Absent(Type<?> type) {}

    private final List<Field> fields;
    private final int[] slots;
    private final ModelType<?> model;
    private final FormLimits limits;
    private final long maxBody;
    private final Map<String, FilePart.Keep> keep = new HashMap<>();

    FormReader(List<FormInput<?>> inputs, int[] slots, FormLimits limits, long maxBody) {
        this.slots = slots;
        this.limits = limits;
        this.maxBody = maxBody;
        this.fields = new ArrayList<>(inputs.size());
        ModelType<?> single = null;
        for (FormInput<?> input : inputs) {
            if (input instanceof FormModel<?> m) {
                single = m.model();
                for (ModelType.Field f : m.model().fields()) fields.add(new Field(f.wireName(), f.type(), false));
            } else if (input instanceof FormParam<?> p) {
                fields.add(new Field(p.wireName(), p.type(), true));
            } else {
                FileParam<?> f = (FileParam<?>) input;
                fields.add(new Field(f.wireName(), f.type(), true));
            }
        }
        this.model = single;
        for (Field f : fields) {
            Type<?> leaf = FileParam.leaf(f.type());
            if (leaf instanceof UploadType) keep.put(f.wireName(), FilePart.Keep.DISK);
            else if (leaf instanceof BytesType) keep.put(f.wireName(), FilePart.Keep.MEMORY);
        }
    }

    /**
     * Receives the body as a form. Uploaded files are deleted when the request's scope finishes;
     * when receiving fails they are deleted before the failure is reported.
     */
    Future<FormData> receive(Request request, RequestScope scope) {
        try {
            return start(request, scope);
        } catch (RuntimeException refused) {
            return Future.failedFuture(refused);
        }
    }

    private Future<FormData> start(Request request, RequestScope scope) {
        HeaderParams contentType = HeaderParams.parse(request.headers().get("content-type"));
        switch (contentType.value()) {
            case "multipart/form-data" -> {
                HostForm host = request.unwrap(HostForm.class);
                if (host != null) {
                    FileSystem fs = Vertx.currentContext().owner().fileSystem();
                    return host.read(
                            limits, maxBody, name -> keep.getOrDefault(name, FilePart.Keep.DISCARD), fs, scope);
                }
                String boundary = MultipartParser.boundary(request.headers().get("content-type"));
                FileSystem fs = Vertx.currentContext().owner().fileSystem();
                var receiver = new MultipartReceiver(
                        boundary,
                        limits,
                        maxBody,
                        name -> keep.getOrDefault(name, FilePart.Keep.DISCARD),
                        fs,
                        TEMP_DIR);
                // A refused body deletes its own files; a received one leaves them to the scope.
                return receiver.receive(request).onSuccess(form -> {
                    if (!receiver.spools().isEmpty()) {
                        scope.hold(new Held(
                                (none, outcome) -> deleteAll(receiver.spools()), null, false, false, "uploaded files"));
                    }
                });
            }
            case "application/x-www-form-urlencoded" -> {
                return new UrlencodedReceiver(limits.maxFields(), maxBody).receive(request);
            }
            default -> {
                return Future.succeededFuture(FormData.EMPTY);
            }
        }
    }

    /** The refusal of a form with more than {@code max} fields, urlencoded or multipart (Starlette's words). */
    static HttpError tooManyFields(int max) {
        return new HttpError(400, "Too many fields. Maximum number of fields is " + max + ".");
    }

    private static Future<Object> deleteAll(List<Spool> spools) {
        var deleting = new ArrayList<Future<Void>>(spools.size());
        for (Spool s : spools) deleting.add(s.discard());
        return Future.join(deleting).map(v -> null);
    }

    /** Fills the slots from the form; returns the error list, created on the first error. */
    List<ValidationError> read(FormData form, Object[] values, List<ValidationError> errors) {
        List<ValidationError> out = errors == null ? new ArrayList<>(2) : errors;
        Map<String, Object> received = extract(form);
        if (model != null) readModel(received, values, out);
        else readEmbedded(received, values, out);
        return out.isEmpty() ? errors : out;
    }

    /** FastAPI's {@code _extract_form_body}: the declared fields, then every other name with its last value. */
    private Map<String, Object> extract(FormData form) {
        var received = new LinkedHashMap<String, Object>();
        for (Field f : fields) {
            Object raw;
            if (f.type().repeated()) {
                List<Object> all = form.all(f.wireName());
                raw = all.isEmpty() ? null : all;
            } else {
                raw = form.last(f.wireName());
            }
            if (raw == null || (f.formParam() && "".equals(raw))) {
                // A required field left out here may still come back below, as its empty text.
                if (!f.type().required()) received.put(f.wireName(), new Absent(f.type()));
                continue;
            }
            received.put(f.wireName(), raw);
        }
        for (String name : form.names()) received.putIfAbsent(name, form.last(name));
        return received;
    }

    private void readEmbedded(Map<String, Object> received, Object[] values, List<ValidationError> errors) {
        for (int i = 0; i < fields.size(); i++) {
            Field f = fields.get(i);
            Object raw = received.get(f.wireName());
            Loc loc = BODY.add(f.wireName());
            if (raw == null) {
                if (f.type().required()) errors.add(ValidationError.missing(loc.toList(), null));
                else values[slots[i]] = f.type().absentValue();
            } else if (raw instanceof Absent) {
                values[slots[i]] = f.type().absentValue();
            } else {
                values[slots[i]] = FormValues.convert(f.type(), raw, loc, errors);
            }
        }
    }

    private void readModel(Map<String, Object> received, Object[] values, List<ValidationError> errors) {
        int before = errors.size();
        Object[] args = new Object[fields.size()];
        for (int i = 0; i < args.length; i++) {
            Field f = fields.get(i);
            Object raw = received.get(f.wireName());
            if (raw == null) {
                if (f.type().required()) {
                    errors.add(ValidationError.missing(BODY.add(f.wireName()).toList(), input(received)));
                } else {
                    args[i] = f.type().absentValue();
                }
            } else if (raw instanceof Absent) {
                args[i] = f.type().absentValue();
            } else {
                args[i] = FormValues.convert(f.type(), raw, BODY.add(f.wireName()), errors);
            }
        }
        if (model.extraForbidden()) {
            for (var entry : received.entrySet()) {
                if (fields.stream().noneMatch(f -> f.wireName().equals(entry.getKey()))) {
                    errors.add(new ValidationError(
                            "extra_forbidden",
                            BODY.add(entry.getKey()).toList(),
                            "Extra inputs are not permitted",
                            FormValues.describe(entry.getValue()),
                            null));
                }
            }
        }
        if (errors.size() == before) values[slots[0]] = model.construct(args);
    }

    /** The form as Pydantic shows it in a model's error: defaults filled in, files described. */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> input(Map<String, Object> received) {
        var shown = new LinkedHashMap<String, Object>(received.size() * 2);
        received.forEach((name, raw) -> shown.put(
                name,
                raw instanceof Absent a
                        ? ((Type<Object>) a.type()).toJson(a.type().absentValue())
                        : raw));
        return FormValues.describe(shown);
    }
}
