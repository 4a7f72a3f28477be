package dev.flute.examples.params;

import static dev.flute.dsl.Flute.*;

import dev.flute.dsl.Api;
import dev.flute.dsl.Endpoint;
import dev.flute.dsl.types.ModelType;
import java.util.List;

/**
 * Seed §2.6: headers read into one model. {@code save_data} is read from {@code Save-Data}, and
 * {@code x_tag} collects every {@code X-Tag} header.
 */
public final class HeaderModel {
    private HeaderModel() {}

    public record CommonHeaders(
            String host, boolean save_data, String if_modified_since, String traceparent, List<String> x_tag) {}

    static final ModelType<CommonHeaders> COMMON_HEADERS = model(CommonHeaders.class)
            .field("if_modified_since", str().nullable())
            .field("traceparent", str().nullable())
            .field("x_tag", listOf(str()).withDefault(List.of()));

    static final Endpoint READ_ITEMS = route(GET, "/items/")
            .name("read_items")
            .param(headerModel(COMMON_HEADERS))
            .handle(headers -> headers);

    public static Api app() {
        return api("FastAPI", "0.1.0").routes(READ_ITEMS);
    }
}
