package dev.flute.dsl.internal;

import io.netty.buffer.ByteBuf;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.internal.buffer.BufferInternal;
import java.nio.charset.StandardCharsets;

/**
 * A buffer's bytes where they lie: {@code array[offset, end())}. A heap buffer (what Vert.x hands
 * a request's body in) is read in place; anything else is copied once.
 */
record BufferBytes(byte[] array, int offset, int length) {
    static BufferBytes of(Buffer content) {
        if (content instanceof BufferInternal internal) {
            ByteBuf buf = internal.getByteBuf();
            if (buf.hasArray())
                return new BufferBytes(buf.array(), buf.arrayOffset() + buf.readerIndex(), buf.readableBytes());
        }
        byte[] copy = content.getBytes();
        return new BufferBytes(copy, 0, copy.length);
    }

    /** The index after the last byte. */
    int end() {
        return offset + length;
    }

    boolean ascii() {
        for (int i = offset; i < end(); i++) if (array[i] < 0) return false;
        return true;
    }

    String latin1() {
        return new String(array, offset, length, StandardCharsets.ISO_8859_1);
    }
}
