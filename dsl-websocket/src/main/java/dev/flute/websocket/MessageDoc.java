package dev.flute.websocket;

import dev.flute.dsl.types.Type;

/**
 * A kind of message a websocket route receives or sends, for its AsyncAPI document.
 *
 * @param name the message's key in its channel, unique per route ({@code chatMessage})
 * @param format how it travels: a text frame, a binary frame, or JSON in a text frame
 * @param type the JSON message's type (its JSON Schema is the payload); null for text and bytes
 */
public record MessageDoc(String name, Format format, Type<?> type) {

    /** How a message travels on the socket. */
    public enum Format {
        /** A text frame, read with {@link Socket#onText}: {@code text/plain}. */
        TEXT("text/plain"),
        /** A binary frame, read with {@link Socket#onBytes}: {@code application/octet-stream}. */
        BYTES("application/octet-stream"),
        /** JSON in a text frame, read with {@link Socket#onJson}: {@code application/json}. */
        JSON("application/json");

        private final String contentType;

        Format(String contentType) {
            this.contentType = contentType;
        }

        public String contentType() {
            return contentType;
        }
    }

    public MessageDoc {
        if (name == null || !name.matches("[A-Za-z0-9_.-]+")) {
            throw new IllegalArgumentException("a message name is letters, digits, '_', '.' or '-': " + name);
        }
        if ((format == Format.JSON) != (type != null)) {
            throw new IllegalArgumentException(
                    "message '" + name + "': a JSON message has a type, text and bytes none");
        }
    }
}
