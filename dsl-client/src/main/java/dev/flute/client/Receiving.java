package dev.flute.client;

import dev.flute.dsl.Operation;
import dev.flute.dsl.Output;
import dev.flute.dsl.types.Type;
import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.file.OpenOptions;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.parsetools.RecordParser;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * Turns the server's answer into the call's outcome, by the route's declared output: a success
 * read into its value (buffered, saved to a file, or streamed item by item), an error status into
 * an {@link HttpFailure}. Nothing here blocks; a streamed answer is handed over before its body.
 */
final class Receiving {
    private Receiving() {}

    static Future<Reply<Object>> receive(Vertx vertx, ClientRoute route, HttpClientResponse response) {
        response.pause(); // nothing of the body is read before its reader is in place
        Output<?> output = route.route().output();
        int status = response.statusCode();
        if (!succeeded(output, status)) {
            return buffered(response)
                    .compose(body -> Future.failedFuture(new HttpFailure(
                            route.describe(), status, response.headers(), body, documented(route, status))));
        }
        Output.Kind kind = output == null ? null : output.kind();
        Context context = Vertx.currentContext();
        if (kind == Output.Kind.FILE) return download(vertx, response).map(path -> reply(response, path));
        if (kind == Output.Kind.STREAM)
            return Future.succeededFuture(
                    reply(response, new ItemStream<>(context, response.request(), response, b -> b)));
        if (kind == Output.Kind.JSON_LINES)
            return Future.succeededFuture(reply(response, jsonLines(context, route, output, response)));
        if (kind == Output.Kind.EVENTS) {
            var events = new EventLines<>(output.type(), output.eventFields(), route.describe(), status);
            return Future.succeededFuture(
                    reply(response, new ItemStream<>(context, response.request(), lines(response), events)));
        }
        return buffered(response)
                .map(body ->
                        reply(response, Decoding.body(output, route.describe(), status, response.headers(), body)));
    }

    /** A 2xx, or the 3xx of a route that declares a redirect. */
    private static boolean succeeded(Output<?> output, int status) {
        if (status >= 200 && status < 300) return true;
        return status >= 300 && status < 400 && output != null && output.kind() == Output.Kind.REDIRECT;
    }

    private static Output<?> documented(ClientRoute route, int status) {
        Operation.ResponseDoc doc = route.route().responses().get(status);
        return doc == null ? null : doc.output();
    }

    private static Reply<Object> reply(HttpClientResponse response, Object value) {
        return new Reply<>(response.statusCode(), response.headers(), value);
    }

    private static Future<Buffer> buffered(HttpClientResponse response) {
        Future<Buffer> body = response.body();
        response.resume();
        return body;
    }

    /** A file answer is streamed to a temporary file, which the caller owns (and deletes). */
    private static Future<Path> download(Vertx vertx, HttpClientResponse response) {
        var fs = vertx.fileSystem();
        return fs.createTempFile("flute-download-", null)
                .compose(path -> fs.open(path, new OpenOptions().setWrite(true).setTruncateExisting(true))
                        .compose(response::pipeTo)
                        .map(v -> Path.of(path))
                        .recover(failed -> fs.delete(path).transform(deleted -> Future.failedFuture(failed))));
    }

    private static ItemStream<Object> jsonLines(
            Context context, ClientRoute route, Output<?> output, HttpClientResponse response) {
        Type<?> item = output.type();
        int status = response.statusCode();
        return new ItemStream<>(context, response.request(), lines(response), line -> {
            String text = line.toString(StandardCharsets.UTF_8).strip();
            return text.isEmpty() ? null : Decoding.item(item, route.describe(), status, text);
        });
    }

    private static RecordParser lines(HttpClientResponse response) {
        return RecordParser.newDelimited("\n", response);
    }
}
