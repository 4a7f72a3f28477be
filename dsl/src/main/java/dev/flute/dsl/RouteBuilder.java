package dev.flute.dsl;

import com.google.errorprone.annotations.CheckReturnValue;
import dev.flute.dsl.types.Type;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The configuration every route arity shares. Each method returns a copy, typed as the concrete
 * {@code RouteN}, so a chain keeps its handler's signature and declared output.
 *
 * @param <S> the concrete route type
 */
@CheckReturnValue
public abstract class RouteBuilder<S extends RouteBuilder<S>> {
    private final RouteSpec spec;

    RouteBuilder(RouteSpec spec) {
        this.spec = spec;
    }

    /** The declaration so far. */
    public RouteSpec spec() {
        return spec;
    }

    protected abstract S with(RouteSpec spec);

    private S op(java.util.function.Consumer<Operation.Draft> edit) {
        return with(spec.withOperation(spec.operation().with(edit)));
    }

    /** The success status (FastAPI's {@code status_code}); 200 by default, 204 for {@code noContent()}. */
    public S status(int status) {
        if (status < 100 || status > 599) throw new IllegalArgumentException("not an HTTP status: " + status);
        return op(o -> o.status = status);
    }

    public S tags(String... tags) {
        return op(o -> o.tags = Group.concat(o.tags, List.of(tags)));
    }

    public S summary(String summary) {
        return op(o -> o.summary = summary);
    }

    /** Markdown; anything after a form feed ({@code \f}) is cut from the document, as FastAPI does. */
    public S description(String description) {
        return op(o -> o.description = description);
    }

    public S operationId(String operationId) {
        return op(o -> o.operationId = operationId);
    }

    /**
     * The handler's name, as FastAPI takes it from the Python function: it makes the default summary
     * ({@code read_item} → "Read Item") and operationId ({@code read_item_items__item_id__get}).
     */
    public S name(String name) {
        return op(o -> o.name = name);
    }

    public S deprecated() {
        return op(o -> o.deprecated = true);
    }

    /** False keeps the route out of the OpenAPI document; it is still served. */
    public S includeInSchema(boolean include) {
        return op(o -> o.includeInSchema = include);
    }

    /** Documents another response this route may give (FastAPI's {@code responses={404: {...}}}). */
    public S response(int status, String description) {
        return response(status, Operation.ResponseDoc.of(description));
    }

    public S response(int status, Operation.ResponseDoc doc) {
        return op(o -> {
            var all = new LinkedHashMap<>(o.responses);
            all.put(status, doc);
            o.responses = all;
        });
    }

    /**
     * A typed error this route answers: documented with its schema, and its body encoded by its
     * output when the handler throws {@code error.of(body)}.
     */
    public S error(ErrorOutput<?> error) {
        return response(error.status(), Operation.ResponseDoc.of(error));
    }

    /** A typed error answer of this status whose body is JSON of {@code type} (FastAPI's {@code {"model": ...}}). */
    public S error(int status, Type<?> type) {
        return error(new ErrorOutput<>(status, Output.of(Output.Kind.JSON, "application/json", type), null));
    }

    /** The handler blocks (JDBC, files, sleeps): it runs on a worker thread, never the event loop. */
    public S blocking() {
        return op(o -> o.blocking = true);
    }

    /**
     * Answers 504 {@code {"detail": "Gateway Timeout"}} when the route has not answered within
     * {@code limit}: inputs, dependencies and handler together. Its resources are released with
     * the timeout as their outcome; blocking work already started runs on, its result dropped.
     * A group's or the API's ({@code group.timeout(...)}, {@code api.timeout(...)}) applies to
     * routes without their own.
     *
     * <pre>{@code route(GET, "/report").timeout(Duration.ofSeconds(5)).blocking().handle(() -> slowReport())}</pre>
     */
    public S timeout(java.time.Duration limit) {
        if (limit == null || limit.isNegative() || limit.isZero())
            throw new IllegalArgumentException(spec.describe() + ": a timeout is positive: " + limit);
        return op(o -> o.timeout = limit);
    }

    /** An OpenAPI fragment merged into this operation last (FastAPI's {@code openapi_extra}). */
    public S openapiExtra(Map<String, Object> extra) {
        return op(o -> o.extra = extra);
    }

    /** Attaches extension data under a typed key; interpreters read it from the resolved route. */
    public <T> S attribute(Attribute<T> key, T value) {
        return with(spec.withAttribute(key, value));
    }

    /** Dependencies run for their effect (checks, logging); their values are not passed. */
    public S dependencies(Dep<?>... dependencies) {
        return with(spec.withDependencies(List.of(dependencies)));
    }

    /** The limits of this route's form or multipart body, in place of {@link FormLimits#DEFAULT}. */
    public S formLimits(FormLimits limits) {
        if (limits == null) throw new IllegalArgumentException(spec.describe() + ": formLimits cannot be null");
        return with(spec.withFormLimits(limits));
    }
}
