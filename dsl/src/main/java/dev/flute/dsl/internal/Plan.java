package dev.flute.dsl.internal;

import dev.flute.dsl.Api;
import dev.flute.dsl.Outcome;
import dev.flute.dsl.http.Request;
import dev.flute.dsl.http.RequestValidationError;
import dev.flute.dsl.http.Response;
import dev.flute.dsl.http.ValidationError;
import io.vertx.core.Future;
import io.vertx.core.buffer.Buffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionStage;

/**
 * A route compiled for serving: read every input (reporting all errors at once), then run the
 * dependencies in order and the handler last, each value in its slot. Synchronous steps stay
 * synchronous; a {@code Future} is only followed where a step returned one.
 */
final class Plan {
    final Api.Mounted mounted;
    /** The middleware of the route's groups (not the API's), outermost first. */
    final List<dev.flute.dsl.Middleware> groupMiddleware;

    private final ParamReader[] readers;
    private final BodyReader body;
    private final FormReader form;
    private final long maxBodySize;
    private final int[] requestSlots;
    private final int[] taskSlots;
    /** Values known when the route is compiled (the scopes a SecurityScopes input sees), by slot. */
    private final Map<Integer, Object> constants;

    private final Step[] steps;
    private final int slotCount;
    private final int status;
    private final ResponseEncoder encoder;

    Plan(
            Api.Mounted mounted,
            List<ParamReader> readers,
            BodyReader body,
            int[] requestSlots,
            int[] taskSlots,
            Map<Integer, Object> constants,
            List<Step> steps,
            int slotCount,
            long maxBodySize,
            FormReader form) {
        this.mounted = mounted;
        var middleware = new ArrayList<dev.flute.dsl.Middleware>();
        for (int g = 1; g < mounted.groups().size(); g++)
            middleware.addAll(mounted.groups().get(g).middleware());
        this.groupMiddleware = List.copyOf(middleware);
        this.readers = readers.toArray(ParamReader[]::new);
        this.body = body;
        this.form = form;
        this.requestSlots = requestSlots;
        this.taskSlots = taskSlots;
        this.constants = Map.copyOf(constants);
        this.maxBodySize = maxBodySize;
        this.steps = steps.toArray(Step[]::new);
        this.slotCount = slotCount;
        this.status = mounted.endpoint().spec().operation().effectiveStatus();
        var model = mounted.endpoint().spec().operation().responseModel();
        this.encoder = model == null ? null : new ResponseEncoder(model);
    }

    Future<Response<?>> run(Request request, String[] captures, RequestScope scope, Blocking blocking) {
        if (form != null) {
            return form.receive(request, scope).compose(data -> extract(request, captures, data, scope, blocking));
        }
        if (body == null) return extract(request, captures, null, scope, blocking);
        // Only routes with a body read one, and only now that the route is known.
        return request.body(maxBodySize).compose(content -> extract(request, captures, content, scope, blocking));
    }

    /** Reads every input, reporting all errors at once; no dependency runs unless all are valid. */
    private Future<Response<?>> extract(
            Request request, String[] captures, Object content, RequestScope scope, Blocking blocking) {
        Object[] slots = new Object[slotCount];
        List<ValidationError> errors = null;
        for (ParamReader reader : readers) errors = reader.read(request, captures, slots, errors);
        if (body != null) errors = body.read(request, (Buffer) content, slots, errors);
        if (form != null) errors = form.read((FormData) content, slots, errors);
        if (errors != null) return Future.failedFuture(new RequestValidationError(errors));
        for (int slot : requestSlots) slots[slot] = request;
        for (int slot : taskSlots) slots[slot] = scope.tasks();
        if (!constants.isEmpty()) constants.forEach((slot, value) -> slots[slot] = value);
        return new Run(slots, scope, blocking).from(0);
    }

    /** One request's way through the steps, with the resources it has acquired so far. */
    private final class Run {
        private final Object[] slots;
        private final RequestScope scope;
        private final Blocking blocking;
        private List<Held> held;

