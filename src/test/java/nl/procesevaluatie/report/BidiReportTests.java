package nl.procesevaluatie.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import nl.procesevaluatie.indicators.IndicatorRow;
import nl.procesevaluatie.job.JobFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A name from an export cannot show as another name in the report: bidirectional controls are made visible. */
class BidiReportTests {
    private static final Pattern BIDI = Pattern.compile("[\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C]");

    @Test
    void bidirectionalControlsInOrganisationNamesAreShownAsCodesInThePageTheChartsAndThePdf(@TempDir Path out) throws Exception {
        JobFile job = ReportFixtures.ownJob();
        // shows as "Zorggroep Oost" reversed in part: the reader would see another organisation's name
        String reversed = "Zorggroep \u202Etsoo\u202C";
        String isolate = "\u2067Welzijn\u2069 Noord\u200F";
        List<IndicatorRow> rows = SyntheticRows.build(job, new SyntheticRows.Options(List.of(reversed, isolate, "Gewoon"),
                List.of(), List.of("2022-Q4"), Set.of(), 3));

        new ReportWriter().write(ReportFixtures.input(job, "nl", rows, List.of(), List.of()), out, true);

        String html = Files.readString(out.resolve("report.html"), StandardCharsets.UTF_8);
        assertThat(BIDI.matcher(html).find()).as("a bidirectional control in report.html").isFalse();
        assertThat(html).contains("Zorggroep [U+202E]tsoo[U+202C]", "[U+2067]Welzijn[U+2069] Noord[U+200F]");
        try (Stream<Path> charts = Files.list(out.resolve("charts"))) {
            for (Path svg : charts.filter(p -> p.toString().endsWith(".svg")).toList()) {
                assertThat(BIDI.matcher(Files.readString(svg, StandardCharsets.UTF_8)).find()).as(svg.toString()).isFalse();
            }
        }
        assertThat(new String(Files.readAllBytes(out.resolve("report.pdf")), 0, 4, StandardCharsets.US_ASCII)).isEqualTo("%PDF");
    }

    @Test
    void textCleanMakesTheControlsVisibleAndLeavesOtherTextAlone() {
        assertThat(Text.clean("a\u202Eb")).isEqualTo("a[U+202E]b");
        assertThat(Text.clean("\u061Cمرحبا")).isEqualTo("[U+061C]مرحبا");
        assertThat(Text.clean("Gewoon één")).isEqualTo("Gewoon één");
    }
}
