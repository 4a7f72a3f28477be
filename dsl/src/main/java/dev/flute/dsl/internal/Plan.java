package dev.flute.dsl.internal;

import dev.flute.dsl.Endpoint;
import dev.flute.dsl.Operation;
import dev.flute.dsl.Outcome;
import dev.flute.dsl.http.HttpError;
import dev.flute.dsl.http.Request;
import dev.flute.dsl.http.RequestValidationError;
import dev.flute.dsl.http.Response;
import dev.flute.dsl.http.ResponseValidationError;
import dev.flute.dsl.http.ValidationError;
import dev.flute.dsl.spi.ResolvedRoute;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.buffer.Buffer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionStage;

/**
 * A route compiled for serving: read every input (reporting all errors at once), then run the
 * dependencies in order and the handler last, each value in its slot, and encode the result
 * through the route's declared output. Synchronous steps stay synchronous; a {@code Future} is
 * only followed where a step returned one.
 */
final class Plan {
    final ResolvedRoute route;
    /** The route's template as OpenAPI writes it ({@code /items/{item_id}}), for {@code Request.route()}. */
    final String template;

    /**
     * The steps that check security schemes (and what they need), run when inputs are invalid.
     *
     * @param steps indexes into the plan's steps, in order
     * @param reads the slots of the request inputs those steps need
     */
    record Security(int[] steps, int[] reads) {
        static final Security NONE = new Security(new int[0], new int[0]);
    }

    private final ParamReader[] readers;
    private final BodyReader body;
    private final FormReader form;
    /** The slots the body or form fills: one error there fails them all. */
    private final int[] bodySlots;

    private final long maxBodySize;
    private final int[] requestSlots;
    private final int[] taskSlots;
    /** Values known when the route is compiled (the scopes a SecurityScopes input sees), by slot. */
    private final Map<Integer, Object> constants;

    private final Step[] steps;
    private final int[] all;
    private final Security security;
    private final int slotCount;
    private final int status;
    private final Endpoint.Returns returns;
    private final OutputEncoder output;
    /** The encoders of the typed errors the route declares, by status. */
    private final Map<Integer, OutputEncoder> errors;
    /** The route's timeout in milliseconds, 0 for none. */
    private final long timeoutMillis;

    /** The answer when the route's timeout passes: FastAPI's shape, {@code {"detail": "Gateway Timeout"}}. */
    static final HttpError TIMED_OUT = new HttpError(504);

    Plan(
            ResolvedRoute route,
            List<ParamReader> readers,
            BodyReader body,
            int[] requestSlots,
            int[] taskSlots,
            Map<Integer, Object> constants,
            List<Step> steps,
            int slotCount,
            long maxBodySize,
            FormReader form,
            int[] bodySlots,
            Security security) {
        this.route = route;
        this.template = route.path().format();
        this.readers = readers.toArray(ParamReader[]::new);
        this.body = body;
        this.form = form;
        this.bodySlots = bodySlots;
        this.requestSlots = requestSlots;
        this.taskSlots = taskSlots;
        this.constants = Map.copyOf(constants);
        this.maxBodySize = maxBodySize;
        this.steps = steps.toArray(Step[]::new);
        this.all = java.util.stream.IntStream.range(0, this.steps.length).toArray();
        this.security = security;
        this.slotCount = slotCount;
        this.status = route.status();
        this.returns = route.endpoint().returns();
        this.output = route.output() == null ? null : OutputEncoder.of(route.output());
        var typed = new HashMap<Integer, OutputEncoder>();
        for (Map.Entry<Integer, Operation.ResponseDoc> e : route.responses().entrySet()) {
            if (e.getValue().output() != null)
                typed.put(e.getKey(), OutputEncoder.of(e.getValue().output()));
        }
        this.errors = Map.copyOf(typed);
        this.timeoutMillis =
                route.timeout() == null ? 0 : Math.max(1, route.timeout().toMillis());
    }

    /**
     * Serves the request: the response when every step answered at once, else a future of it (see
     * {@link Answer}); a failure is a failed future. A route with a timeout races its answer
     * against it only when the answer is not there at once.
     */
    Object run(Request request, String[] captures, RequestScope scope, Blocking blocking) {
        if (timeoutMillis == 0) return read(request, captures, scope, blocking, null);
        var deadline = new Deadline(scope);
        Object read = read(request, captures, scope, blocking, deadline);
        if (read instanceof Response<?>) return read;
        Future<Response<?>> answer = Answer.pending(read);
        if (answer.isComplete()) return answer;
        // The timer fires on this request's event loop, between steps: a running step is never cut.
        Promise<Response<?>> raced = Promise.promise();
        long timer = blocking.vertx().setTimer(timeoutMillis, id -> {
            if (raced.future().isComplete()) return;
            // The releases join the request's scope first: answering may finish the scope at once.
            deadline.pass();
            raced.tryFail(TIMED_OUT);
        });
        answer.onComplete(done -> {
            blocking.vertx().cancelTimer(timer);
            if (done.succeeded()) raced.tryComplete(done.result());
            else raced.tryFail(done.cause());
        });
        return raced.future();
    }