        Run(Object[] slots, RequestScope scope, Blocking blocking) {
            this.slots = slots;
            this.scope = scope;
            this.blocking = blocking;
        }

        /** Runs the steps from {@code index}; suspends only on a pending future. */
        Future<Response<?>> from(int index) {
            for (int i = index; i < steps.length; i++) {
                Step step = steps[i];
                int next = i + 1;
                if (step.blocking()) {
                    return blocking.run(() -> step.call(slots))
                            .compose(Plan::settle)
                            .transform(
                                    done -> done.succeeded() ? resume(step, done.result(), next) : fail(done.cause()));
                }
                Object value;
                try {
                    value = step.call(slots);
                } catch (Throwable e) {
                    return fail(e);
                }
                if (value instanceof CompletionStage<?> stage) value = Future.fromCompletionStage(stage);
                if (value instanceof Future<?> future) {
                    if (!future.isComplete()) {
                        return future.transform(
                                done -> done.succeeded() ? resume(step, done.result(), next) : fail(done.cause()));
                    }
                    if (future.failed()) return fail(future.cause());
                    value = future.result();
                }
                keep(step, value);
            }
            return finish(slots[steps[steps.length - 1].slot()]);
        }

        private Future<Response<?>> resume(Step step, Object value, int next) {
            keep(step, value);
            return from(next);
        }

        private void keep(Step step, Object value) {
            slots[step.slot()] = value;
            if (step.release() != null) {
                if (held == null) held = new ArrayList<>(2);
                held.add(new Held(step.release(), value, step.functionScope(), step.blocking(), step.label()));
            }
        }

        /** The handler returned: encode, release function-scoped resources, hand the rest to the scope. */
        private Future<Response<?>> finish(Object result) {
            Response<?> response;
            try {
                response = respond(result);
            } catch (Throwable e) {
                return fail(e);
            }
            if (held == null) return Future.succeededFuture(response);
            Future<Void> released = Future.succeededFuture();
            for (int i = held.size() - 1; i >= 0; i--) {
                Held h = held.get(i);
                if (h.functionScope())
                    released = released.compose(
                            v -> h.release(Outcome.SUCCESS, blocking).mapEmpty());
            }
            for (Held h : held) if (!h.functionScope()) scope.hold(h);
            return released.transform(
                    // A function-scoped release that fails after success makes its error the answer.
                    done -> done.succeeded() ? Future.succeededFuture(response) : Future.failedFuture(done.cause()));
        }

        /**
         * The request failed: release every resource now, innermost first, each seeing the error;
         * a release may throw to translate it for the ones outside and for the response.
         */
        private Future<Response<?>> fail(Throwable error) {
            if (held == null || held.isEmpty()) return Future.failedFuture(error);
            List<Held> toRelease = held;
            held = null;
            Throwable[] current = {error};
            Future<Void> chain = Future.succeededFuture();
            for (int i = toRelease.size() - 1; i >= 0; i--) {
                Held h = toRelease.get(i);
                chain = chain.compose(
                        v -> h.release(new Outcome(current[0]), blocking).transform(done -> {
                            if (done.failed()) current[0] = done.cause();
                            return Future.<Void>succeededFuture();
                        }));
            }
            return chain.compose(v -> Future.failedFuture(current[0]));
        }
    }

    /** A blocking step may itself return a future; wait for it too. */
    private static Future<Object> settle(Object value) {
        if (value instanceof CompletionStage<?> stage) value = Future.fromCompletionStage(stage);
        if (value instanceof Future<?> future) return future.map(v -> (Object) v);
        return Future.succeededFuture(value);
    }

    /** The handler's result as a response: a {@link Response} as it is, anything else as JSON. */
    private Response<?> respond(Object result) {
        if (result instanceof Response<?> response) return response;
        Response<?> response = Response.json(encoder == null ? result : encoder.encode(result));
        return status == 200 ? response : response.status(status);
    }
}
