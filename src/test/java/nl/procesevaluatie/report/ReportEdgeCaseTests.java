package nl.procesevaluatie.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import nl.procesevaluatie.indicators.IndicatorRow;
import nl.procesevaluatie.job.JobFile;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportEdgeCaseTests {
    @Test
    void aFirstRunWithoutAnyRowsStillGivesAReport(@TempDir Path out) throws Exception {
        JobFile job = ReportFixtures.ownJob();
        new ReportWriter().write(ReportFixtures.input(job, "nl", List.of(), List.of(), List.of()), out, true);
        Document d = Jsoup.parse(out.resolve("report.html").toFile());
        assertEquals(10, d.select("main > section").size());
        // every goal is listed, without a value or status
        assertEquals(job.goals().size(), d.getElementById("samenvatting").select("table tbody tr").size());
        assertTrue(d.getElementById("samenvatting").select("table .mark").isEmpty());
        assertTrue(Files.size(out.resolve("report.pdf")) > 1000);
    }

    @Test
    void controlCharactersAndLongNamesDoNotBreakThePageOrThePdf(@TempDir Path out) throws Exception {
        JobFile job = ReportFixtures.ownJob();
        String nul = "Zorg\u0000groep \u0007Oost";
        String longName = "Stichting " + "Welzijn ".repeat(30) + "Noord";
        List<IndicatorRow> rows = SyntheticRows.build(job, new SyntheticRows.Options(List.of(nul, longName, "Gewoon"),
                List.of(), List.of("2022-Q4"), Set.of(), 3));
        new ReportWriter().write(ReportFixtures.input(job, "en", rows, List.of(), List.of()), out, true);
        String html = Files.readString(out.resolve("report.html"), StandardCharsets.UTF_8);
        assertFalse(html.contains("\u0000"));
        assertTrue(html.contains("Zorg\uFFFDgroep \uFFFDOost"));
        assertTrue(html.contains(longName), "tables show the whole name; only chart labels are shortened");
        assertEquals("%PDF", new String(Files.readAllBytes(out.resolve("report.pdf")), 0, 4, StandardCharsets.US_ASCII));
    }

    @Test
    void aSecondRunRemovesChartsItNoLongerDraws(@TempDir Path out) throws Exception {
        JobFile job = ReportFixtures.ownJob();
        List<IndicatorRow> many = SyntheticRows.build(job, new SyntheticRows.Options(List.of("A", "B", "C"), List.of(),
                List.of("2022-Q4"), Set.of(), 1));
        new ReportWriter().write(ReportFixtures.input(job, "nl", many, List.of(), List.of()), out, false);
        assertTrue(Files.exists(out.resolve("charts").resolve("doelen-org-03.svg")));
        List<IndicatorRow> fewer = SyntheticRows.build(job, new SyntheticRows.Options(List.of("A", "B"), List.of(),
                List.of("2022-Q4"), Set.of(), 1));
        new ReportWriter().write(ReportFixtures.input(job, "nl", fewer, List.of(), List.of()), out, false);
        assertFalse(Files.exists(out.resolve("charts").resolve("doelen-org-03.svg")));
        assertFalse(Files.exists(out.resolve("charts").resolve("doelen-org-03.png")));
        assertTrue(Files.exists(out.resolve("charts").resolve("doelen-org-02.svg")));
    }
}
