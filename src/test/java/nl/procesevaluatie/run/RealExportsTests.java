package nl.procesevaluatie.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The seven real exports of ../shared/real-exports, each mapped as a survey instrument: every row read is
 * accounted for, or the file is refused with one line naming it and the cause; never a stack trace.
 */
class RealExportsTests {
    private static final Path EXPORTS = Outputs.SHARED.resolve("real-exports");

    static Stream<Arguments> exports() {
        return Stream.of(
                // CBS OpenData: quoted non-empty values; periods coded 1899JJ00 are no dates: refused
                Arguments.of("cbs_opendata_bevolking_kerncijfers_1899_2017_bom.csv",
                        "columns: {respondent_id: ID, date: Perioden}\n  items: [{column: TotaalBevolking_4}]"),
                // CBS StatLine: year-only periods cannot be a date (a pattern needs y, M and d): refused
                Arguments.of("cbs_statline_donorregister_bom_crlf.csv",
                        "columns: {respondent_id: Persoonskenmerken, date: Perioden}\n  date_format: \"yyyy-MM-dd\"\n"
                                + "  missing_values: [\".\"]\n  items: [{column: \"Donorregister, vastgelegde keuze (x 1 000)\"}]"),
                // LimeSurvey code headings: everything quoted, incomplete responses without submitdate
                Arguments.of("limesurvey_results_code_headings.csv",
                        "columns: {respondent_id: id, date: submitdate}\n  date_format: \"yyyy-MM-dd HH:mm:ss\"\n"
                                + "  items: [{column: leeftijd}, {column: Score}]"),
                // LimeSurvey R export: full-text headings with tabs and no-break spaces
                Arguments.of("limesurvey_rexport_fulltext_bom.csv",
                        "columns: {respondent_id: Response ID, date: Date started}\n  date_format: \"yyyy-MM-dd HH:mm:ss\"\n"
                                + "  items: [{column: Last page}]"),
                // Qualtrics legacy: two header rows, trailing comma
                Arguments.of("qualtrics_legacy_2header_bom.csv",
                        "skip_rows_after_header: 1\n  columns: {respondent_id: V1, date: V8}\n  date_format: \"yyyy-MM-dd HH:mm:ss\"\n"
                                + "  items: [{column: Q1}]"),
                Arguments.of("qualtrics_nobasis_legacy_bom.csv",
                        "skip_rows_after_header: 1\n  columns: {respondent_id: V1, date: V8}\n  date_format: \"yyyy-MM-dd HH:mm:ss\"\n"
                                + "  items: [{column: Q2_1}, {column: Q2_4}]"),
                // Qualtrics Insights: three header rows, negative codes in column ids
                Arguments.of("qualtrics_nobasis_insights.csv",
                        "skip_rows_after_header: 2\n  columns: {respondent_id: ResponseID, date: StartDate}\n"
                                + "  date_format: \"yyyy-MM-dd HH:mm:ss\"\n  items: [{column: Q2_1}, {column: Q2_-1}]"));
    }

    @ParameterizedTest
    @MethodSource("exports")
    void everyRowIsAccountedForOrTheFileIsRefusedInOneLine(String file, String mapping, @TempDir Path dir) throws IOException {
        assumeTrue(Files.isRegularFile(EXPORTS.resolve(file)), "../shared/real-exports is not beside this clone");
        // given
        Path inbox = Files.createDirectories(dir.resolve("inbox"));
        Files.copy(EXPORTS.resolve(file), inbox.resolve(file));
        Path job = dir.resolve("survey.yaml");
        Files.writeString(job, """
                inbox: inbox
                as_of: 2030-01-01
                intervention: {code: X, planned_sessions: 1}
                datasets:
                  registrations:
                    files: "registraties*.csv"
                    columns: {traject_id: t, organisation: o, registered_on: r}
                instruments:
                - id: survey
                  kind: survey
                  files: "%s"
                  %s
                """.formatted(file, mapping));
        ByteArrayOutputStream err = new ByteArrayOutputStream();

        // when
        int exit = Evaluate.run(List.of(job.toString(), "--out", dir.resolve("out").toString()), System.out,
                new PrintStream(err, true, StandardCharsets.UTF_8));

        // then
        String stderr = err.toString(StandardCharsets.UTF_8);
        assertThat(exit).as(stderr).isZero();
        assertThat(stderr).doesNotContain("Exception").doesNotContain("\tat ");
        Map<String, Long> q = quality(dir.resolve("out/indicators.csv"));
        List<Map<String, String>> rejects = Outputs.read(dir.resolve("out/rejects.csv"));
        if (q.get("quality.files_refused") == 1) {
            assertThat(rejects).hasSize(1);
            assertThat(rejects.get(0).get("file")).isEqualTo(file);
            assertThat(rejects.get(0).get("line")).isEmpty();
            assertThat(rejects.get(0).get("reason")).isNotBlank().doesNotContain("\n");
            assertThat(q.get("quality.survey.read")).isZero();
        } else {
            assertThat(q.get("quality.survey.read")).isPositive()
                    .isEqualTo(q.get("quality.survey.accepted") + q.get("quality.survey.rejected") + q.get("quality.survey.skipped"));
            assertThat((long) rejects.size()).isEqualTo(q.get("quality.survey.rejected"));
        }
    }

    private static Map<String, Long> quality(Path indicators) {
        return Outputs.read(indicators).stream().filter(r -> r.get("indicator").startsWith("quality."))
                .collect(java.util.stream.Collectors.toMap(r -> r.get("indicator"), r -> Long.parseLong(r.get("value"))));
    }
}
