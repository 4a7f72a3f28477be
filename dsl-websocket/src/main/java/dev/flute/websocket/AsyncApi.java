package dev.flute.websocket;

import static dev.flute.dsl.Flute.GET;
import static dev.flute.dsl.Flute.binary;
import static dev.flute.dsl.Flute.route;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.flute.dsl.Api;
import dev.flute.dsl.Endpoint;
import dev.flute.dsl.Group;
import dev.flute.dsl.Json;
import dev.flute.websocket.internal.AsyncApiDocument;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The AsyncAPI 3.0 document of an API's websocket routes, read from the same values that serve
 * them: something FastAPI does not publish. OpenAPI has no word for a websocket, so these routes
 * are left out of {@code /openapi.json} and described here instead.
 *
 * <pre>{@code
 * Api served = AsyncApi.with(api);           // also serves /asyncapi.json, beside /openapi.json
 * String json = AsyncApi.of(api).json();      // or build it, for a file or a test
 * }</pre>
 *
 * <p>Per route: a channel (id: the route's operationId; address: its path with {@code {name}}
 * parameters; its messages with their JSON Schemas; the WebSockets binding with the handshake's
 * query and header schemas) and an operation per direction that has messages: {@code receive} for
 * what clients send ({@link WsRouteBuilder#receives}), {@code send} for what the route sends.
 */
public final class AsyncApi {
    private final ObjectNode document;
    private final String json;

    private AsyncApi(ObjectNode document) {
        this.document = document;
        this.json = Json.write(document);
    }

    /** Builds the document; a problem in the API (two channels of one id) fails here. */
    public static AsyncApi of(Api api) {
        return new AsyncApi(AsyncApiDocument.of(api));
    }

    /** The document as a tree: a fresh copy, free to change. */
    public ObjectNode document() {
        return document.deepCopy();
    }

    /** Compact JSON, as served. */
    public String json() {
        return json;
    }

    /** Indented JSON, for files under version control. */
    public String prettyJson() {
        try {
            return Json.writer().withDefaultPrettyPrinter().writeValueAsString(document) + "\n";
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A copy of {@code api} that also serves its AsyncAPI document next to the OpenAPI one:
     * {@code /asyncapi.json} for {@code /openapi.json}. With the OpenAPI URL turned off (null), the
     * API publishes no documents and this adds nothing.
     */
    public static Api with(Api api) {
        String openapi = api.settings().openapiUrl();
        if (openapi == null) return api;
        return with(api, openapi.substring(0, openapi.lastIndexOf('/') + 1) + "asyncapi.json");
    }

    /** A copy of {@code api} that also serves its AsyncAPI document at {@code url}. */
    public static Api with(Api api, String url) {
        byte[] body = of(api).json().getBytes(StandardCharsets.UTF_8);
        Endpoint<byte[]> document = route(GET, url)
                .includeInSchema(false)
                .returns(binary("application/json"))
                .handle(() -> body);
        // The document sits outside the API's own dependencies (a token check, say), as FastAPI's docs do.
        Group root = api.root();
        Group guarded = Group.of("")
                .withDependencies(root.dependencies())
                .withEndpoints(root.endpoints())
                .withGroups(root.groups());
        return api.withRoot(root.withDependencies(List.of())
                .withEndpoints(List.of(document))
                .withGroups(List.of(guarded)));
    }
}
