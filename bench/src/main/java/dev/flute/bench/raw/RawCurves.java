package dev.flute.bench.raw;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.ext.web.FileUpload;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The raw Vert.x side of the cost curves ({@code bench/curves.sh}), written as the contract's
 * {@link RawServer} is: a {@link Router}, parameters parsed and checked by hand, Jackson. Each
 * answers exactly as its Flute twin ({@code dev.flute.bench.flute.FluteCurves}).
 */
public final class RawCurves {
    private static final RawEndpoints ENDPOINTS = new RawEndpoints();

    private RawCurves() {}

    /** {@code n} routes {@code /r0/items/:item_id} … {@code /r(n-1)/items/:item_id}, in order, each the contract's #3. */
    public static Router routes(Vertx vertx, int n) {
        Router router = Router.router(vertx);
        for (int i = 0; i < n; i++) {
            router.get("/r" + i + "/items/:item_id").handler(ctx -> {
                RawEndpoints.Response r = ENDPOINTS.readItem(
                        ctx.pathParam("item_id"), ctx.request().query());
                json(ctx, r.status(), r.body());
            });
        }
        return router;
    }

    /** The response of {@link #deps} and of the upload: one record, written by Jackson. */
    public record Sum(long sum) {}

    public record Uploaded(String filename, long size) {}

    /**
     * {@code GET /deps}: {@code n} dependencies resolved by hand, the i-th adding the query
     * parameter {@code p<i>} (an int, default i) to the one before: {@code {"sum": ...}}.
     */
    public static Router deps(Vertx vertx, int n) {
        String[] keys = new String[n];
        Object[][] locs = new Object[n][];
        for (int i = 0; i < n; i++) {
            keys[i] = "p" + (i + 1);
            locs[i] = new Object[] {"query", keys[i]};
        }
        Router router = Router.router(vertx);
        router.get("/deps").handler(ctx -> {
            String[] values = new String[n];
            RawParams.scanQuery(ctx.request().query(), keys, values);
            Errors errors = null;
            long sum = 0;
            for (int i = 0; i < n; i++) {
                long p = i + 1;
                if (values[i] != null) {
                    Number parsed = RawParams.parseInt(values[i]);
                    if (parsed == null || parsed == RawParams.TOO_LONG) {
                        errors = (errors == null ? new Errors() : errors).intParsing(locs[i], values[i], parsed);
                        continue;
                    }
                    p = parsed.longValue();
                }
                sum += p;
            }
            if (errors != null) json(ctx, 422, errors.toBuffer(RawEndpoints.MAPPER));
            else json(ctx, 200, write(new Sum(sum)));
        });
        return router;
    }

    /**
     * {@code GET /errors?q=..&q=..}: {@code q} is a list of ints; every value that is not one is
     * reported, all at once, at {@code ["query", "q", index]}. Valid: {@code {"sum": ...}}.
     */
    public static Router errors(Vertx vertx) {
        Router router = Router.router(vertx);
        router.get("/errors").handler(ctx -> {
            List<String> values = all(ctx.request().query(), "q");
            if (values.isEmpty()) {
                json(
                        ctx,
                        422,
                        new Errors().missing(new Object[] {"query", "q"}, null).toBuffer(RawEndpoints.MAPPER));
                return;
            }
            Errors errors = null;
            long sum = 0;
            for (int i = 0; i < values.size(); i++) {
                Number parsed = RawParams.parseInt(values.get(i));
                if (parsed == null || parsed == RawParams.TOO_LONG) {
                    errors = (errors == null ? new Errors() : errors)
                            .intParsing(new Object[] {"query", "q", i}, values.get(i), parsed);
                } else {
                    sum += parsed.longValue();
                }
            }
            if (errors != null) json(ctx, 422, errors.toBuffer(RawEndpoints.MAPPER));
            else json(ctx, 200, write(new Sum(sum)));
        });
        return router;
    }

    /**
     * {@code POST /upload}: a multipart form whose {@code file} part Vert.x Web's {@link BodyHandler}
     * streams to a temporary file (deleted once answered): {@code {"filename": ..., "size": ...}}.
     */
    public static Router upload(Vertx vertx, long maxBytes, String directory) {
        Router router = Router.router(vertx);
        router.post("/upload")
                .handler(BodyHandler.create(directory)
                        .setBodyLimit(maxBytes)
                        .setDeleteUploadedFilesOnEnd(true)
                        .setMergeFormAttributes(false))
                .handler(ctx -> {
                    FileUpload file = ctx.fileUploads().stream()
                            .filter(f -> f.name().equals("file"))
                            .findFirst()
                            .orElse(null);
                    if (file == null) {
                        json(
                                ctx,
                                422,
                                new Errors()
                                        .missing(new Object[] {"body", "file"}, null)
                                        .toBuffer(RawEndpoints.MAPPER));
                    } else {
                        json(ctx, 200, write(new Uploaded(file.fileName(), file.size())));
                    }
                });
        return router;
    }

    /** Every decoded value of {@code key} in a raw query string, in order. */
    private static List<String> all(String query, String key) {
        var out = new ArrayList<String>();
        if (query == null) return out;
        int start = 0;
        while (start <= query.length()) {
            int amp = query.indexOf('&', start);
            int end = amp < 0 ? query.length() : amp;
            int eq = query.indexOf('=', start);
            int keyEnd = eq < 0 || eq > end ? end : eq;
            if (end > start && RawParams.decode(query, start, keyEnd).equals(key)) {
                out.add(keyEnd == end ? "" : RawParams.decode(query, keyEnd + 1, end));
            }
            if (amp < 0) break;
            start = amp + 1;
        }
        return out;
    }

    private static Buffer write(Object value) {
        try {
            return Buffer.buffer(RawEndpoints.MAPPER.writeValueAsBytes(value));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void json(RoutingContext ctx, int status, Buffer body) {
        RawServer.json(ctx.response(), status, body);
    }
}
