package dev.flute.dsl.http;

/**
 * One Server-Sent Event with its fields, FastAPI's {@code ServerSentEvent}. A stream of plain
 * values sends each as {@code data:} JSON; an event gives the rest of the protocol: the event type,
 * the id a browser sends back as {@code Last-Event-ID}, the reconnection delay, comments.
 *
 * <pre>{@code
 * ServerSentEvent.of(Map.of("price", 42)).event("tick").id("7")   // event: tick / data: {"price": 42} / id: 7
 * ServerSentEvent.raw("<b>html</b>")                              // data: <b>html</b>, not JSON-encoded
 * ServerSentEvent.comment("still here")                           // : still here
 * }</pre>
 *
 * @param data the payload, always sent as JSON (a string comes quoted); null for none
 * @param <T> the payload's type (a route's {@code sseEvents(type)} declares it)
 * @param rawData a payload sent as it is; exclusive with {@code data}
 * @param event the event type (one line), or null for the browser's default {@code message}
 * @param id the event id (one line, no NUL), or null
 * @param retry the reconnection delay in milliseconds (not negative), or null
 * @param comment comment lines, or null
 */
public record ServerSentEvent<T>(T data, String rawData, String event, String id, Integer retry, String comment) {

    public ServerSentEvent {
        if (data != null && rawData != null) {
            throw new IllegalArgumentException("Cannot set both 'data' and 'raw_data' on the same ServerSentEvent");
        }
        singleLine(event, "event");
        singleLine(id, "id");
        if (id != null && id.indexOf('\0') >= 0)
            throw new IllegalArgumentException("SSE 'id' must not contain null characters");
        if (retry != null && retry < 0)
            throw new IllegalArgumentException("SSE 'retry' must not be negative: " + retry);
    }

    public static <T> ServerSentEvent<T> of(T data) {
        return new ServerSentEvent<>(data, null, null, null, null, null);
    }

    public static <T> ServerSentEvent<T> raw(String rawData) {
        return new ServerSentEvent<>(null, rawData, null, null, null, null);
    }

    public static <T> ServerSentEvent<T> comment(String comment) {
        return new ServerSentEvent<>(null, null, null, null, null, comment);
    }

    public ServerSentEvent<T> event(String event) {
        return new ServerSentEvent<>(data, rawData, event, id, retry, comment);
    }

    public ServerSentEvent<T> id(String id) {
        return new ServerSentEvent<>(data, rawData, event, id, retry, comment);
    }

    public ServerSentEvent<T> retry(int milliseconds) {
        return new ServerSentEvent<>(data, rawData, event, id, milliseconds, comment);
    }

    public ServerSentEvent<T> withComment(String comment) {
        return new ServerSentEvent<>(data, rawData, event, id, retry, comment);
    }

    private static void singleLine(String value, String field) {
        if (value != null && (value.indexOf('\r') >= 0 || value.indexOf('\n') >= 0)) {
            throw new IllegalArgumentException("SSE '" + field + "' must be a single line");
        }
    }
}
