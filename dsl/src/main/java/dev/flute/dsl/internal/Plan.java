package dev.flute.dsl.internal;

import dev.flute.dsl.Api;
import dev.flute.dsl.http.Request;
import dev.flute.dsl.http.RequestValidationError;
import dev.flute.dsl.http.Response;
import dev.flute.dsl.http.ValidationError;
import io.vertx.core.Future;
import io.vertx.core.buffer.Buffer;
import java.util.List;
import java.util.concurrent.CompletionStage;

/**
 * A route compiled for serving: read every parameter (reporting all errors at once), then run the
 * dependencies in order and the handler last, each value in its slot. Synchronous steps stay
 * synchronous; a {@code Future} is only followed where a step returned one.
 */
final class Plan {
    final Api.Mounted mounted;
    private final ParamReader[] readers;
    private final BodyReader body;
    private final long maxBodySize;
    private final Step[] steps;
    private final int slotCount;
    private final int status;
    private final ResponseEncoder encoder;

    Plan(
            Api.Mounted mounted,
            List<ParamReader> readers,
            BodyReader body,
            List<Step> steps,
            int slotCount,
            long maxBodySize) {
        this.mounted = mounted;
        this.readers = readers.toArray(ParamReader[]::new);
        this.body = body;
        this.maxBodySize = maxBodySize;
        this.steps = steps.toArray(Step[]::new);
        this.slotCount = slotCount;
        this.status = mounted.endpoint().spec().operation().effectiveStatus();
        var model = mounted.endpoint().spec().operation().responseModel();
        this.encoder = model == null ? null : new ResponseEncoder(model);
    }

    Future<Response> run(Request request, String[] captures, Blocking blocking) {
        if (body == null) return extract(request, captures, null, blocking);
        // Only routes with a body read one, and only now that the route is known.
        return request.body(maxBodySize).compose(content -> extract(request, captures, content, blocking));
    }

    /** Reads every input, reporting all errors at once; no dependency runs unless all are valid. */
    private Future<Response> extract(Request request, String[] captures, Buffer content, Blocking blocking) {
        Object[] slots = new Object[slotCount];
        List<ValidationError> errors = null;
        for (ParamReader reader : readers) errors = reader.read(request, captures, slots, errors);
        if (body != null) errors = body.read(request, content, slots, errors);
        if (errors != null) return Future.failedFuture(new RequestValidationError(errors));
        return from(0, slots, blocking);
    }

    /** Runs the steps from {@code index}; suspends only on a pending future. */
    private Future<Response> from(int index, Object[] slots, Blocking blocking) {
        for (int i = index; i < steps.length; i++) {
            Step step = steps[i];
            int next = i + 1;
            if (step.blocking()) {
                return blocking.run(() -> step.call(slots))
                        .compose(value -> settle(value))
                        .compose(value -> resume(step, value, next, slots, blocking));
            }
            Object value;
            try {
                value = step.call(slots);
            } catch (Throwable e) {
                return Future.failedFuture(e);
            }
            if (value instanceof CompletionStage<?> stage) value = Future.fromCompletionStage(stage);
            if (value instanceof Future<?> future) {
                if (!future.isComplete()) {
                    return future.compose(v -> resume(step, v, next, slots, blocking));
                }
                if (future.failed()) return Future.failedFuture(future.cause());
                value = future.result();
            }
            slots[step.slot()] = value;
        }
        return Future.succeededFuture(respond(slots[steps[steps.length - 1].slot()]));
    }

    private Future<Response> resume(Step step, Object value, int next, Object[] slots, Blocking blocking) {
        slots[step.slot()] = value;
        return from(next, slots, blocking);
    }

    /** A blocking step may itself return a future; wait for it too. */
    private static Future<Object> settle(Object value) {
        if (value instanceof CompletionStage<?> stage) value = Future.fromCompletionStage(stage);
        if (value instanceof Future<?> future) return future.map(v -> (Object) v);
        return Future.succeededFuture(value);
    }

    /** The handler's result as a response: a {@link Response} as it is, anything else as JSON. */
    private Response respond(Object result) {
        if (result instanceof Response response) return response;
        return Response.json(encoder == null ? result : encoder.encode(result)).status(status);
    }
}
