package dev.flute.bench.soak;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * The soak's verdict and plot, from the samples {@code bench/soak.sh} takes every 10 s (a CSV of
 * {@code seconds,heap_after_gc_kib,rss_kib}): a Markdown table of heap after GC and RSS at the
 * start of the steady state, at its end and at their extremes, and whether each stayed within 5 %,
 * and a PNG of both over time. The first minute is warm-up (JIT, pools, buffers) and is plotted but
 * not judged. Exits 1 when a measure grew by more than the tolerance.
 *
 * <pre>java -cp bench.jar dev.flute.bench.soak.SoakReport samples.csv soak.png</pre>
 */
public final class SoakReport {
    private SoakReport() {}

    /** Samples before this are warm-up. */
    static final double WARM_UP_SECONDS = 60;
    /** Each end of the steady state is the mean of this many seconds of samples. */
    static final double WINDOW_SECONDS = 60;

    static final double TOLERANCE = 0.05;

    /** One sample: when, the heap just after a full GC, the process's resident set. */
    record Sample(double seconds, double heapMiB, double rssMiB) {}

    /** How one measure moved over the steady state. */
    record Drift(String name, double start, double end, double min, double max) {
        double change() {
            return (end - start) / start;
        }

        boolean flat() {
            return Math.abs(change()) <= TOLERANCE;
        }

        String row() {
            return String.format(
                    Locale.ROOT,
                    "| %s | %.1f MiB | %.1f MiB | %.1f–%.1f MiB | %+.1f %% | %s |",
                    name,
                    start,
                    end,
                    min,
                    max,
                    change() * 100,
                    flat() ? "flat" : "grew");
        }
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: SoakReport samples.csv plot.png");
            System.exit(2);
        }
        List<Sample> samples = read(Path.of(args[0]));
        List<Sample> steady =
                samples.stream().filter(s -> s.seconds() >= WARM_UP_SECONDS).toList();
        if (steady.size() < 4)
            throw new IllegalArgumentException("too few samples after the warm-up: " + steady.size());
        Drift heap = drift("heap after GC", steady, Sample::heapMiB);
        Drift rss = drift("RSS", steady, Sample::rssMiB);
        System.out.println(
                "| measure | start (mean of the first minute) | end (mean of the last minute) | range | change | verdict |");
        System.out.println("|---|---:|---:|---:|---:|---|");
        System.out.println(heap.row());
        System.out.println(rss.row());
        plot(samples, Path.of(args[1]));
        System.exit(heap.flat() && rss.flat() ? 0 : 1);
    }

    static List<Sample> read(Path csv) throws IOException {
        var out = new ArrayList<Sample>();
        for (String line : Files.readAllLines(csv)) {
            if (line.isBlank() || line.startsWith("seconds")) continue;
            String[] f = line.split(",");
            out.add(new Sample(
                    Double.parseDouble(f[0]), Double.parseDouble(f[1]) / 1024, Double.parseDouble(f[2]) / 1024));
        }
        return out;
    }

    static Drift drift(String name, List<Sample> steady, java.util.function.ToDoubleFunction<Sample> measure) {
        double first = steady.get(0).seconds();
        double last = steady.get(steady.size() - 1).seconds();
        double start = steady.stream()
                .filter(s -> s.seconds() < first + WINDOW_SECONDS)
                .mapToDouble(measure)
                .average()
                .orElseThrow();
        double end = steady.stream()
                .filter(s -> s.seconds() > last - WINDOW_SECONDS)
                .mapToDouble(measure)
                .average()
                .orElseThrow();
        double min = steady.stream().mapToDouble(measure).min().orElseThrow();
        double max = steady.stream().mapToDouble(measure).max().orElseThrow();
        return new Drift(name, start, end, min, max);
    }

    static void plot(List<Sample> samples, Path png) throws IOException {
        XYChart chart = new XYChartBuilder()
                .width(900)
                .height(420)
                .title("Soak: heap after GC and RSS of the Flute bench server")
                .xAxisTitle("minutes")
                .yAxisTitle("MiB")
                .build();
        double[] minutes = samples.stream().mapToDouble(s -> s.seconds() / 60).toArray();
        chart.addSeries(
                        "RSS",
                        minutes,
                        samples.stream().mapToDouble(Sample::rssMiB).toArray())
                .setMarker(SeriesMarkers.NONE);
        chart.addSeries(
                        "heap after GC",
                        minutes,
                        samples.stream().mapToDouble(Sample::heapMiB).toArray())
                .setMarker(SeriesMarkers.NONE);
        chart.getStyler().setYAxisMin(0.0);
        String name = png.toString();
        BitmapEncoder.saveBitmap(
                chart,
                name.endsWith(".png") ? name.substring(0, name.length() - 4) : name,
                BitmapEncoder.BitmapFormat.PNG);
    }
}
