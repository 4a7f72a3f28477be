package dev.flute.dsl.internal;

import dev.flute.dsl.http.HttpError;
import dev.flute.dsl.http.QueryString;
import io.vertx.core.buffer.Buffer;
import java.nio.charset.StandardCharsets;

/**
 * Reads an {@code application/x-www-form-urlencoded} body, counting its fields as the bytes arrive
 * (Starlette's {@code max_fields}): a body with too many is refused at the first field over the
 * limit, before its rest is read and before anything is decoded. What is received is decoded in one
 * linear pass.
 */
final class UrlencodedReceiver extends BodyReceiver<FormData> {
    private final int maxFields;
    private final Buffer body = Buffer.buffer();
    private int fields;
    private boolean inField;
    private boolean done;

    UrlencodedReceiver(int maxFields, long maxBody) {
        super(maxBody);
        this.maxFields = maxFields;
    }

    @Override
    void chunk(Buffer chunk) {
        if (done) return;
        if (body.length() + (long) chunk.length() > maxBody) {
            refuse(new HttpError(413));
            return;
        }
        // A field is a run of bytes between '&'s; the parser skips empty runs, so they are not counted.
        for (int i = 0, n = chunk.length(); i < n; i++) {
            boolean separator = chunk.getByte(i) == '&';
            if (!separator && !inField && ++fields > maxFields) {
                refuse(FormReader.tooManyFields(maxFields));
                return;
            }
            inField = !separator;
        }
        body.appendBuffer(chunk);
    }

    @Override
    void end() {
        if (done) return;
        done = true;
        var form = new FormData.Builder();
        QueryString.parse(body.toString(StandardCharsets.UTF_8), form::add);
        promise.complete(form.build());
    }

    @Override
    void failed(HttpError error) {
        if (done) return;
        done = true;
        promise.fail(error);
    }

    private void refuse(HttpError error) {
        done = true;
        stopReading();
        promise.fail(error.header("connection", "close"));
    }
}
