package dev.flute.bench.curves;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.ToDoubleFunction;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.markers.SeriesMarkers;

/** Draws a curve's points as PNG line charts (XChart), raw Vert.x beside Flute. */
final class Plots {
    private Plots() {}

    static void draw(Curves.Curve curve, List<Curves.Point> points, Path out) throws IOException {
        switch (curve.plot()) {
            case MICROS_PER_REQUEST -> save(
                    chart(curve, curve.title(), curve.plot().yLabel, points, Curves.Point::microsPerRequest),
                    out.resolve(curve.name() + ".png"));
            case P99 -> save(
                    chart(curve, curve.title(), curve.plot().yLabel, points, p -> p.wrk()
                            .p99Ms()),
                    out.resolve(curve.name() + ".png"));
            case TIME_AND_HEAP -> {
                // Time over three decades of size: log-log, where linear growth is a slope of one.
                XYChart time = chart(curve, curve.title() + ": time", curve.plot().yLabel, points, p -> p.wrk()
                        .meanMs());
                time.getStyler().setYAxisMin(null);
                time.getStyler().setYAxisLogarithmic(true);
                save(time, out.resolve(curve.name() + "-time.png"));
                save(
                        chart(
                                curve,
                                curve.title() + ": memory",
                                "heap held by requests in flight (MiB, after a full GC)",
                                points,
                                p -> p.heapPeak() / 1048576.0),
                        out.resolve(curve.name() + "-heap.png"));
            }
        }
    }

    private static XYChart chart(
            Curves.Curve curve,
            String title,
            String yLabel,
            List<Curves.Point> points,
            ToDoubleFunction<Curves.Point> y) {
        XYChart chart = new XYChartBuilder()
                .width(720)
                .height(420)
                .title(title)
                .xAxisTitle(curve.xLabel())
                .yAxisTitle(yLabel)
                .build();
        chart.getStyler().setXAxisLogarithmic(true);
        chart.getStyler().setXAxisDecimalPattern("#,###");
        chart.getStyler().setLegendPosition(Styler.LegendPosition.InsideNW);
        chart.getStyler().setChartBackgroundColor(java.awt.Color.WHITE);
        chart.getStyler().setYAxisMin(0.0);
        for (String server : Curves.SERVERS) {
            var mine = points.stream().filter(p -> p.server().equals(server)).toList();
            double[] xs = mine.stream().mapToDouble(Curves.Point::x).toArray();
            double[] ys = mine.stream().mapToDouble(y).toArray();
            chart.addSeries(server.equals("raw") ? "raw Vert.x" : "Flute", xs, ys)
                    .setMarker(SeriesMarkers.CIRCLE);
        }
        return chart;
    }

    private static void save(XYChart chart, Path file) throws IOException {
        BitmapEncoder.saveBitmap(chart, file.toString(), BitmapEncoder.BitmapFormat.PNG);
    }
}
