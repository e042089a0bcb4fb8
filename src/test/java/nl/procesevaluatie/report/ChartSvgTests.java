package nl.procesevaluatie.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.erichseifert.vectorgraphics2d.VectorGraphics2D;
import de.erichseifert.vectorgraphics2d.util.PageSize;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.color.ColorSpace;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import nl.procesevaluatie.indicators.IndicatorRow;
import nl.procesevaluatie.job.JobFile;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.HorizontalBarChart;

/**
 * The direct SVG writer against the old path (VectorGraphics2D's SVG document, parsed and cleaned by
 * {@link SvgCleaner}): the same text, byte for byte, for every chart of the sample reports.
 */
class ChartSvgTests {
    private final List<Charts.Drawn> drawn = Collections.synchronizedList(new ArrayList<>());

    @AfterEach
    void stopListening() {
        Charts.drawn = null;
    }

    @Test
    void everyChartOfTheSampleReportsIsTheOldText(@TempDir Path tmp) {
        Charts.drawn = drawn::add;
        JobFile job = ReportFixtures.ownJob();
        // the scale case: 40 organisations over 12 quarters, two of them suppressed
        List<String> orgs = new ArrayList<>();
        for (int i = 1; i <= 40; i++) {
            orgs.add(i % 3 == 0 ? String.format("Stichting Maatschappelijke Dienstverlening Midden-Gelderland %02d", i)
                    : String.format("Jeugdhulp %02d", i));
        }
        List<String> quarters = new ArrayList<>();
        for (int y = 2020; y <= 2022; y++) {
            for (int q = 1; q <= 4; q++) {
                quarters.add(y + "-Q" + q);
            }
        }
        List<IndicatorRow> many = SyntheticRows.build(job, new SyntheticRows.Options(orgs, List.of("Gemeente 01", "Gemeente 02"),
                quarters, Set.of(orgs.get(4), orgs.get(17)), 40));
        ReportInput scale = ReportFixtures.input(job, "nl", many, List.of(), List.of());
        new ReportWriter().write(scale, tmp.resolve("scale"), false);
        OrganisationReports.write(scale, tmp.resolve("scale"), false, orgs.get(2));
        // a few organisations, in English, and an organisation's own report beside its peers
        List<IndicatorRow> few = SyntheticRows.build(job, new SyntheticRows.Options(List.of("Alpha", "Beta <b>&", "Gamma"),
                List.of("Gemeente 01"), quarters.subList(0, 5), Set.of("Gamma"), 12));
        ReportInput small = ReportFixtures.input(job, "en", few, List.of(), List.of());
        new ReportWriter().write(small, tmp.resolve("few"), false);
        OrganisationReports.write(small, tmp.resolve("few"), false, null);
        new ReportWriter().write(ReportFixtures.input(job, "nl", List.of(), List.of(), List.of()), tmp.resolve("empty"), false);
        if (ReportFixtures.smallCleanPresent()) {
            for (String language : List.of("nl", "en")) {
                ReportInput sc = ReportFixtures.smallClean(language);
                new ReportWriter().write(sc, tmp.resolve("sc-" + language), false);
                OrganisationReports.write(sc, tmp.resolve("sc-" + language), false, null);
            }
        }
        Charts.drawn = null;
        // a hostile title and labels, and the charts' odd cases: zero bars, a left-out first bar, long labels
        Charts charts = new Charts(Locale.forLanguageTag("nl"));
        List<Double> values = new ArrayList<>(java.util.Arrays.asList(null, 0.0, 0.25, 1.05, 0.333333333));
        List<String> labels = List.of("<script>alert(1)</script>", "A & B", "\"quoted\"", "Ünïcödé – label", "x".repeat(60));
        Map<String, List<Double>> series = new LinkedHashMap<>();
        series.put("één", values);
        series.put("twee", List.of(0.5, 0.05, 0.15, 0.0, 0.95));
        HorizontalBarChart bars = charts.bars("<b>Titel</b> & \"meer\"", labels, series, true, 0.45, Charts.WIDE);
        CategoryChart bullet = charts.bullet("Bullet", labels, values, List.of(0.5, 0.5, 0.8, 0.8, 0.1), "waarde", "doel",
                Charts.HALF, 260, true);
        CategoryChart trend = charts.trend("Trend", quarters.subList(0, 5), List.of(0.1, 0.2, 0.35, 0.4, 0.45),
                List.of(false, false, false, true, true), 0.3, "af", "loopt", Charts.WIDE, 280);
        HorizontalBarChart diverging = charts.diverging("Diverging", labels, List.of("▼", "", "▲"), List.of(0.1, 0.2, 0.3, 0.4, 0.0),
                List.of(0.5, 0.6, 0.05, 0.0, 1.0), "min", "plus", 0.2, Charts.WIDE);
        for (var c : List.of(bars, bullet, trend, diverging)) {
            drawn.add(new Charts.Drawn(c, "odd-" + drawn.size(), c.getTitle(), "<script>x</script> & \u0007", null));
        }

        Map<String, Integer> kinds = new TreeMap<>();
        int compared = 0;
        for (Charts.Drawn d : drawn) {
            String old = ChartSvg.viaDocument(d.chart(), d.id(), d.title(), d.description());
            String now = ChartSvg.svg(d.chart(), d.id(), d.title(), d.description());
            assertEquals(old, now, "chart " + d.id());
            if (d.svg() != null) {
                assertEquals(old, d.svg(), "chart " + d.id() + " as the report drew it");
            }
            kinds.merge(d.chart().getClass().getSimpleName(), 1, Integer::sum);
            compared++;
        }
        System.out.println("ChartSvgTests: " + compared + " charts the same both ways " + kinds);
        assertTrue(compared > 150, "charts compared: " + compared);
        assertTrue(kinds.getOrDefault("CategoryChart", 0) > 20 && kinds.getOrDefault("HorizontalBarChart", 0) > 20, kinds.toString());
    }

