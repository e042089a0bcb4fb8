package nl.procesevaluatie.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import nl.procesevaluatie.job.Goal;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The report of the small-clean acceptance case, from its job file and expected indicators.csv (skipped
 * when ../shared is absent). Set -Dreport.check.dir=DIR to keep the output, with report.pdf, for a look.
 */
class SmallCleanReportTests {
    @TempDir
    static Path tmp;
    static Path out;
    static ReportInput input;
    static Document html;

    @BeforeAll
    static void render() throws Exception {
        Assumptions.assumeTrue(ReportFixtures.smallCleanPresent(), "../shared/acceptance/small-clean is not here");
        String keep = System.getProperty("report.check.dir");
        out = keep == null ? tmp : Path.of(keep);
        input = ReportFixtures.smallClean("nl");
        new ReportWriter().write(input, out, true);
        html = Jsoup.parse(out.resolve("report.html").toFile());
    }

    @Test
    void summaryHasEveryGoalWithValueTargetAndStatus() {
        // from expected/indicators.csv, scope all, period all
        Map<String, List<String>> expected = Map.of(
                "G1", List.of("80%", "78,6%", "22 van 28", "niet behaald"),
                "G2", List.of("80%", "91,6%", "228 van 249", "behaald"),
                "G5", List.of("50%", "50%", "8 van 16", "behaald"),
                "G8", List.of("70%", "46,9%", "23 van 49", "loopt nog"),
                "G10", List.of("50%", "–", "0 van 0", "geen gegevens"));
        Element table = html.getElementById("samenvatting").selectFirst("table");
        assertEquals(input.job().goals().size(), table.select("tbody tr").size());
        for (Goal g : input.job().goals()) {
            Element tr = table.select("tbody tr").stream().filter(r -> r.selectFirst("th").text().startsWith(g.id() + " · "))
                    .findFirst().orElseThrow(() -> new AssertionError(g.id()));
            assertTrue(tr.selectFirst("th").text().endsWith(g.title()));
            assertNotNull(tr.selectFirst(".mark .word"), "status of " + g.id());
            List<String> want = expected.get(g.id());
            if (want != null) {
                var td = tr.select("td");
                assertEquals(want, List.of(td.get(0).text(), td.get(1).text(), td.get(2).text(),
                        td.get(3).selectFirst(".word").text()), g.id());
            }
        }
    }

    @Test
    void suppressedFiguresShowTheSignWithoutStatus() {
        // goal.G1 for Geldzorg Zeist is 3 of 4, not_met, suppressed: the goal matrix shows <5 and no mark
        Element matrix = html.select("#doelen div.multiples").first().selectFirst("table");
        Element row = matrix.select("tbody tr").stream().filter(r -> r.selectFirst("th").text().equals("Geldzorg Zeist"))
                .findFirst().orElseThrow();
        Element g1 = row.select("td").get(0);
        assertEquals("<5", g1.text());
        assertTrue(g1.select(".mark").isEmpty());
        // reach.penetration for Oudewater is 2 clients without a target, suppressed
        Element muni = html.select("#bereik table").stream().filter(t -> t.selectFirst("caption").text().equals("Bereik per gemeente"))
                .findFirst().orElseThrow();
        Element oudewater = muni.select("tbody tr").stream().filter(r -> r.selectFirst("th").text().equals("Oudewater"))
                .findFirst().orElseThrow();
        assertEquals(List.of("<5", "<5", "<5", "<5", "<5", "<5"), oudewater.select("td").eachText());
        // determinant rows of small organisations carry barrier statuses in the full file; never shown
        // (Budgetbureau Eén's rows are suppressed, with statuses barrier and facilitator in the full file)
        Element perOrg = html.select("#determinanten table").last();
        Element budgetbureau = perOrg.select("tbody tr").stream().filter(tr -> tr.selectFirst("th").text().equals("Budgetbureau Eén"))
                .findFirst().orElseThrow(() -> new AssertionError("no row of Budgetbureau Eén in " + perOrg.selectFirst("caption")));
        assertTrue(budgetbureau.select(".mark").isEmpty(), budgetbureau.text());
        assertTrue(budgetbureau.select("td").eachText().contains("<5"), budgetbureau.text());
    }

    @Test
    void writesChartsAndPdf() throws Exception {
        assertTrue(Files.exists(out.resolve("charts").resolve("doelen-totaal.svg")));
        assertTrue(Files.exists(out.resolve("charts").resolve("doelen-totaal.png")));
        byte[] pdf = Files.readAllBytes(out.resolve("report.pdf"));
        assertEquals("%PDF", new String(pdf, 0, 4, java.nio.charset.StandardCharsets.US_ASCII));
        assertTrue(pdf.length > 50_000);
        assertFalse(Files.readString(out.resolve("report.html")).contains("⟦"));
    }
}
