package nl.procesevaluatie.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import nl.procesevaluatie.output.Bidi;
import nl.procesevaluatie.output.OutputFiles;

/**
 * Writes the evaluation report: report.html (self-contained: styles and charts inline, no script, no
 * external resource), every chart as charts/{name}.svg and charts/{name}.png, and report.pdf when asked.
 * Every figure comes from the indicator rows; see {@link ReportInput}.
 */
public final class ReportWriter {

    public void write(ReportInput in, Path outDir, boolean pdf) {
        Ctx c = new Ctx(in);
        Model.Report report = ReportBuilder.build(c);
        String html = HtmlRenderer.render(report, c.m);
        Path charts = outDir.resolve("charts");
        Set<String> written = new HashSet<>();
        for (Ctx.ChartFile f : c.files) {
            OutputFiles.write(charts.resolve(f.id() + ".svg"), "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + Bidi.escape(f.svg()) + "\n");
            OutputFiles.write(charts.resolve(f.id() + ".png"), f.png().join());
            written.add(f.id() + ".svg");
            written.add(f.id() + ".png");
        }
        removeStaleCharts(charts, written);
        OutputFiles.write(outDir.resolve("report.html"), html);
        if (pdf) {
            OutputFiles.write(outDir.resolve("report.pdf"), PdfRenderer.render(html));
        }
    }

    /**
     * One organisation's report: report.html (and report.pdf) with its charts inline only; at country scale
     * the chart files of some 300 reports would cost more than the reports themselves.
     */
    void writeOrganisation(ReportInput in, RowIndex every, Path dir, boolean pdf) {
        Ctx c = new Ctx(in, every);
        String html = HtmlRenderer.render(ReportBuilder.build(c), c.m);
        OutputFiles.write(dir.resolve("report.html"), html);
        if (pdf) {
            OutputFiles.write(dir.resolve("report.pdf"), PdfRenderer.render(html));
        }
    }

    /** Chart files of an earlier run that this run did not draw (fewer organisations, say). */
    private static void removeStaleCharts(Path charts, Set<String> written) {
        if (!Files.isDirectory(charts)) {
            return;
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(charts, "*.{svg,png}")) {
            for (Path p : files) {
                if (!written.contains(p.getFileName().toString()) && Files.isRegularFile(p)) {
                    Files.delete(p);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot tidy " + charts, e);
        }
    }
}
