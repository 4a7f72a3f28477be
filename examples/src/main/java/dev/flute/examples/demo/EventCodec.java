package dev.flute.examples.demo;

import com.fasterxml.jackson.databind.JsonNode;
import dev.flute.dsl.Json;
import dev.flute.dsl.http.ValidationError;
import dev.flute.dsl.types.Loc;
import dev.flute.dsl.types.ModelType;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.eventbus.MessageCodec;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;

/**
 * Carries a model's values on the event bus: as they are within one process (they are immutable
 * records), as JSON between the nodes of a clustered Vert.x, read back through the model.
 */
final class EventCodec<T> implements MessageCodec<T, T> {
    private final ModelType<T> model;

    EventCodec(ModelType<T> model) {
        this.model = model;
    }

    @Override
    public void encodeToWire(Buffer buffer, T value) {
        Buffer json = Json.encode(value);
        buffer.appendInt(json.length()).appendBuffer(json);
    }

    @Override
    public T decodeFromWire(int pos, Buffer buffer) {
        int length = buffer.getInt(pos);
        JsonNode node;
        try {
            node = Json.mapper().readTree(buffer.getBytes(pos + 4, pos + 4 + length));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        var errors = new ArrayList<ValidationError>();
        T value = model.fromJson(node, Loc.of(model.name()), errors);
        if (!errors.isEmpty()) throw new IllegalArgumentException(model.name() + " from the wire: " + errors);
        return value;
    }

    @Override
    public T transform(T value) {
        return value;
    }

    @Override
    public String name() {
        return "flute-demo." + model.name();
    }

    @Override
    public byte systemCodecID() {
        return -1;
    }
}
