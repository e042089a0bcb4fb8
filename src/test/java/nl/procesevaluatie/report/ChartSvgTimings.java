package nl.procesevaluatie.report;

import de.erichseifert.vectorgraphics2d.VectorGraphics2D;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import nl.procesevaluatie.indicators.IndicatorRow;
import nl.procesevaluatie.job.JobFile;

/**
 * Times the chart SVG both ways (issue 17), not a test: the charts of the 40-organisation synthetic report
 * and of ten of its organisation reports, drawn through the old document path and the direct writer in
 * alternating rounds after a warm-up. Run from the test classpath:
 * {@code java -cp target/test-classes:target/classes:$(cat target/benchmark.classpath) nl.procesevaluatie.report.ChartSvgTimings [rounds]}
 */
public final class ChartSvgTimings {
    private ChartSvgTimings() {}

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        List<Charts.Drawn> drawn = Collections.synchronizedList(new ArrayList<>());
        Charts.drawn = drawn::add;
        JobFile job = ReportFixtures.ownJob();
        List<String> orgs = new ArrayList<>();
        for (int i = 1; i <= 40; i++) {
            orgs.add(String.format("Jeugdhulp %02d", i));
        }
        List<String> quarters = new ArrayList<>();
        for (int y = 2020; y <= 2022; y++) {
            for (int q = 1; q <= 4; q++) {
                quarters.add(y + "-Q" + q);
            }
        }
        List<IndicatorRow> rows = SyntheticRows.build(job, new SyntheticRows.Options(orgs, List.of("Gemeente 01", "Gemeente 02"),
                quarters, Set.of(orgs.get(4)), 40));
        ReportInput in = ReportFixtures.input(job, "nl", rows, List.of(), List.of());
        Path out = Files.createTempDirectory("chart-svg-timings");
        new ReportWriter().write(in, out, false);
        for (String org : orgs.subList(0, 10)) {
            OrganisationReports.write(in, out, false, org);
        }
        Charts.drawn = null;
        List<Charts.Drawn> charts = List.copyOf(drawn);
        System.out.printf("%d charts%n", charts.size());
        long chars = 0;
        for (int r = -2; r < rounds; r++) { // two rounds of warm-up
            long t0 = System.nanoTime();
            for (Charts.Drawn d : charts) {
                chars += ChartSvg.viaDocument(d.chart(), d.id(), d.title(), d.description()).length();
            }
            long t1 = System.nanoTime();
            for (Charts.Drawn d : charts) {
                chars += ChartSvg.svg(d.chart(), d.id(), d.title(), d.description()).length();
            }
            long t2 = System.nanoTime();
            for (Charts.Drawn d : charts) { // XChart's own part of both: painting into VectorGraphics2D
                VectorGraphics2D g = new VectorGraphics2D();
                d.chart().paint(g, d.chart().getWidth(), d.chart().getHeight());
                chars += g.getCommands().iterator().hasNext() ? 1 : 0;
            }
            long t3 = System.nanoTime();
            if (r >= 0) {
                double old = (t1 - t0) / 1e6;
                double now = (t2 - t1) / 1e6;
                double paint = (t3 - t2) / 1e6;
                System.out.printf("round %d: old %.0f ms (%.2f ms/chart), direct %.0f ms (%.2f ms/chart), %.1fx;"
                        + " of which XChart painting %.0f ms%n", r, old, old / charts.size(), now, now / charts.size(), old / now, paint);
            }
        }
        System.out.println(chars > 0 ? "" : "-");
    }
}
