package dev.flute.dsl;

import dev.flute.dsl.types.BytesType;
import dev.flute.dsl.types.ListType;
import dev.flute.dsl.types.Type;
import dev.flute.dsl.types.UploadType;

/**
 * A file part of a multipart body: FastAPI's {@code File()} and {@code UploadFile}. The type says
 * how the handler receives it: {@code bytes()} in memory, {@code uploadFile()} as an
 * {@link dev.flute.dsl.http.Upload} streamed to a temporary file, a list of either for every part of
 * that name, and {@code .optional()} when it may be absent.
 *
 * <pre>{@code
 * route(POST, "/files/").param(file("file")).handle(bytes -> Map.of("file_size", bytes.length));
 * route(POST, "/uploads/").param(uploads("files")).handle(files -> files.size());
 * }</pre>
 *
 * @param name the declared name; the type's alias, if any, is the name on the wire
 * @param type {@code bytes()}, {@code uploadFile()}, or a list, optional or default of one of them
 */
public record FileParam<T>(String name, Type<T> type) implements FormInput<T> {

    public FileParam {
        if (name == null || name.isEmpty()) throw new IllegalArgumentException("a file needs a name");
        if (type == null || !isFileType(type)) {
            throw new IllegalArgumentException(
                    "file '" + name + "' needs bytes() or uploadFile() (or a list, optional or default of them)");
        }
    }

    /** The name as sent: the alias if any, else the name. */
    public String wireName() {
        return type.meta().alias() != null ? type.meta().alias() : name;
    }

    @Override
    public String mediaType() {
        return MULTIPART;
    }

    /** True when the value, below its list, optional and default wrappers, is a file. */
    public static boolean isFileType(Type<?> type) {
        Type<?> leaf = leaf(type);
        return leaf instanceof BytesType || leaf instanceof UploadType;
    }

    /** The type below the list, optional, nullable and default wrappers. */
    public static Type<?> leaf(Type<?> type) {
        Type<?> t = type.valueType();
        while (t instanceof ListType<?, ?> l) t = l.items().valueType();
        return t;
    }
}
