package dev.flute.dsl.types;

import com.fasterxml.jackson.databind.JsonNode;
import dev.flute.dsl.http.Upload;
import dev.flute.dsl.http.ValidationError;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An uploaded file, FastAPI's {@code UploadFile}. Only a file part is one: a plain text value is
 * refused with FastAPI's own error. Documented as a binary string.
 */
public final class UploadType extends AbstractType<Upload, UploadType> {

    public UploadType() {
        this(Meta.NONE);
    }

    private UploadType(Meta meta) {
        super(meta);
    }

    @Override
    protected UploadType withMeta(Meta meta) {
        return new UploadType(meta);
    }

    @Override
    public java.lang.reflect.Type javaType() {
        return dev.flute.dsl.http.Upload.class;
    }

    @Override
    public String toString() {
        return "uploadFile()";
    }

    @Override
    public JsonKind kind() {
        return JsonKind.STRING;
    }

    @Override
    public String format() {
        return "binary";
    }

    /** A text value is not a file: FastAPI's {@code value_error} with its message. */
    @Override
    public Upload fromText(String raw) {
        throw notAFile();
    }

    @Override
    public Upload fromJson(JsonNode node, Loc loc, List<ValidationError> errors) {
        Invalid invalid = notAFile();
        JsonReading.fail(errors, loc, invalid, node);
        return null;
    }

    /** Its description, for a response that echoes an upload: never the temporary path. */
    @Override
    public Object toJson(Upload value) {
        var out = new LinkedHashMap<String, Object>(4);
        out.put("filename", value.filename());
        out.put("content_type", value.contentType());
        out.put("size", value.size());
        return out;
    }

    private static Invalid notAFile() {
        return new Invalid(
                "value_error", "Value error, Expected UploadFile, received: <class 'str'>", Map.of("error", Map.of()));
    }
}
