package dev.flute.dsl;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a route says about itself beyond its inputs: FastAPI's path-operation configuration.
 *
 * @param status the success status; 0 means the default, 200
 * @param name the handler's name, as FastAPI takes it from the function ({@code read_item}): the
 *     default summary ("Read Item") and operationId ({@code read_item_items__item_id__get})
 * @param responses extra documented responses, by status
 * @param blocking the handler blocks: it runs on a worker, never on the event loop
 * @param extra an OpenAPI fragment deep-merged into the operation last
 * @param responseModel how the result is encoded, or null to send it as it is
 */
public record Operation(
        int status,
        List<String> tags,
        String summary,
        String description,
        String operationId,
        String name,
        boolean deprecated,
        boolean includeInSchema,
        Map<Integer, ResponseDoc> responses,
        boolean blocking,
        Map<String, Object> extra,
        ResponseModel responseModel) {

    public static final Operation DEFAULT =
            new Operation(0, List.of(), null, null, null, null, false, true, Map.of(), false, Map.of(), null);

    public Operation {
        tags = List.copyOf(tags);
        responses = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(responses));
        extra = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(extra));
    }

    // Copies with one component changed; the route builders chain these.

    Operation withStatus(int value) {
        return new Operation(
                value,
                tags,
                summary,
                description,
                operationId,
                name,
                deprecated,
                includeInSchema,
                responses,
                blocking,
                extra,
                responseModel);
    }

    Operation withTags(List<String> value) {
        return new Operation(
                status,
                value,
                summary,
                description,
                operationId,
                name,
                deprecated,
                includeInSchema,
                responses,
                blocking,
                extra,
                responseModel);
    }

    Operation withSummary(String value) {
        return new Operation(
                status,
                tags,
                value,
                description,
                operationId,
                name,
                deprecated,
                includeInSchema,
                responses,
                blocking,
                extra,
                responseModel);
    }

    Operation withDescription(String value) {
        return new Operation(
                status,
                tags,
                summary,
                value,
                operationId,
                name,
                deprecated,
                includeInSchema,
                responses,
                blocking,
                extra,
                responseModel);
    }

    Operation withOperationId(String value) {
        return new Operation(
                status,
                tags,
                summary,
                description,
                value,
                name,
                deprecated,
                includeInSchema,
                responses,
                blocking,
                extra,
                responseModel);
    }

    Operation withName(String value) {
        return new Operation(
                status,
                tags,
                summary,
                description,
                operationId,
                value,
                deprecated,
                includeInSchema,
                responses,
                blocking,
                extra,
                responseModel);
    }

    Operation withDeprecated(boolean value) {
        return new Operation(
                status,
                tags,
                summary,
                description,
                operationId,
                name,
                value,
                includeInSchema,
                responses,
                blocking,
                extra,
                responseModel);
    }

    Operation withIncludeInSchema(boolean value) {
        return new Operation(
                status,
                tags,
                summary,
                description,
                operationId,
                name,
                deprecated,
                value,
                responses,
                blocking,
                extra,
                responseModel);
    }

    Operation withResponses(Map<Integer, ResponseDoc> value) {
        return new Operation(
                status,
                tags,
                summary,
                description,
                operationId,
                name,
                deprecated,
                includeInSchema,
                value,
                blocking,
                extra,
                responseModel);
    }

    Operation withBlocking(boolean value) {
        return new Operation(
                status,
                tags,
                summary,
                description,
                operationId,
                name,
                deprecated,
                includeInSchema,
                responses,
                value,
                extra,
                responseModel);
    }

    Operation withExtra(Map<String, Object> value) {
        return new Operation(
                status,
                tags,
                summary,
                description,
                operationId,
                name,
                deprecated,
                includeInSchema,
                responses,
                blocking,
                value,
                responseModel);
    }

    Operation withResponseModel(ResponseModel value) {
        return new Operation(
                status,
                tags,
                summary,
                description,
                operationId,
                name,
                deprecated,
                includeInSchema,
                responses,
                blocking,
                extra,
                value);
    }

    /** The status sent on success. */
    public int effectiveStatus() {
        return status == 0 ? 200 : status;
    }

    /** A documented response: FastAPI's {@code responses={404: {"description": ...}}}. */
    public record ResponseDoc(String description, Object model, Map<String, Object> extra) {
        public ResponseDoc {
            extra = extra == null ? Map.of() : Map.copyOf(extra);
        }

        public static ResponseDoc of(String description) {
            return new ResponseDoc(description, null, Map.of());
        }
    }
}
