package dev.flute.dsl.internal;

import dev.flute.dsl.http.Response;
import io.vertx.core.Future;

/**
 * What each layer of the pipeline answers: the {@link Response} itself when it is ready at once, or
 * a {@code Future} of it when some step answers later (or failed). A route whose steps are all
 * synchronous thus allocates no future on its way out.
 */
final class Answer {
    private Answer() {}

    /** The answer as a future, for code that composes (middleware, the test client). */
    @SuppressWarnings("unchecked")
    static Future<Response<?>> future(Object answer) {
        return answer instanceof Response<?> response ? Future.succeededFuture(response) : (Future<Response<?>>) answer;
    }

    /** The answer's future, when it is not a response already. */
    @SuppressWarnings("unchecked")
    static Future<Response<?>> pending(Object answer) {
        return (Future<Response<?>>) answer;
    }
}