    /**
     * What XChart does not draw in our charts, drawn by hand: rotations (a matrix), clips inside clips and
     * a shared clip, rounded rectangles, translucent colours, dashes with a phase, nested graphics, bars of
     * no area at odd places; and what this writer leaves to the old path: text, a gradient (an image the cleaner drops).
     */
    @Test
    void handDrawnCommandsAreTheOldTextToo() {
        for (int variant = 0; variant < 4; variant++) {
            VectorGraphics2D g = new VectorGraphics2D();
            g.setColor(Color.WHITE);
            g.fill(new Rectangle2D.Double(0, 0, 300, 200));
            g.setColor(new Color(10, 20, 30, 128));
            g.fill(new RoundRectangle2D.Double(1.25, 2.35, 30.05, 40.15, 5, 6.1));
            g.setStroke(new BasicStroke(1.5f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_BEVEL, 3f, new float[] {2.5f, 1f}, 0.5f));
            g.draw(new Ellipse2D.Double(10.05, 20.15, 7.25, 9.35));
            Graphics2D inner = (Graphics2D) g.create();
            inner.rotate(0.3);
            inner.clip(new Ellipse2D.Double(0, 0, 50, 50));
            inner.setColor(Color.RED);
            inner.fill(new Rectangle2D.Double(-5.05, 3.45, 12.5, 0));
            inner.draw(new Line2D.Double(0.05, -0.05, 100.25, 1e-9));
            inner.dispose();
            g.translate(10.05, -3.25);
            g.setClip(new Rectangle(0, 0, 20, 20));
            Path2D bar = new Path2D.Double();
            bar.moveTo(5.15, 5);
            bar.lineTo(5.15, 5);
            bar.lineTo(5.15, 20.05);
            bar.lineTo(5.15, 20.05);
            bar.closePath();
            g.fill(bar); // no area: left out, yet its group is written
            Path2D curve = new Path2D.Float();
            curve.moveTo(1.05f, -2.25f);
            curve.quadTo(3.35f, 4.45f, 0.0001f, -0.00004f);
            curve.curveTo(1e-5, 2, 3, 4, 5.55, 6.65);
            curve.lineTo(1e-5, 7);
            curve.closePath();
            g.fill(curve);
            g.setStroke(new BasicStroke(0.8f));
            g.draw(curve);
            g.setClip(new Rectangle(0, 0, 20, 20)); // the same clip again: one clip path
            g.fill(new Rectangle2D.Double(2, 2, 3, 3));
            Graphics2D scaled = (Graphics2D) g.create();
            scaled.scale(1.5, 0.5);
            scaled.fill(new Rectangle2D.Double(2, 2, 3, 3));
            scaled.dispose();
            g.setClip(new Rectangle(0, 0, 21, 21));
            g.fill(bar); // a group with nothing the cleaner keeps
            if (variant == 1) {
                g.drawString("<b>x</b> & y", 3.5f, 4.5f);
            } else if (variant == 2) {
                g.setPaint(new GradientPaint(0, 0, Color.RED, 10, 10, Color.BLUE));
                g.fill(new Rectangle2D.Double(2, 2, 3, 3));
            } else if (variant == 3) {
                g.setColor(new Color(ColorSpace.getInstance(ColorSpace.CS_sRGB), new float[] {0.1f, 0.2f, 0.3f}, 0.4f));
                g.fill(new Rectangle2D.Double(1, 1, 1, 1));
                g.draw(new Rectangle2D.Double(1, 1, 1, 1));
            }
            PageSize page = new PageSize(0.0, 0.0, 300.5, 200.25);
            String old = SvgCleaner.clean(ChartSvg.document(g.getCommands(), page), "h" + variant, "<t>", "d & d");
            assertEquals(old, ChartSvg.svg(g.getCommands(), page, "h" + variant, "<t>", "d & d"), "variant " + variant);
            assertTrue(old.contains("matrix(") && old.contains("rx=") && old.contains("stroke-dashoffset"), old);
            assertEquals(variant == 1, old.contains("<text") && old.contains("&lt;b&gt;x&lt;/b&gt; &amp; y</text>"), old);
            // the rotated ellipse, the rectangle shared by two groups, that rectangle scaled, one for the empty group
            assertEquals(4, old.split("<clipPath ").length - 1, old);
            assertTrue(variant != 0 || old.contains("<g clip-path=\"url(#h0-c3)\" transform=\"translate(10.1 -3.3)\"></g>"), old);
        }
    }