    private Object read(Request request, String[] captures, RequestScope scope, Blocking blocking, Deadline deadline) {
        if (form != null) {
            return form.receive(request, scope)
                    .compose(data -> Answer.future(extract(request, captures, data, scope, blocking, deadline)));
        }
        if (body == null) return extract(request, captures, null, scope, blocking, deadline);
        // Only routes with a body read one, and only now that the route is known.
        Future<Buffer> content = request.body(maxBodySize);
        if (content.succeeded()) return extract(request, captures, content.result(), scope, blocking, deadline);
        return content.compose(
                received -> Answer.future(extract(request, captures, received, scope, blocking, deadline)));
    }

    /**
     * A request's timeout: once it passes, the resources acquired so far are released with the
     * timeout as their outcome, and so is any a step still running acquires later; no further step
     * runs. The releases belong to the request's scope, so it is not finished before they are.
     */
    private static final class Deadline {
        private final RequestScope scope;
        private Run run;
        private boolean passed;

        Deadline(RequestScope scope) {
            this.scope = scope;
        }

        void pass() {
            passed = true;
            if (run != null) run.abandon();
        }
    }

    /**
     * An error's response, its body encoded by the typed error output the route declares for its
     * status (an {@code ErrorOutput}); other responses as they are.
     */
    Response<?> encodeError(Response<?> response, Request request) {
        // Most routes declare no typed error: no status boxed and looked up for them.
        if (errors.isEmpty() || response.kind() != Response.Kind.VALUE) return response;
        OutputEncoder typed = errors.get(response.status());
        return typed == null ? response : typed.encode(response.body(), response.status(), response.headers(), request);
    }

    /** Reads every input, reporting all errors at once; no dependency runs unless all are valid. */
    private Object extract(
            Request request,
            String[] captures,
            Object content,
            RequestScope scope,
            Blocking blocking,
            Deadline deadline) {
        if (deadline != null && deadline.passed) return Future.failedFuture(TIMED_OUT);
        Object[] slots = new Object[slotCount];
        List<ValidationError> errors = null;
        // Which inputs failed matters only to know whether the security checks can still run.
        boolean[] failed = security.steps().length == 0 ? null : new boolean[slotCount];
        for (ParamReader reader : readers) {
            int before = count(errors);
            errors = reader.read(request, captures, slots, errors);
            if (failed != null && count(errors) > before) failed[reader.slot()] = true;
        }
        int before = count(errors);
        if (body != null) errors = body.read(request, (Buffer) content, slots, errors);
        if (form != null) errors = form.read((FormData) content, slots, errors);
        if (failed != null && count(errors) > before) for (int slot : bodySlots) failed[slot] = true;
        for (int slot : requestSlots) slots[slot] = request;
        for (int slot : taskSlots) slots[slot] = scope.tasks();
        if (!constants.isEmpty()) constants.forEach((slot, value) -> slots[slot] = value);
        if (errors == null) return new Run(slots, scope, blocking, request, all, null, deadline).from(0);
        var invalid = new RequestValidationError(errors);
        if (failed == null) return Future.failedFuture(invalid);
        for (int slot : security.reads()) if (failed[slot]) return Future.failedFuture(invalid);
        return new Run(slots, scope, blocking, request, security.steps(), invalid, deadline).from(0);
    }

    private static int count(List<ValidationError> errors) {
        return errors == null ? 0 : errors.size();
    }

    /** One request's way through its steps, with the resources it has acquired so far. */
    private final class Run {
        private final Object[] slots;
        private final RequestScope scope;
        private final Blocking blocking;
        private final Request request;
        private final int[] order;
        /** When only the security checks run: the error answered once they pass. */
        private final RequestValidationError invalid;
        /** The route's timeout, or null. */
        private final Deadline deadline;

        private List<Held> held;
        /** Whether a resource to release as soon as the handler returns was acquired. */
        private boolean functionScoped;

