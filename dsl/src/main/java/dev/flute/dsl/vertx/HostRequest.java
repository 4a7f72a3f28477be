package dev.flute.dsl.vertx;

import dev.flute.dsl.http.BufferStream;
import dev.flute.dsl.http.ForwardingRequest;
import dev.flute.dsl.http.HttpError;
import dev.flute.dsl.internal.HostForm;
import io.vertx.core.Future;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.streams.ReadStream;
import io.vertx.ext.web.FileUpload;
import io.vertx.ext.web.RoutingContext;
import java.util.ArrayList;
import java.util.Map;

/**
 * A request that reached Flute through a host application's {@code Router}. It hands out its
 * {@link RoutingContext} (for {@link Host}), and when a host {@code BodyHandler} has already read
 * the body, it serves that body, still within Flute's limits, instead of reading the socket again.
 */
final class HostRequest extends ForwardingRequest {
    private final VertxRequest request;
    private final RoutingContext ctx;

    HostRequest(VertxRequest request, RoutingContext ctx) {
        super(request);
        this.request = request;
        this.ctx = ctx;
    }

    @Override
    public Future<Buffer> body(long maxBytes) {
        if (!ctx.body().available()) return request.body(maxBytes);
        Buffer body = ctx.body().buffer();
        if (body == null) return Future.succeededFuture(Buffer.buffer());
        return body.length() > maxBytes ? Future.failedFuture(new HttpError(413)) : Future.succeededFuture(body);
    }

    @Override
    public ReadStream<Buffer> bodyStream(long maxBytes) {
        return ctx.body().available() ? BufferStream.of(body(maxBytes)) : request.bodyStream(maxBytes);
    }

    @Override
    public <T> T unwrap(Class<T> type) {
        if (type == RoutingContext.class) return type.cast(ctx);
        if (type == HostForm.class) return ctx.body().available() ? type.cast(hostForm()) : null;
        return request.unwrap(type);
    }

    /** The multipart form the host's BodyHandler parsed: its attributes and the files it stored. */
    private HostForm hostForm() {
        var fields = new ArrayList<HostForm.Field>();
        for (Map.Entry<String, String> a : ctx.request().formAttributes()) {
            fields.add(new HostForm.Field(a.getKey(), a.getValue()));
        }
        var files = new ArrayList<HostForm.File>();
        for (FileUpload f : ctx.fileUploads()) {
            files.add(new HostForm.File(f.name(), f.uploadedFileName(), f.fileName(), f.contentType(), f.size()));
        }
        return new HostForm(fields, files);
    }
}
