package nl.procesevaluatie.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import nl.procesevaluatie.indicators.IndicatorRow;
import nl.procesevaluatie.indicators.Q;
import nl.procesevaluatie.job.JobFile;
import nl.procesevaluatie.report.Model.Mark;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.knowm.xchart.HorizontalBarChart;

/**
 * What a reader needs to read the charts: value-axis labels on the diverging bars, the barrier mark next to
 * a determinant's name, axes that hold every bar, and notes where a bar is missing.
 */
class ReadabilityTests {
    private static final Charts CHARTS = new Charts(Locale.forLanguageTag("nl-NL"));
    private static final Pattern LABEL = Pattern.compile("<g transform=\"translate\\(([-0-9.]+) ([-0-9.]+)\\)\"><path d=\"([^\"]*)\"");
    private static final Pattern LINE = Pattern.compile("<line style=\"([^\"]*)\" x1=\"([-0-9.]+)\" x2=\"([-0-9.]+)\" y1=\"([-0-9.]+)\""
            + " y2=\"([-0-9.]+)\"/>");
    private static final Pattern NUMBER = Pattern.compile("-?[0-9]+(?:\\.[0-9]+)?");

    /** A tick label as drawn: where its group sits, and its glyph outlines. */
    record Glyphs(double x, double y, String d) {
        /** The outline's x coordinates (every even number in the path), moved so that the leftmost is 0. */
        List<Double> shape() {
            List<Double> xs = new ArrayList<>();
            Matcher m = NUMBER.matcher(d.replaceAll("[A-Za-z]", " $0 "));
            for (int i = 0; m.find(); i++) {
                if (i % 2 == 0) {
                    xs.add(Double.parseDouble(m.group()));
                }
            }
            double min = xs.stream().mapToDouble(Double::doubleValue).min().orElse(0);
            return xs.stream().map(v -> v - min).toList();
        }
    }

    static String svgOf(HorizontalBarChart chart) {
        return CHARTS.svg(chart, "t", "Organisatie", "test");
    }

    /** The short vertical tick marks under the plot, left to right. */
    static List<Double> valueTicks(String svg) {
        List<Double> xs = new ArrayList<>();
        Matcher m = LINE.matcher(svg);
        while (m.find()) {
            double x1 = Double.parseDouble(m.group(2));
            double x2 = Double.parseDouble(m.group(3));
            double y1 = Double.parseDouble(m.group(4));
            double y2 = Double.parseDouble(m.group(5));
            if (x1 == x2 && Math.abs(y1 - y2) <= 4) {
                xs.add(x1);
            }
        }
        xs.sort(Comparator.naturalOrder());
        return xs;
    }

    /** The glyph groups of the row of tick labels: the lowest row with at least three labels, left to right. */
    static List<Glyphs> tickLabels(String svg) {
        List<Glyphs> all = new ArrayList<>();
        Matcher m = LABEL.matcher(svg);
        while (m.find()) {
            all.add(new Glyphs(Double.parseDouble(m.group(1)), Double.parseDouble(m.group(2)), m.group(3)));
        }
        Map<Double, List<Glyphs>> rows = all.stream().collect(Collectors.groupingBy(Glyphs::y, LinkedHashMap::new,
                Collectors.toList()));
        return rows.entrySet().stream().filter(e -> e.getValue().size() >= 3).max(Map.Entry.comparingByKey())
                .map(e -> e.getValue().stream().sorted(Comparator.comparingDouble(Glyphs::x)).toList()).orElse(List.of());
    }