        Run(
                Object[] slots,
                RequestScope scope,
                Blocking blocking,
                Request request,
                int[] order,
                RequestValidationError invalid,
                Deadline deadline) {
            this.slots = slots;
            this.scope = scope;
            this.blocking = blocking;
            this.request = request;
            this.order = order;
            this.invalid = invalid;
            this.deadline = deadline;
            if (deadline != null) deadline.run = this;
        }

        /**
         * Runs the steps from position {@code at} of the order; suspends only on a pending future.
         * The answer is the response itself while nothing suspended (see {@link Answer}).
         */
        Object from(int at) {
            for (int i = at; i < order.length; i++) {
                Step step = steps[order[i]];
                int next = i + 1;
                if (step.blocking()) {
                    return blocking.admit(() -> step.call(slots))
                            .compose(Plan::settle)
                            .transform(done -> done.succeeded()
                                    ? Answer.future(resume(step, done.result(), next))
                                    : fail(done.cause()));
                }
                Object value;
                try {
                    value = step.call(slots);
                } catch (Throwable e) {
                    return fail(e);
                }
                // Only a step declared async is asked: a type check against an interface, failing for
                // every plain value, was a tenth of a dependency-heavy request.
                if (step.async() && value instanceof CompletionStage<?> stage)
                    value = Future.fromCompletionStage(stage);
                if (step.async() && value instanceof Future<?> future) {
                    if (!future.isComplete()) {
                        return future.transform(done -> done.succeeded()
                                ? Answer.future(resume(step, done.result(), next))
                                : fail(done.cause()));
                    }
                    if (future.failed()) return fail(future.cause());
                    value = future.result();
                }
                keep(step, value);
            }
            if (invalid != null) return fail(invalid);
            return finish(slots[steps[steps.length - 1].slot()]);
        }

        private Object resume(Step step, Object value, int next) {
            keep(step, value);
            if (deadline != null && deadline.passed) return abandon();
            return from(next);
        }

        /** The timeout passed: release what is held now, within the request's scope, and stop. */
        private Future<Response<?>> abandon() {
            deadline.scope.awaiting(fail(TIMED_OUT));
            return Future.failedFuture(TIMED_OUT);
        }

        private void keep(Step step, Object value) {
            slots[step.slot()] = value;
            if (step.release() != null) {
                if (held == null) held = new ArrayList<>(2);
                Counters counters = scope.counters();
                counters.held.incrementAndGet();
                held.add(new Held(
                        step.release(), value, step.functionScope(), step.blocking(), step.label(), counters.released));
                if (step.functionScope()) functionScoped = true;
            }
        }

        /** The handler returned: encode, release function-scoped resources, hand the rest to the scope. */
        private Object finish(Object result) {
            Response<?> response;
            try {
                response = respond(result, request);
            } catch (Throwable e) {
                return fail(e);
            }
            if (held == null) return response;
            // Handed over here: a timeout passing while a release runs must not release them again.
            List<Held> acquired = held;
            held = null;
            if (!functionScoped) {
                scope.holdAll(acquired);
                return response;
            }
            Future<Void> released = Future.succeededFuture();
            for (int i = acquired.size() - 1; i >= 0; i--) {
                Held h = acquired.get(i);
                if (h.functionScope())
                    released = released.compose(
                            v -> h.release(Outcome.SUCCESS, blocking).mapEmpty());
            }
            for (Held h : acquired) if (!h.functionScope()) scope.hold(h);
            return released.transform(
                    // A function-scoped release that fails after success makes its error the answer.
                    done -> done.succeeded() ? Future.succeededFuture(response) : Future.failedFuture(done.cause()));
        }

        /**
         * The request failed: release every resource now, innermost first, each seeing the error;
         * a release may throw to translate it for the ones outside and for the response.
         */
        private Future<Response<?>> fail(Throwable error) {
            scope.dropTasks();
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

    /** The handler's result as the response sent, as the route's output says. */
    private Response<?> respond(Object result, Request request) {
        switch (returns) {
            case VALUE:
            case FUTURE:
                return output.encode(result, status, List.of(), request);
            case RESPONSE:
            case FUTURE_RESPONSE:
                if (!(result instanceof Response<?> response)) {
                    throw new ResponseValidationError(List.of(new ValidationError(
                            "none_required", List.of("response"), "The handler returned no response", null, null)));
                }
                if (response.kind() != Response.Kind.VALUE) return response;
                int code = response.hasStatus() ? response.status() : status;
                return output.encode(response.body(), code, response.headers(), request);
            default:
                // A route that declares no output: its value as JSON, a response as it is.
                if (result instanceof Response<?> response)
                    return response.hasStatus() ? response : response.status(status);
                Response<?> json = Response.json(result);
                return status == 200 ? json : json.status(status);
        }
    }
}
