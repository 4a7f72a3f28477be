package dev.flute.bench.curves;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every curve's plots are drawn from its points, whatever kind of plot it is (a log axis included). */
class PlotsTest {
    @TempDir
    Path out;

    @BeforeAll
    static void headless() {
        System.setProperty("java.awt.headless", "true");
    }

    static List<Curves.Curve> curves() {
        return Curves.CURVES;
    }

    @ParameterizedTest
    @MethodSource("curves")
    void should_draw_each_curve_as_png(Curves.Curve curve) throws Exception {
        var points = new ArrayList<Curves.Point>();
        for (int x : curve.x()) {
            for (String server : Curves.SERVERS) {
                var wrk = new Wrk.Result(1000.0 + x, 2.5, 0.5 + x / 1e6, 5000, 0, 0, "");
                points.add(new Curves.Point(curve.name(), x, server, wrk, 8L << 20));
            }
        }
        Plots.draw(curve, points, out);

        List<String> files = curve.plot() == Curves.Plot.TIME_AND_HEAP
                ? List.of(curve.name() + "-time.png", curve.name() + "-heap.png")
                : List.of(curve.name() + ".png");
        for (String file : files) {
            BufferedImage image = ImageIO.read(out.resolve(file).toFile());
            assertNotNull(image, file + " is a PNG");
            assertEquals(720, image.getWidth());
        }
    }
}