    static boolean sameShape(List<Double> a, List<Double> b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            if (Math.abs(a.get(i) - b.get(i)) > 0.25) {
                return false;
            }
        }
        return true;
    }

    @Nested
    class DivergingBars {
        final HorizontalBarChart chart = CHARTS.diverging("Organisatie", List.of("Personele capaciteit", "Beschikbare tijd"),
                List.of("▼ belemmering", ""), List.of(0.4, 0.1), List.of(0.5, 0.7), "Negatief", "Positief", 0.2, Charts.WIDE);
        final String svg = svgOf(chart);

        @Test
        void tickLabelsAreSharesWithoutASign() {
            assertEquals("50%", Charts.unsignedShare(0.5));
            assertEquals("50%", Charts.unsignedShare(-0.5).replace('\u00A0', ' ').trim());
            assertNotEquals(Charts.unsignedShare(0.5), Charts.unsignedShare(-0.5), "XChart drops all labels when two are equal");
            assertEquals("0%", Charts.unsignedShare(-0.0));
            for (double v = -1; v <= 1.0001; v += 0.1) {
                assertFalse(Charts.unsignedShare(v).contains("-"), "no minus sign: " + v);
            }
        }

        @Test
        void theValueAxisIsLabelledSymmetricallyOnBothSides() {
            List<Double> ticks = valueTicks(svg);
            List<Glyphs> labels = tickLabels(svg);
            assertTrue(ticks.size() >= 5 && ticks.size() % 2 == 1, "100% ... 0% ... 100%: " + ticks);
            assertEquals(ticks.size(), labels.size(), "a label at every tick");
            int n = ticks.size();
            double zero = ticks.get(n / 2);
            for (int i = 0; i < n; i++) {
                assertEquals(2 * zero, ticks.get(i) + ticks.get(n - 1 - i), 1.0, "ticks mirror around zero");
                // the label on the left reads as its mirror on the right: the same outlines, so no minus sign
                assertTrue(sameShape(labels.get(i).shape(), labels.get(n - 1 - i).shape()), "label " + i + " mirrors " + (n - 1 - i));
            }
            assertFalse(sameShape(labels.get(0).shape(), labels.get(n / 2).shape()), "100% is not drawn as 0%");
        }

        @Test
        void theBarrierLineStaysAtMinusTheBarrierShare() {
            List<Double> ticks = valueTicks(svg);
            double zero = ticks.get(ticks.size() / 2);
            double full = ticks.get(ticks.size() - 1) - zero; // 100%
            Matcher m = LINE.matcher(svg);
            List<Double> lines = new ArrayList<>();
            while (m.find()) {
                if (m.group(1).contains("stroke:rgb(0,0,0)") && m.group(2).equals(m.group(3))) {
                    lines.add(Double.parseDouble(m.group(2)));
                }
            }
            assertEquals(1, lines.size(), "one barrier line");
            assertEquals(zero - 0.2 * full, lines.get(0), 1.0);
        }

        @Test
        void theMarkFollowsTheWholeNameOfItsCategory() {
            List<?> categories = List.copyOf(chart.getSeriesCollection().iterator().next().getYData());
            assertEquals("Personele capaciteit   ▼ belemmering", categories.get(0));
            assertEquals("Beschikbare tijd", categories.get(1));
            String longName = "Formele vastlegging door het management van de organisatie";
            var c = CHARTS.diverging("x", List.of(longName), List.of("▼ belemmering"), List.of(0.3), List.of(0.3), "N", "P", 0.2,
                    Charts.WIDE);
            String label = (String) c.getSeriesCollection().iterator().next().getYData().get(0);
            assertTrue(label.endsWith("…   ▼ belemmering"), "a long name is shortened, never the mark: " + label);
        }

        @Test
        void chartsDrawnWithOneLabelAreaShareTheirScale() {
            List<String> names = List.of("Wet- en regelgeving en financiering", "Kennis");
            List<String> marks = List.of("▼ belemmering", "");
            int area = Charts.divergingLabelArea(names, marks);
            String wide = svgOf(CHARTS.diverging("a", names.subList(0, 1), marks.subList(0, 1), List.of(0.4), List.of(0.1), "N", "P",
                    0.2, Charts.WIDE, area));
            String narrow = svgOf(CHARTS.diverging("b", List.of("Kennis", "Eigen effectiviteit", "Uitkomstverwachtingen"),
                    List.of("", "", ""), List.of(0.1, 0.2, 0.05), List.of(0.6, 0.5, 0.7), "N", "P", 0.2, Charts.WIDE, area));
            List<Double> a = valueTicks(wide);
            List<Double> b = valueTicks(narrow);
            assertEquals(a.size(), b.size());
            for (int i = 0; i < a.size(); i++) {
                assertEquals(a.get(i), b.get(i), 0.5, "tick " + i + " in the same place");
            }
        }
    }

    @Nested
    class Bars {
        @Test
        void aShareAbove100PercentStaysOnTheAxis() {
            Map<String, List<Double>> series = Map.of("Bereik", List.of(0.3, 1.07));
            HorizontalBarChart c = CHARTS.bars("Bereik per gemeente", List.of("Breda", "Goirle"), series, true, 0.36, Charts.WIDE);
            assertEquals(1.1, c.getStyler().getXAxisMax(), 1e-9);
            HorizontalBarChart usual = CHARTS.bars("Bereik", List.of("Breda"), Map.of("Bereik", List.of(0.3)), true, null, Charts.WIDE);
            assertEquals(1.0, usual.getStyler().getXAxisMax(), 1e-9);
        }

        @Test
        void numberAxesLabelOnlyWellSpacedTicks() {
            assertEquals(20, Charts.niceStep(13), 1e-9);
            assertEquals(50, Charts.niceStep(39.6), 1e-9);
            assertEquals(0.5, Charts.niceStep(0.3), 1e-9);
            assertEquals(10, Charts.niceStep(10), 1e-9);
            Function<Double, String> f = Charts.everyNth(20, new DecimalFormat("#,##0.#", DecimalFormatSymbols.getInstance(
                    Locale.forLanguageTag("nl-NL"))));
            assertEquals("0", f.apply(0.0));
            assertEquals("40", f.apply(40.0));
            assertEquals("1.200", f.apply(1200.0));
            Set<String> blanks = new HashSet<>();
            for (double v = -5; v <= 100; v += 5) {
                String label = f.apply(v);
                if (v % 20 != 0) {
                    assertTrue(label.replace('\u00A0', ' ').isBlank(), "no label at " + v);
                }
                assertTrue(blanks.add(label), "every label differs, or XChart drops them all: " + v);
            }
        }

        @Test
        void linesSitOnTheirQuarter() {
            Map<String, List<Double>> series = new LinkedHashMap<>();
            series.put("Aangemeld", List.of(10.0, 20.0));
            series.put("Gestart", List.of(8.0, 15.0));
            var c = CHARTS.lines("x", List.of("2022-Q1", "2022-Q2"), series, null, false, Charts.WIDE, 300);
            assertTrue(c.getStyler().isOverlapped(), "not side by side like bars: each point on its quarter");
        }
    }

    @Nested
    class DeterminantMarks {
        final Ctx c = new Ctx(ReportFixtures.input(ReportFixtures.ownJob(), "nl", List.of(), List.of(), List.of()));

        IndicatorRow row(String status, boolean suppressed) {
            return new IndicatorRow("determinant.staff_capacity.negative_share", IndicatorRow.ALL, "", IndicatorRow.ALL, Q.of(2),
                    Q.of(5), Q.of(2, 5), null, status, suppressed, false);
        }

        @Test
        void comeFromTheRowsStatusOnly() {
            List<Mark> barrier = DeterminantsSection.marks(c, row("barrier", false), row("none", false));
            assertEquals(List.of("barrier"), barrier.stream().map(Mark::key).toList());
            assertEquals("▼ belemmering", DeterminantsSection.markText(barrier));
            // a share above the threshold with status none gets no mark: the report never recomputes a status
            assertTrue(DeterminantsSection.marks(c, row("none", false), row("none", false)).isEmpty());
            assertEquals(List.of("facilitator"), DeterminantsSection.marks(c, row("none", false), row("facilitator", false))
                    .stream().map(Mark::key).toList());
        }

        @Test
        void aSuppressedRowShowsNoMark() {
            assertTrue(DeterminantsSection.marks(c, row("barrier", true), row("facilitator", true)).isEmpty());
            assertEquals("", DeterminantsSection.markText(List.of()));
        }
    }

    @TempDir
    static Path tmp;
    static Document nl;

    /** The own job's report with a barrier, a suppressed barrier, a zero and no borging rows. */
    @BeforeAll
    static void render() throws IOException {
        JobFile job = ReportFixtures.ownJob();
        List<String> orgs = List.of("Jeugdhulp Noord", "Welzijn Oost", "Sociaal Team Zuid");
        List<IndicatorRow> rows = new ArrayList<>();
        for (IndicatorRow r : SyntheticRows.build(job, new SyntheticRows.Options(orgs, List.of("Arnhem"),
                List.of("2022-Q3", "2022-Q4"), Set.of(), 11))) {
            if (r.indicator().startsWith("maintenance.borging")) {
                continue;
            }
            if (r.isAllScope() && r.indicator().equals("determinant.staff_capacity.negative_share")) {
                r = with(r, Q.of(2, 5), "barrier", false);
            } else if (r.isAllScope() && r.indicator().equals("determinant.legislation_and_funding.negative_share")) {
                r = with(r, Q.of(3, 4), "barrier", true);
            } else if (r.indicator().equals("reach.start_rate") && "Welzijn Oost".equals(r.scopeValue()) && r.isAllPeriod()) {
                r = with(r, Q.of(0), "none", false);
            }
            rows.add(r);
        }
        new ReportWriter().write(ReportFixtures.input(job, "nl", rows, List.of(), List.of()), tmp, false);
        nl = Jsoup.parse(tmp.resolve("report.html").toFile());
    }

    static IndicatorRow with(IndicatorRow r, Q value, String status, boolean suppressed) {
        return new IndicatorRow(r.indicator(), r.scope(), r.scopeValue(), r.period(), r.numerator(), r.denominator(), value,
                r.target(), status, suppressed, r.count());
    }

    @Nested
    class InTheReport {
        @Test
        void aBarrierIsNamedInTheChartAndASuppressedOneIsNot() {
            Element organisation = nl.getElementById("fig-determinanten-organisation");
            assertNotNull(organisation);
            String desc = organisation.selectFirst("svg desc").text();
            assertTrue(desc.contains("(belemmering)"), desc);
            assertTrue(organisation.selectFirst("table").text().contains("belemmering"), "the table says it too");
            Element context = nl.getElementById("fig-determinanten-socio-political");
            String contextDesc = context.selectFirst("svg desc").text();
            assertFalse(contextDesc.contains("belemmering"), "a suppressed row shows no status: " + contextDesc);
            assertTrue(nl.getElementById("determinanten").selectFirst("p.para").text().contains("▼ belemmering"),
                    "the section says what the mark means");
        }

        @Test
        void aTableOfOneRowSaysRow() {
            String summary = nl.getElementById("fig-determinanten-organisation").selectFirst("summary").text();
            assertTrue(summary.endsWith("(1 rij)"), summary);
        }

        @Test
        void aBarOfZeroIsExplained() {
            Element fig = nl.getElementById("fig-benchmark-01"); // the start rate per organisation
            assertTrue(fig.select(".notes").text().contains("Geen staaf omdat de waarde 0 is: Welzijn Oost"),
                    fig.select(".notes").text());
        }

        @Test
        void benchmarkChartsAreTwoToARowWithWholeNames() {
            Element fig = nl.getElementById("fig-benchmark-01");
            assertTrue(fig.hasClass("half"), fig.className());
            assertEquals(String.valueOf(Charts.HALF), fig.selectFirst("svg").attr("width"));
        }

        @Test
        void withoutBorgingRowsTheAdoptionTableHasNoEmptyColumn() {
            Element adoption = nl.getElementById("adoptie");
            Element table = adoption.selectFirst("table");
            assertFalse(table.select("thead th").eachText().contains("Borging"), table.select("thead th").eachText().toString());
            assertTrue(adoption.text().contains("geen cijfer voor borging"));
        }

        @Test
        void coreComponentsHaveATableOfTheirOwn() {
            Element fidelity = nl.getElementById("uitvoering");
            List<Element> captions = fidelity.select("caption");
            assertTrue(captions.stream().anyMatch(e -> e.text().startsWith("Kerncomponenten aan bod in afgeronde trajecten, per")));
            for (Element t : fidelity.select("table")) {
                assertTrue(t.select("thead th").size() <= 8, "no table wider than the page: " + t.selectFirst("caption").text());
            }
        }
    }
}
