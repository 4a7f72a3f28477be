package dev.flute.dsl.internal;

import dev.flute.dsl.BackgroundTasks;
import dev.flute.dsl.Outcome;
import dev.flute.dsl.spi.ResolvedRoute;
import io.vertx.core.AsyncResult;
import io.vertx.core.Future;
import io.vertx.core.Handler;
import java.util.ArrayList;
import java.util.List;

/**
 * What outlives the response of one request: its background tasks and its request-scoped
 * resources. The server calls {@link #finish()} once the response is sent (or could not be, when
 * the client went away): tasks run in order, then resources are released in reverse order of
 * acquisition. Nothing here can change the response any more; failures are logged.
 */
public final class RequestScope implements Handler<AsyncResult<Void>> {
    private static final System.Logger LOG = System.getLogger("dev.flute");

    private final Blocking blocking;
    private List<Held> held;
    private BackgroundTasks tasks;
    private boolean finished;
    /** The plan serving the request, or null while none does (an unknown path, a 405). */
    private Plan plan;

    private final Counters counters;
    /** Whether the request got past the API's middleware to routing. */
    private boolean dispatched;
    /** Work that must end before the request is finished (releases after a timeout), or null. */
    private List<Future<?>> awaited;

    /** A scope counted in {@code counters}: as in flight until finished, with the resources it holds. */
    RequestScope(Blocking blocking, Counters counters) {
        this.blocking = blocking;
        this.counters = counters;
    }

    /** The route serving the request, or null while none does (an unknown path, a 405). */
    public ResolvedRoute resolvedRoute() {
        return plan == null ? null : plan.route;
    }

    /** Whether the request got past the API's middleware to routing. */
    boolean dispatched() {
        return dispatched;
    }

    void dispatching() {
        dispatched = true;
    }

    Counters counters() {
        return counters;
    }

    /** The request is not finished before {@code work} is over (whatever its outcome). */
    void awaiting(Future<?> work) {
        if (awaited == null) awaited = new ArrayList<>(1);
        awaited.add(work);
    }

    /** The template of the route serving the request ({@code /items/{item_id}}), or null while none does. */
    public String route() {
        return plan == null ? null : plan.template;
    }

    void routed(Plan plan) {
        this.plan = plan;
    }

    BackgroundTasks tasks() {
        if (tasks == null) tasks = new BackgroundTasks();
        return tasks;
    }

    /**
     * The route failed: its background tasks are dropped, as FastAPI's are (they belong to the
     * handler's response, which an error replaced). Resources are still released.
     */
    void dropTasks() {
        if (tasks != null) tasks = new BackgroundTasks();
    }

    void hold(Held resource) {
        if (held == null) held = new ArrayList<>(2);
        held.add(resource);
    }

    /** Holds these resources, in order; the scope takes the list over when it holds none yet. */
    void holdAll(List<Held> resources) {
        if (held == null) held = resources;
        else held.addAll(resources);
    }

    /**
     * The response was sent, or could not be (the client went away): the scope finishes. The server
     * hands the scope itself to the write's future, so no callback is allocated per request.
     */
    @Override
    public void handle(AsyncResult<Void> sent) {
        // A client that leaves mid-response is routine; what could not be written is logged where it failed.
        if (sent.failed()) LOG.log(System.Logger.Level.DEBUG, "response to " + route() + " not sent", sent.cause());
        finish();
    }

    /** Runs the tasks, then the releases; completes when all are done. Safe to call twice. */
    public Future<Void> finish() {
        if (finished) return Future.succeededFuture();
        finished = true;
        if (awaited != null) {
            List<Future<?>> before = awaited;
            awaited = null;
            return Future.join(before).transform(v -> release());
        }
        return release();
    }

    private Future<Void> release() {
        if (tasks == null) {
            // Releases that answer at once (the common case) run here, innermost first, with no future
            // chain; from the first one that is pending, the rest wait their turn.
            for (int i = held == null ? -1 : held.size() - 1; i >= 0; i--) {
                Held resource = held.get(i);
                Future<Object> released = resource.release(Outcome.SUCCESS, blocking);
                if (!released.isComplete()) {
                    Future<Void> chain = logged(released, resource);
                    for (int j = i - 1; j >= 0; j--) {
                        Held next = held.get(j);
                        chain = chain.eventually(() -> logged(next.release(Outcome.SUCCESS, blocking), next));
                    }
                    return chain.recover(e -> Future.<Void>succeededFuture())
                            .onComplete(done -> counters.finished.run());
                }
                if (released.failed()) logged(released, resource);
            }
            counters.finished.run();
            return Future.succeededFuture();
        }
        Future<Void> chain = Future.succeededFuture();
        if (tasks != null) {
            for (BackgroundTasks.Task task : tasks.tasks()) chain = chain.eventually(() -> run(task));
        }
        for (int i = held == null ? -1 : held.size() - 1; i >= 0; i--) {
            Held resource = held.get(i);
            chain = chain.eventually(() -> resource.release(Outcome.SUCCESS, blocking)
                    .onFailure(e -> LOG.log(System.Logger.Level.ERROR, "release of " + resource.label() + " failed", e))
                    .mapEmpty());
        }
        return chain.recover(e -> Future.<Void>succeededFuture()).onComplete(done -> counters.finished.run());
    }

    private static Future<Void> logged(Future<Object> released, Held resource) {
        return released.onFailure(
                        e -> LOG.log(System.Logger.Level.ERROR, "release of " + resource.label() + " failed", e))
                .mapEmpty();
    }

    private Future<Void> run(BackgroundTasks.Task task) {
        Future<Object> done;
        if (task.blocking()) {
            done = blocking.run(() -> task.work().call());
        } else {
            try {
                Object result = task.work().call();
                done = result instanceof Future<?> f ? f.map(v -> (Object) v) : Future.succeededFuture(result);
            } catch (Throwable e) {
                done = Future.failedFuture(e);
            }
        }
        return done.onFailure(e -> LOG.log(System.Logger.Level.ERROR, "a background task failed", e))
                .mapEmpty();
    }
}
