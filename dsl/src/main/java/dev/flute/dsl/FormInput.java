package dev.flute.dsl;

/**
 * An input read from a form body, {@code application/x-www-form-urlencoded} or
 * {@code multipart/form-data}: a field ({@link FormParam}), a file ({@link FileParam}) or the whole
 * form as a model ({@link FormModel}). A route that has one reads its body as a form, never as JSON.
 *
 * @param <T> the value the handler receives
 */
public sealed interface FormInput<T> extends Input<T> permits FormParam, FileParam, FormModel {

    /**
     * The media type the body is documented with: {@code multipart/form-data} when the input can
     * carry a file, {@code application/x-www-form-urlencoded} otherwise (FastAPI's choice).
     */
    String mediaType();

    /** The name of the field on the wire; a form model stands for the whole form. */
    String wireName();

    /** How the value is read and documented: the field's type, or the form model. */
    dev.flute.dsl.types.Type<T> type();

    /** {@code application/x-www-form-urlencoded}. */
    String URLENCODED = "application/x-www-form-urlencoded";

    /** {@code multipart/form-data}. */
    String MULTIPART = "multipart/form-data";
}
