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
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.assertj.core.api.SoftAssertions;
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

        SoftAssertions softly = new SoftAssertions();
        String html = Files.readString(out.resolve("report.html"), StandardCharsets.UTF_8);
        softly.assertThat(BIDI.matcher(html).find()).as("a bidirectional control in report.html").isFalse();
        softly.assertThat(html).contains("Zorggroep [U+202E]tsoo[U+202C]", "[U+2067]Welzijn[U+2069] Noord[U+200F]");
        // the charts that name the organisations (not merely: no chart that happens to hold no name)
        List<String> svgs;
        try (Stream<Path> charts = Files.list(out.resolve("charts"))) {
            svgs = charts.filter(p -> p.toString().endsWith(".svg")).sorted().map(BidiReportTests::read).toList();
        }
        softly.assertThat(svgs).as("charts written").isNotEmpty();
        softly.assertThat(svgs).as("charts that show the reversed name as codes").anyMatch(svg -> svg.contains("[U+202E]tsoo[U+202C]"));
        softly.assertThat(svgs).as("charts with a bidirectional control").noneMatch(svg -> BIDI.matcher(svg).find());
        // and the PDF's text, not only its first bytes
        byte[] pdf = Files.readAllBytes(out.resolve("report.pdf"));
        softly.assertThat(new String(pdf, 0, 4, StandardCharsets.US_ASCII)).isEqualTo("%PDF");
        String pdfText;
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            pdfText = new PDFTextStripper().getText(doc);
        }
        softly.assertThat(pdfText).as("report.pdf's text").contains("[U+202E]tsoo[U+202C]", "[U+2067]Welzijn[U+2069]");
        softly.assertThat(BIDI.matcher(pdfText).find()).as("a bidirectional control in report.pdf's text").isFalse();
        softly.assertAll();
    }

    private static String read(Path p) {
        try {
            return Files.readString(p, StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void textCleanMakesTheControlsVisibleAndLeavesOtherTextAlone() {
        assertThat(Text.clean("a\u202Eb")).isEqualTo("a[U+202E]b");
        assertThat(Text.clean("\u061Cمرحبا")).isEqualTo("[U+061C]مرحبا");
        assertThat(Text.clean("Gewoon één")).isEqualTo("Gewoon één");
    }
}
