package dev.flute.dsl;

import dev.flute.dsl.types.ModelType;

/**
 * A model read from one place of the request, FastAPI 0.115's query, header and cookie models
 * ({@code filter_query: Annotated[FilterParams, Query()]}): each field is read from its own
 * parameter with the field's type, and the handler receives the record.
 *
 * <pre>{@code
 * record FilterParams(int limit, int offset, String order_by, List<String> tags) {}
 *
 * route(GET, "/items/").param(queryModel(model(FilterParams.class)
 *         .field("limit", int_().gt(0).le(100).withDefault(100))
 *         .forbidExtra()))
 *     .handle(filter -> filter);
 * }</pre>
 *
 * <p>A model that forbids extra fields refuses every other parameter of its place with
 * {@code extra_forbidden}. A header field {@code save_data} is read from {@code save-data} unless
 * {@link #keepUnderscores()} is set; header names ignore case, query and cookie names do not.
 *
 * @param in where the fields are read: query, header or cookie
 * @param model the record and its field types
 * @param convertUnderscores for headers: read {@code save_data} from {@code save-data}
 */
public record ParamModel<T>(Param.In in, ModelType<T> model, boolean convertUnderscores) implements Input<T> {

    public ParamModel {
        if (in == null || model == null)
            throw new IllegalArgumentException("a parameter model needs a place and a model");
        if (in == Param.In.PATH) {
            throw new IllegalArgumentException("a path has no model form: declare each path parameter with path(...)");
        }
    }

    /** For a header model: keep underscores in the fields' names as they are. */
    public ParamModel<T> keepUnderscores() {
        return new ParamModel<>(in, model, false);
    }

    /** The parameter a field is read from: its wire name, and for headers hyphens for underscores. */
    public String wireName(ModelType.Field field) {
        boolean aliased = field.type().meta().alias() != null;
        return in == Param.In.HEADER && convertUnderscores && !aliased
                ? field.wireName().replace('_', '-')
                : field.wireName();
    }
}