    @Test
    void roundsAsTheCleanerRoundsThePrintedNumber() {
        Random random = new Random(17);
        List<Double> values = new ArrayList<>(List.of(0.0, -0.0, 0.05, -0.05, 0.15, 2.05, 2.45, 1.25, -1.25, 0.95, 9.95, 99.95,
                123.45, 1e-20, -1e-20, 6.123233995736766E-17, 999999.95, 1e6 + 0.05, 1e7, 1e7 + 0.05, 1.0E-5, 0.0004999,
                0.1 + 0.2, 1 - 1e-16, 1234567.85, 1e15 + 0.3, Double.MIN_VALUE, Double.MAX_VALUE / 1e300));
        for (int i = 0; i < 200_000; i++) {
            double tie = (random.nextInt(2_000_000) - 1_000_000) / 20.0; // a half tenth, printed exactly
            double[] around = {tie, Math.nextUp(tie), Math.nextDown(tie), tie + 1e-9, tie - 1e-9, tie + 1e-12, tie - 1e-15};
            values.add(around[random.nextInt(around.length)]);
            values.add((random.nextDouble() - 0.5) * Math.pow(10, random.nextInt(12) - 4));
            values.add(random.nextInt(7000) / 10.0 + random.nextInt(3) * 0.05);
            values.add((double) (float) (random.nextDouble() * 700)); // glyph outlines are floats
        }
        StringBuilder sb = new StringBuilder();
        for (double v : values) {
            for (boolean javaString : new boolean[] {false, true}) {
                sb.setLength(0);
                ChartSvg.roundTenths(sb, v, javaString);
                String printed = javaString ? Double.toString(v) : ChartSvg.format(v);
                assertEquals(SvgCleaner.round(printed), sb.toString(), () -> v + " printed " + printed);
            }
        }
    }

    @Test
    void writesOnlyAllowedMarkupWithEscapedText() {
        Charts charts = new Charts(Locale.forLanguageTag("nl"));
        Map<String, List<Double>> series = new LinkedHashMap<>();
        series.put("<img src=x onerror=alert(1)>", List.of(0.5, 0.7));
        HorizontalBarChart c = charts.bars("<script>alert(1)</script>", List.of("<a href='x'>", "]]>&amp;"), series, true, null, Charts.WIDE);
        String svg = ChartSvg.svg(c, "c9", "<script>alert(1)</script>", "\"desc\" & <b>");
        assertFalse(svg.contains("<script"), svg);
        assertFalse(svg.contains("<a "));
        assertFalse(svg.contains("<img"));
        assertTrue(svg.contains("<title id=\"c9-title\">&lt;script&gt;alert(1)&lt;/script&gt;</title>"));
        assertTrue(svg.contains("<desc id=\"c9-desc\">&quot;desc&quot; &amp; &lt;b&gt;</desc>"));
        assertTrue(svg.contains("clip-path=\"url(#c9-c0)\""), "ids carry the chart's prefix");
        // only the cleaner's elements
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("<([A-Za-z]+)").matcher(svg);
        Set<String> allowed = Set.of("svg", "title", "desc", "defs", "clipPath", "g", "path", "rect", "line", "ellipse");
        while (m.find()) {
            assertTrue(allowed.contains(m.group(1)), m.group(1));
        }
    }
}
