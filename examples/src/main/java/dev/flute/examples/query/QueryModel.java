package dev.flute.examples.query;

import static dev.flute.dsl.Flute.*;

import dev.flute.dsl.Api;
import dev.flute.dsl.Endpoint;
import dev.flute.dsl.types.ModelType;
import java.util.List;

/** Seed §2.2.5: query parameters read into one model, other parameters forbidden. */
public final class QueryModel {
    private QueryModel() {}

    /** {@code offset} is a long: Python's int has no upper bound, a Java int would refuse 2^31. */
    public record FilterParams(int limit, long offset, String order_by, List<String> tags) {}

    static final ModelType<FilterParams> FILTER_PARAMS = model(FilterParams.class)
            .field("limit", int_().gt(0).le(100).withDefault(100))
            .field("offset", long_().ge(0).withDefault(0L))
            .field("order_by", literal("created_at", "updated_at").withDefault("created_at"))
            .field("tags", listOf(str()).withDefault(List.of()))
            .forbidExtra();

    static final Endpoint READ_ITEMS = route(GET, "/items/")
            .name("read_items")
            .param(queryModel(FILTER_PARAMS))
            .handle(filterQuery -> filterQuery);

    public static Api app() {
        return api("FastAPI", "0.1.0").routes(READ_ITEMS);
    }
}
