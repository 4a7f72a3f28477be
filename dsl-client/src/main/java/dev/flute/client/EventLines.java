package dev.flute.client;

import dev.flute.dsl.http.ServerSentEvent;
import dev.flute.dsl.types.Type;
import io.vertx.core.buffer.Buffer;
import java.nio.charset.StandardCharsets;

/**
 * Reads an event stream line by line, as the WHATWG specification dispatches events: fields
 * collect until a blank line. Each event's data is read as JSON of the route's item type.
 *
 * <p>For {@code sse(item)} an event gives its item; for {@code sseEvents(item)} it gives the whole
 * {@link ServerSentEvent} (event type, id, retry, comments), and data that does not read as an item
 * is kept as raw data. Comments alone (the server's {@code : ping} keep-alives) are no event.
 */
final class EventLines<T> implements ItemStream.Decoder<T> {
    private final Type<?> item;
    private final boolean withFields;
    private final String route;
    private final int status;

    private StringBuilder data;
    private StringBuilder comment;
    private String event;
    private String id;
    private Integer retry;

    EventLines(Type<?> item, boolean withFields, String route, int status) {
        this.item = item;
        this.withFields = withFields;
        this.route = route;
        this.status = status;
    }

    @Override
    public T decode(Buffer record) {
        String line = record.toString(StandardCharsets.UTF_8);
        if (line.endsWith("\r")) line = line.substring(0, line.length() - 1);
        if (line.isEmpty()) return dispatch();
        int colon = line.indexOf(':');
        String field = colon < 0 ? line : line.substring(0, colon);
        String value = colon < 0 ? "" : line.substring(colon + 1);
        if (value.startsWith(" ")) value = value.substring(1);
        switch (field) {
            case "" -> comment = append(comment, value);
            case "data" -> data = append(data, value);
            case "event" -> event = value;
            case "id" -> id = value.indexOf('\0') >= 0 ? id : value;
            case "retry" -> retry = value.matches("[0-9]{1,9}") ? Integer.valueOf(value) : retry;
            default -> {
                // Unknown fields are ignored, as the specification says.
            }
        }
        return null;
    }

    /** The event the collected fields make, if any; the fields are cleared either way. */
    @SuppressWarnings("unchecked")
    private T dispatch() {
        String text = data == null ? null : data.toString();
        String notes = comment == null ? null : comment.toString();
        String type = event;
        String eventId = id;
        Integer reconnect = retry;
        data = null;
        comment = null;
        event = null;
        id = null;
        retry = null;
        if (!withFields) return text == null ? null : (T) Decoding.item(item, route, status, text);
        if (text == null && type == null && eventId == null && reconnect == null) return null;
        Object payload = null;
        String raw = null;
        if (text != null) {
            try {
                payload = Decoding.item(item, route, status, text);
            } catch (ResponseDecodingError notAnItem) {
                raw = text;
            }
        }
        return (T) new ServerSentEvent<>(payload, raw, type, eventId, reconnect, notes);
    }

    private static StringBuilder append(StringBuilder lines, String line) {
        if (lines == null) return new StringBuilder(line);
        return lines.append('\n').append(line);
    }
}
