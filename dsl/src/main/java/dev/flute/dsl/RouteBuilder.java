package dev.flute.dsl;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The configuration every route arity shares. Each method returns a copy, typed as the concrete
 * {@code RouteN}, so a chain keeps its handler's signature.
 *
 * @param <S> the concrete route type
 */
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

    private S op(Operation o) {
        return with(spec.withOperation(o));
    }

    private Operation o() {
        return spec.operation();
    }

    /** The success status (FastAPI's {@code status_code}); 200 by default. */
    public S status(int status) {
        if (status < 100 || status > 599) throw new IllegalArgumentException("not an HTTP status: " + status);
        return op(o().withStatus(status));
    }

    public S tags(String... tags) {
        var all = new java.util.ArrayList<>(o().tags());
        all.addAll(List.of(tags));
        return op(o().withTags(all));
    }

    public S summary(String summary) {
        return op(o().withSummary(summary));
    }

    /** Markdown; anything after a form feed ({@code \f}) is cut from the document, as FastAPI does. */
    public S description(String description) {
        return op(o().withDescription(description));
    }

    public S operationId(String operationId) {
        return op(o().withOperationId(operationId));
    }

    /**
     * The handler's name, as FastAPI takes it from the Python function: it makes the default summary
     * ({@code read_item} → "Read Item") and operationId ({@code read_item_items__item_id__get}).
     */
    public S name(String name) {
        return op(o().withName(name));
    }

    public S deprecated() {
        return op(o().withDeprecated(true));
    }

    /** False keeps the route out of the OpenAPI document; it is still served. */
    public S includeInSchema(boolean include) {
        return op(o().withIncludeInSchema(include));
    }

    /** Documents another response this route may give. */
    public S response(int status, String description) {
        return response(status, Operation.ResponseDoc.of(description));
    }

    public S response(int status, Operation.ResponseDoc doc) {
        var all = new LinkedHashMap<>(o().responses());
        all.put(status, doc);
        return op(o().withResponses(all));
    }

    /** The handler blocks (JDBC, files, sleeps): it runs on a worker thread, never the event loop. */
    public S blocking() {
        return op(o().withBlocking(true));
    }

    /** An OpenAPI fragment merged into this operation last (FastAPI's {@code openapi_extra}). */
    public S openapiExtra(Map<String, Object> extra) {
        return op(o().withExtra(extra));
    }

    /** Sends the result through this model, so undeclared fields never leave (FastAPI's {@code response_model}). */
    public S responseModel(dev.flute.dsl.types.Type<?> model) {
        return model(ResponseModel.of(model));
    }

    /** Leaves out fields the result did not set, such as keys absent from a returned map. */
    public S responseModelExcludeUnset() {
        return model(responseModelOrFail().withExcludeUnset());
    }

    /** Leaves out fields whose value is null. */
    public S responseModelExcludeNone() {
        return model(responseModelOrFail().withExcludeNone());
    }

    /** Sends only these top-level fields. */
    public S responseModelInclude(String... fields) {
        return model(responseModelOrFail().withInclude(java.util.Set.of(fields)));
    }

    /** Never sends these top-level fields. */
    public S responseModelExclude(String... fields) {
        return model(responseModelOrFail().withExclude(java.util.Set.of(fields)));
    }

    private ResponseModel responseModelOrFail() {
        if (o().responseModel() == null) {
            throw new IllegalStateException(spec.describe() + ": declare responseModel(...) before its options");
        }
        return o().responseModel();
    }

    private S model(ResponseModel model) {
        return op(o().withResponseModel(model));
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
