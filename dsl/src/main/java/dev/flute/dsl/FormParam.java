package dev.flute.dsl;

import dev.flute.dsl.types.Type;

/**
 * A field of a form body: FastAPI's {@code Form()}. Several fields are read by name from the same
 * body. An empty value of a field that is optional or has a default counts as absent, as in
 * FastAPI; a required field takes the empty text as it is.
 *
 * <pre>{@code route(POST, "/login/").param(form("username", str())).param(form("password", str()))}</pre>
 *
 * @param name the declared name; the type's alias, if any, is the name on the wire
 * @param type how the text is read, checked and documented
 */
public record FormParam<T>(String name, Type<T> type) implements FormInput<T> {

    public FormParam {
        if (name == null || name.isEmpty()) throw new IllegalArgumentException("a form field needs a name");
        if (type == null) throw new IllegalArgumentException("form field '" + name + "' needs a type");
        if (FileParam.isFileType(type)) {
            throw new IllegalArgumentException(
                    "form field '" + name + "' has a file type: declare it with file(...) or upload(...)");
        }
    }

    /** The name as sent: the alias if any, else the name. */
    public String wireName() {
        return type.meta().alias() != null ? type.meta().alias() : name;
    }

    @Override
    public String mediaType() {
        return URLENCODED;
    }
}
