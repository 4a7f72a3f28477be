package dev.flute.dsl;

import com.google.errorprone.annotations.CheckReturnValue;
import dev.flute.dsl.types.Type;
import java.util.Set;

/**
 * What a route answers on success, as one value: FastAPI's {@code response_model},
 * {@code response_class} and return annotation together. It decides the handler's return type
 * (javac checks it), the content type and schema in the document, and the bytes on the wire.
 *
 * <pre>{@code
 * route(GET, "/items/<id>").param(path("id", int_())).returns(ITEM).handle(id -> items.get(id));
 * route(GET, "/items/").returns(listOf(ITEM)).handle(() -> List.copyOf(items.values()));
 * route(GET, "/log").returns(text()).handle(() -> Files.readString(LOG));
 * route(GET, "/covers/<id>").returns(filePath("image/png")).handle(id -> COVERS.resolve(id + ".png"));
 * route(DELETE, "/items/<id>").returns(noContent()).handle(id -> { items.remove(id); return null; });
 * }</pre>
 *
 * <p>Made by the factories of {@link Flute}: {@code json(type)} (or the type itself, in
 * {@code returns(type)}), {@code text()}, {@code html()}, {@code mediaType(...)}, {@code binary(...)},
 * {@code filePath(...)}, {@code stream(...)}, {@code sse(...)}, {@code sseEvents(...)},
 * {@code jsonLines(...)}, {@code noContent()}, {@code redirect()}.
 *
 * @param <O> the value the handler returns
 */
@CheckReturnValue
public final class Output<O> {

    /** How the value becomes bytes. */
    public enum Kind {
        /** A JSON document of {@link #type()}. The handler returns the value. */
        JSON,
        /** Text in {@link #mediaType()} ({@code text/plain}, {@code text/html}, XML...), documented by {@link #type()}. */
        TEXT,
        /** Bytes in {@link #mediaType()}: the handler returns a {@code byte[]}. */
        BYTES,
        /** A file sent in {@link #mediaType()}, honouring {@code Range}: the handler returns its {@code Path}. */
        FILE,
        /** Bytes produced while they are sent: the handler returns a {@code ReadStream<Buffer>}. */
        STREAM,
        /** Server-Sent Events of {@link #type()} items: the handler returns a {@code ReadStream} of them. */
        EVENTS,
        /** JSON Lines of {@link #type()} items: the handler returns a {@code ReadStream} of them. */
        JSON_LINES,
        /** No body: the handler returns null. */
        NONE,
        /** A redirect to the URL the handler returns. */
        REDIRECT
    }

    /**
     * How a JSON value is written, FastAPI's {@code response_model_*} options.
     *
     * @param excludeUnset leave out fields the client did not send (for a {@code Partial} value)
     * @param excludeNone leave out fields whose value is null
     * @param include only these top-level fields (empty: all)
     * @param exclude never these top-level fields
     */
    public record JsonOptions(boolean excludeUnset, boolean excludeNone, Set<String> include, Set<String> exclude) {
        public static final JsonOptions DEFAULT = new JsonOptions(false, false, Set.of(), Set.of());

        public JsonOptions {
            include = Set.copyOf(include);
            exclude = Set.copyOf(exclude);
        }
    }

    private final Kind kind;
    private final String mediaType;
    private final Type<?> type;
    private final boolean eventFields;
    private final JsonOptions options;

    private Output(Kind kind, String mediaType, Type<?> type, boolean eventFields, JsonOptions options) {
        this.kind = kind;
        this.mediaType = mediaType;
        this.type = type;
        this.eventFields = eventFields;
        this.options = options;
    }

    static <O> Output<O> of(Kind kind, String mediaType, Type<?> type) {
        return new Output<>(kind, mediaType, type, false, JsonOptions.DEFAULT);
    }

    static <O> Output<O> events(Type<?> item, boolean withFields) {
        return new Output<>(Kind.EVENTS, "text/event-stream", item, withFields, JsonOptions.DEFAULT);
    }

    public Kind kind() {
        return kind;
    }

    /** The content type documented and sent (a {@code charset} is added to text types on the wire), or null for none. */
    public String mediaType() {
        return mediaType;
    }

    /** The type of a JSON value, of each streamed item, or documenting a text; null when there is none. */
    public Type<?> type() {
        return type;
    }

    /** For events: the handler streams {@code ServerSentEvent}s carrying the items, not the items. */
    public boolean eventFields() {
        return eventFields;
    }

    public JsonOptions options() {
        return options;
    }

    /** The success status unless the route sets one: 204 without a body, 307 for a redirect, else 200. */
    public int defaultStatus() {
        return switch (kind) {
            case NONE -> 204;
            case REDIRECT -> 307;
            default -> 200;
        };
    }

    /** Leaves out the fields the client did not send, for a {@code Partial} value (FastAPI's {@code response_model_exclude_unset}). */
    public Output<O> excludeUnset() {
        JsonOptions o = jsonOptions();
        return withOptions(new JsonOptions(true, o.excludeNone(), o.include(), o.exclude()));
    }

    /** Leaves out fields whose value is null (FastAPI's {@code response_model_exclude_none}). */
    public Output<O> excludeNone() {
        JsonOptions o = jsonOptions();
        return withOptions(new JsonOptions(o.excludeUnset(), true, o.include(), o.exclude()));
    }

    /** Sends only these top-level fields (FastAPI's {@code response_model_include}). */
    public Output<O> include(String... fields) {
        JsonOptions o = jsonOptions();
        return withOptions(new JsonOptions(o.excludeUnset(), o.excludeNone(), Set.of(fields), o.exclude()));
    }

    /** Never sends these top-level fields (FastAPI's {@code response_model_exclude}). */
    public Output<O> exclude(String... fields) {
        JsonOptions o = jsonOptions();
        return withOptions(new JsonOptions(o.excludeUnset(), o.excludeNone(), o.include(), Set.of(fields)));
    }

    private JsonOptions jsonOptions() {
        if (kind != Kind.JSON) throw new IllegalStateException("only a JSON output has field options, not " + this);
        return options;
    }

    private Output<O> withOptions(JsonOptions options) {
        return new Output<>(kind, mediaType, type, eventFields, options);
    }

    @Override
    public String toString() {
        return "Output[" + kind + (mediaType == null ? "" : " " + mediaType) + "]";
    }
}
