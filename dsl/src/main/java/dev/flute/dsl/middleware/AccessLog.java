package dev.flute.dsl.middleware;

import dev.flute.dsl.Middleware;
import dev.flute.dsl.http.HttpError;
import dev.flute.dsl.http.Request;
import dev.flute.dsl.http.Response;
import io.vertx.core.Future;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * One line per request, uvicorn's access log with the route: method, path, the route template
 * that served it ({@code -} when none did), status, time to the response, and a request id, taken
 * from the request's {@code X-Request-ID} when it carries a sane one (at most 128 visible ASCII
 * characters), else made up, and sent back in the same header.
 *
 * <pre>{@code
 * api.middleware(AccessLog.create());
 * // GET /items/42 /items/{item_id} 200 0.412ms 3f6c1d9e-...
 * }</pre>
 *
 * <p>Lines go to the {@code System.Logger} named {@code dev.flute.access} at INFO, or to the sink
 * of {@link #to}. Add it first, so it times and sees everything the other middleware do.
 */
public final class AccessLog implements Middleware {
    private static final System.Logger LOG = System.getLogger("dev.flute.access");

    private final String header;
    private final Consumer<String> sink;

    private AccessLog(String header, Consumer<String> sink) {
        this.header = header;
        this.sink = sink;
    }

    /** Logs to {@code dev.flute.access}, the request id in {@code X-Request-ID}. */
    public static AccessLog create() {
        return new AccessLog("X-Request-ID", line -> LOG.log(System.Logger.Level.INFO, line));
    }

    /** The header the request id is read from and sent back in. */
    public AccessLog requestIdHeader(String name) {
        return new AccessLog(name, sink);
    }

    /** Sends each line to {@code sink} instead (another logger, a test). */
    public AccessLog to(Consumer<String> lines) {
        return new AccessLog(header, lines);
    }

    @Override
    public Future<Response<?>> handle(Request request, Next next) {
        long start = System.nanoTime();
        String id = requestId(request.headers().get(header));
        return next.handle(request).transform(done -> {
            int status =
                    done.succeeded() ? done.result().status() : done.cause() instanceof HttpError e ? e.status() : 500;
            sink.accept(line(request, status, System.nanoTime() - start, id));
            if (done.failed()) return Future.failedFuture(done.cause());
            return Future.succeededFuture(done.result().header(header, id));
        });
    }

    private static String line(Request request, int status, long nanos, String id) {
        String route = request.route() == null ? "-" : request.route();
        return request.method().name() + " " + request.path() + " " + route + " " + status + " "
                + String.format(Locale.ROOT, "%.3fms", nanos / 1e6) + " " + id;
    }

    /** The client's id when it is safe to log and echo; a new one otherwise. */
    private static String requestId(String given) {
        if (given != null && !given.isEmpty() && given.length() <= 128) {
            boolean visible = true;
            for (int i = 0; i < given.length() && visible; i++) visible = given.charAt(i) > 32 && given.charAt(i) < 127;
            if (visible) return given;
        }
        return UUID.randomUUID().toString();
    }
}
