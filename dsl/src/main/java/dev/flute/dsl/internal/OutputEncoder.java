package dev.flute.dsl.internal;

import dev.flute.dsl.Output;
import dev.flute.dsl.http.Request;
import dev.flute.dsl.http.Response;
import dev.flute.dsl.http.ResponseValidationError;
import dev.flute.dsl.http.ValidationError;
import dev.flute.dsl.types.ModelType;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.streams.ReadStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A declared {@link Output} compiled for serving: it turns the handler's value into the response
 * sent, through the one JSON encoder ({@link ValueWriters}) for JSON and streamed items.
 */
final class OutputEncoder {
    private final Output<?> output;
    private final ValueWriter json;
    private final Function<Object, String> itemJson;

    private OutputEncoder(Output<?> output) {
        this.output = output;
        this.json = output.kind() == Output.Kind.JSON ? ValueWriters.of(output.type(), output.options()) : null;
        this.itemJson =
                output.kind() == Output.Kind.EVENTS || output.kind() == Output.Kind.JSON_LINES ? items(output) : null;
    }

    static OutputEncoder of(Output<?> output) {
        return new OutputEncoder(output);
    }

    /**
     * The response for {@code value}, with the status and headers given (a handler's
     * {@code Response.ok(value)...} or the route's defaults).
     */
    Response<?> encode(Object value, int status, List<Map.Entry<String, String>> headers, Request request) {
        Response<?> body =
                switch (output.kind()) {
                    case JSON -> Response.of(JsonBuffers.write(json, value), "application/json");
                    case TEXT -> Response.of(text(value), output.mediaType());
                    case BYTES -> Response.of(bytes(value), output.mediaType());
                    case FILE -> file((Path) required(value), request);
                    case STREAM -> Response.stream(stream(value), output.mediaType());
                    case EVENTS -> Response.sse(stream(value), itemJson);
                    case JSON_LINES -> Response.jsonLines(stream(value), itemJson);
                    case NONE -> Response.empty(status);
                    case REDIRECT -> Response.redirect(String.valueOf(required(value)));
                };
        return (body.status() == status ? body : body.status(status)).headers(headers);
    }

    private Response<?> file(Path path, Request request) {
        Response<?> file = Response.file(path, request);
        return output.mediaType() == null ? file : file.mediaType(output.mediaType());
    }

    /** A null text is an empty body, as Starlette sends {@code PlainTextResponse(None)}. */
    private static Object text(Object value) {
        return value == null ? "" : value.toString();
    }

    private static Object bytes(Object value) {
        Object bytes = required(value);
        if (bytes instanceof byte[] || bytes instanceof Buffer) return bytes;
        throw misfit("bytes_type", "Input should be a valid bytes", bytes);
    }

    @SuppressWarnings("unchecked")
    private static <T> ReadStream<T> stream(Object value) {
        Object stream = required(value);
        if (stream instanceof ReadStream<?> s) return (ReadStream<T>) s;
        throw misfit("is_instance_of", "Input should be a stream", stream);
    }

    private static Object required(Object value) {
        if (value == null) throw misfit("none_required", "Input should be a valid value, not None", null);
        return value;
    }

    private static ResponseValidationError misfit(String type, String msg, Object input) {
        return new ResponseValidationError(List.of(new ValidationError(type, List.of("response"), msg, input, null)));
    }

    /**
     * A streamed item's JSON: a model as Pydantic's compact {@code model_dump_json()}, any other
     * declared type as {@code json.dumps} writes it, as FastAPI streams them.
     */
    private static Function<Object, String> items(Output<?> output) {
        ValueWriter item = ValueWriters.of(output.type());
        boolean model = output.type() instanceof ModelType<?>;
        return value -> model
                ? JsonBuffers.write(item, value).toString(java.nio.charset.StandardCharsets.UTF_8)
                : JsonBuffers.dumps(item, value);
    }
}
