package dev.flute.dsl.internal;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * The live counts of one compiled API, shared by its event loops: requests in flight (until their
 * background tasks and releases are done) and resources acquired but not released yet. Read
 * through {@code Gauges}; tests use them to prove nothing leaks.
 */
final class Counters {
    final AtomicInteger inFlight = new AtomicInteger();
    final AtomicInteger held = new AtomicInteger();
    /** Decrements {@link #held}: the {@code onReleased} of every counted resource. */
    final Runnable released = held::decrementAndGet;
}
