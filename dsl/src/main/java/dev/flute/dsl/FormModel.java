package dev.flute.dsl;

import dev.flute.dsl.types.ModelType;

/**
 * The whole form read into a model: FastAPI's {@code Annotated[FormData, Form()]}. Each field of
 * the model is a field of the form; a field typed {@code uploadFile()} or {@code bytes()} is a file
 * part. It is the route's only form input.
 *
 * <pre>{@code route(POST, "/login/").param(formModel(model(FormData.class))).handle(data -> data)}</pre>
 */
public record FormModel<T>(ModelType<T> model) implements FormInput<T> {

    public FormModel {
        if (model == null) throw new IllegalArgumentException("a form model needs a model");
    }

    /** Multipart when a field is a file, urlencoded otherwise. */
    @Override
    public String mediaType() {
        for (ModelType.Field f : model.fields()) if (FileParam.isFileType(f.type())) return MULTIPART;
        return URLENCODED;
    }

    /** A form model reads the whole form: it has no single field name. */
    @Override
    public String wireName() {
        return "(form model " + model.name() + ")";
    }

    @Override
    public dev.flute.dsl.types.Type<T> type() {
        return model;
    }
}
