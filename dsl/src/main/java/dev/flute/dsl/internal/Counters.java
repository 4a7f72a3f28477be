package dev.flute.dsl.internal;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * The live counts of one compiled API, kept by one thread that starts requests (an event loop
 * each), so event loops never write the same counter. A count goes down on the instance it went up
 * on, whatever thread that happens on: no instance goes below zero, and their sums are the API's
 * counts. Read through {@code Gauges}; tests use them to prove nothing leaks.
 */
final class Counters {
    final AtomicInteger inFlight = new AtomicInteger();
    final AtomicInteger held = new AtomicInteger();
    /** Decrements {@link #held}: the {@code onReleased} of every counted resource. */
    final Runnable released = held::decrementAndGet;
    /** Decrements {@link #inFlight}, then runs {@code then}: what a scope runs once its request is finished. */
    final Runnable finished;

    Counters(Runnable then) {
        this.finished = () -> {
            inFlight.decrementAndGet();
            then.run();
        };
    }
}
