package dev.flute.bench.curves;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Runs {@code wrk} (the Debian package) against a local server and reads its summary. */
final class Wrk {
    private static final Pattern RPS = Pattern.compile("(?m)^Requests/sec:\\s+([0-9.]+)");
    private static final Pattern P99 = Pattern.compile("(?m)^\\s+99%\\s+([0-9.]+)(us|ms|s|m)\\s*$");
    private static final Pattern MEAN = Pattern.compile("(?m)^\\s+Latency\\s+([0-9.]+)(us|ms|s|m)");
    private static final Pattern REQUESTS = Pattern.compile("(?m)^\\s+([0-9]+) requests in");
    private static final Pattern NON_2XX = Pattern.compile("Non-2xx or 3xx responses: ([0-9]+)");
    private static final Pattern SOCKET_ERRORS =
            Pattern.compile("Socket errors: connect ([0-9]+), read ([0-9]+), write ([0-9]+), timeout ([0-9]+)");

    /**
     * What one run measured.
     *
     * @param meanMs wrk's mean latency
     * @param non2xx responses that were not 2xx or 3xx
     * @param errors socket errors of every kind (connect, read, write, timeout)
     */
    record Result(double rps, double p99Ms, double meanMs, long requests, long non2xx, long errors, String output) {}

    private Wrk() {}

    /** {@code wrk -t threads -c connections -d seconds --latency [-s script] url}. */
    static Result run(String url, int threads, int connections, int seconds, String script)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(
                "wrk", "-t" + threads, "-c" + connections, "-d" + seconds + "s", "--timeout", "10s", "--latency"));
        if (script != null) command.addAll(List.of("-s", script));
        command.add(url);
        Process wrk = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(wrk.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (wrk.waitFor() != 0) throw new IOException("wrk failed: " + out);
        return new Result(
                number(RPS, out),
                millis(P99, out),
                millis(MEAN, out),
                (long) number(REQUESTS, out),
                (long) number(NON_2XX, out),
                socketErrors(out),
                out);
    }

    private static double number(Pattern p, String out) {
        Matcher m = p.matcher(out);
        return m.find() ? Double.parseDouble(m.group(1)) : 0;
    }

    private static double millis(Pattern p, String out) {
        Matcher m = p.matcher(out);
        if (!m.find()) return Double.NaN;
        double v = Double.parseDouble(m.group(1));
        return switch (m.group(2)) {
            case "us" -> v / 1000;
            case "s" -> v * 1000;
            case "m" -> v * 60_000;
            default -> v;
        };
    }

    private static long socketErrors(String out) {
        Matcher m = SOCKET_ERRORS.matcher(out);
        if (!m.find()) return 0;
        long sum = 0;
        for (int i = 1; i <= 4; i++) sum += Long.parseLong(m.group(i));
        return sum;
    }
}
