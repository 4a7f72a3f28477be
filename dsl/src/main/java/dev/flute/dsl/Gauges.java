package dev.flute.dsl;

/**
 * What a served API holds at one moment: the counts tests read to prove nothing leaks (after the
 * last answer, all are zero), and a health endpoint may report.
 *
 * <pre>{@code
 * server.close().await();  // or, in a test: await until client.gauges().equals(Gauges.IDLE)
 * assertEquals(Gauges.IDLE, client.gauges());
 * }</pre>
 *
 * @param inFlight requests accepted and not finished: answered, background tasks run, resources released
 * @param heldResources resources ({@code resource(...)} dependencies) acquired and not released yet
 * @param blockingCalls blocking calls running or waiting for a thread (bounded by {@code Settings.maxBlocking})
 * @param tempFiles upload files on disk that Flute has not deleted yet, in this JVM
 */
public record Gauges(int inFlight, int heldResources, int blockingCalls, int tempFiles) {
    /** Nothing held: what a server shows once every request is finished. */
    public static final Gauges IDLE = new Gauges(0, 0, 0, 0);
}
