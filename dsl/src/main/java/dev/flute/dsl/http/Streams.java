package dev.flute.dsl.http;

import io.vertx.core.streams.ReadStream;

/** Streams for routes that return them ({@code sse(...)}, {@code jsonLines(...)}). */
public final class Streams {
    private Streams() {}

    /**
     * The values of {@code items} as a stream, emitted on the context that reads it, as fast as the
     * reader asks (a paused reader stops the iteration). The iterator must not block: a value that
     * takes time belongs in a {@link ReadStream} of its own.
     *
     * <pre>{@code route(GET, "/ticks").returns(sse(TICK)).handle(() -> Streams.of(List.of(t1, t2)))}</pre>
     */
    public static <T> ReadStream<T> of(Iterable<? extends T> items) {
        return new IterableStream<>(null, items.iterator());
    }
}
