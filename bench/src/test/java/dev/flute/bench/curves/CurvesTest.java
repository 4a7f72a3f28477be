package dev.flute.bench.curves;

import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

/** Of two runs of one server at one point, the one kept is the better by what the curve draws. */
class CurvesTest {
    private static Curves.Curve curve(String name) {
        return Curves.CURVES.stream()
                .filter(c -> c.name().equals(name))
                .findFirst()
                .orElseThrow();
    }

    private static Curves.Point run(double rps, double p99Ms, double meanMs) {
        return new Curves.Point("any", 1, "flute", new Wrk.Result(rps, p99Ms, meanMs, 1, 0, 0, ""), -1);
    }

    /** {@code kept} wins over {@code dropped}, whichever ran first. */
    private static void assertKept(String curve, Curves.Point kept, Curves.Point dropped) {
        assertSame(kept, Curves.better(curve(curve), kept, dropped));
        assertSame(kept, Curves.better(curve(curve), dropped, kept));
    }

    @Test
    void should_keep_the_faster_run_where_the_cost_per_request_is_drawn() {
        assertKept("routes", run(2000, 9, 9), run(1000, 1, 1));
        assertKept("deps", run(2000, 9, 9), run(1000, 1, 1));
    }

    @Test
    void should_keep_the_run_with_the_lower_p99_where_p99_is_drawn() {
        assertKept("connections", run(1000, 5, 9), run(2000, 50, 1));
    }

    @Test
    void should_keep_the_run_with_the_lower_mean_time_where_time_is_drawn() {
        assertKept("body", run(1000, 9, 10), run(2000, 1, 20));
    }
}
