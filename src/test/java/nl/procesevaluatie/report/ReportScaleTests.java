package nl.procesevaluatie.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import nl.procesevaluatie.indicators.IndicatorRow;
import nl.procesevaluatie.job.JobFile;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** 40 organisations over 12 quarters: the page stays under 5 MB and its small multiples wrap. */
class ReportScaleTests {
    static final long LIMIT = 5L * 1024 * 1024;

    @Test
    void fortyOrganisationsTwelveQuartersStayUnderFiveMegabytes(@TempDir Path tmp) throws Exception {
        Path out = System.getProperty("report.scale.dir") == null ? tmp : Path.of(System.getProperty("report.scale.dir"));
        JobFile job = ReportFixtures.ownJob();
        List<String> orgs = new ArrayList<>();
        for (int i = 1; i <= 40; i++) {
            orgs.add(i % 3 == 0 ? String.format("Stichting Maatschappelijke Dienstverlening Midden-Gelderland %02d", i)
                    : String.format("Jeugdhulp %02d", i));
        }
        List<String> municipalities = new ArrayList<>();
        for (int i = 1; i <= 25; i++) {
            municipalities.add(String.format("Gemeente %02d", i));
        }
        List<String> quarters = new ArrayList<>();
        for (int y = 2020; y <= 2022; y++) {
            for (int q = 1; q <= 4; q++) {
                quarters.add(y + "-Q" + q);
            }
        }
        List<IndicatorRow> rows = SyntheticRows.build(job, new SyntheticRows.Options(orgs, municipalities, quarters,
                Set.of(orgs.get(4), orgs.get(17)), 40));
        long start = System.nanoTime();
        new ReportWriter().write(ReportFixtures.input(job, "nl", rows, List.of(), List.of()), out, false);
        long millis = (System.nanoTime() - start) / 1_000_000;
        long size = Files.size(out.resolve("report.html"));
        System.out.printf("40 x 12: report.html %.2f MB, %d rows, %d ms%n", size / 1048576.0, rows.size(), millis);
        assertTrue(size < LIMIT, "report.html is " + size + " bytes");
        Document d = Jsoup.parse(out.resolve("report.html").toFile());
        // one small bullet chart per organisation, laid out as wrapping small multiples
        assertEquals(40, d.select("#doelen .multiples").first().select("figure.chart.small").size());
        assertTrue(d.select("style").html().contains(".chart.small { display: inline-block"));
        // long tables scroll on screen and lose their height limit in print
        assertTrue(d.select(".table-wrap.long").size() > 5);
        assertTrue(d.select("style").html().contains(".table-wrap, .table-wrap.long { max-height: none"));
    }
}
