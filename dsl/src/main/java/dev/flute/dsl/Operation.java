package dev.flute.dsl;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * What a route says about itself beyond its inputs and output: FastAPI's path-operation
 * configuration.
 *
 * @param status the success status; 0 means the output's default (200, 204 for no content)
 * @param name the handler's name, as FastAPI takes it from the function ({@code read_item}): the
 *     default summary ("Read Item") and operationId ({@code read_item_items__item_id__get})
 * @param responses other documented responses, by status: errors with their typed outputs
 * @param blocking the handler blocks: it runs on a worker, never on the event loop
 * @param extra an OpenAPI fragment deep-merged into the operation last
 * @param timeout how long the route may take before it is answered 504 (its resources released),
 *     or null for no limit
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
        java.time.Duration timeout) {

    public static final Operation DEFAULT =
            new Operation(0, List.of(), null, null, null, null, false, true, Map.of(), false, Map.of(), null);

    public Operation {
        tags = List.copyOf(tags);
        responses = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(responses));
        extra = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(extra));
    }

    /** A copy with the changes {@code edit} makes to a draft of this one. */
    public Operation with(Consumer<Draft> edit) {
        var draft = new Draft(this);
        edit.accept(draft);
        return draft.build();
    }

    /**
     * A documented response: FastAPI's {@code responses={404: {"description": ..., "model": ...}}}.
     *
     * @param description the description, or null for the status phrase
     * @param output the body's output (its schema in the document, its encoder on the wire), or null
     * @param extra an OpenAPI Response Object fragment merged into it
     */
    public record ResponseDoc(String description, Output<?> output, Map<String, Object> extra) {
        public ResponseDoc {
            extra = extra == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(extra));
        }

        public static ResponseDoc of(String description) {
            return new ResponseDoc(description, null, Map.of());
        }

        /** The documented form of a typed error. */
        public static ResponseDoc of(ErrorOutput<?> error) {
            return new ResponseDoc(error.description(), error.output(), Map.of());
        }
    }

    /** A mutable copy, for {@link #with}: one place that copies every component. */
    public static final class Draft {
        public int status;
        public List<String> tags;
        public String summary;
        public String description;
        public String operationId;
        public String name;
        public boolean deprecated;
        public boolean includeInSchema;
        public Map<Integer, ResponseDoc> responses;
        public boolean blocking;
        public Map<String, Object> extra;
        public java.time.Duration timeout;

        private Draft(Operation o) {
            status = o.status;
            tags = o.tags;
            summary = o.summary;
            description = o.description;
            operationId = o.operationId;
            name = o.name;
            deprecated = o.deprecated;
            includeInSchema = o.includeInSchema;
            responses = o.responses;
            blocking = o.blocking;
            extra = o.extra;
            timeout = o.timeout;
        }

        private Operation build() {
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
                    timeout);
        }
    }
}
