package nl.procesevaluatie.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** JobFileReader against data-contract.md ("Every key of the job file") and details.md rules 15 and 18. */
class JobFileReaderTests {

    private static final Charset CP1252 = Charset.forName("windows-1252");

    /** The smallest valid job file; tests add to it or replace parts of it. */
    private static final String MINIMAL = """
            inbox: inbox
            intervention:
              code: PE
              planned_sessions: 4
            datasets:
              registrations:
                files: "reg*.csv"
                columns: {traject_id: Traject, organisation: Org, registered_on: Datum}
            """;

    private static final String MIDI = """
            instruments:
              - id: midi
                kind: determinants
                files: "midi*.csv"
                scale: [1, 5]
                columns: {respondent_id: Resp, date: Datum}
                items:
                  - {column: V01, determinant: d1, category: innovation}
                  - {column: V02, determinant: d2, category: user}
                  - {column: V03, determinant: d3, category: organisation, reverse: true}
            """;

    @TempDir
    Path dir;

    @BeforeEach
    void inbox() throws IOException {
        Files.createDirectories(dir.resolve("inbox"));
    }

    private JobFile read(String yaml) {
        return new JobFileReader().read(yaml, dir.resolve("job.yaml"));
    }

    /** The one-line message of the job file's rejection. */
    private String invalid(String yaml) {
        InvalidJobFileException e = catchThrowableOfType(InvalidJobFileException.class, () -> read(yaml));
        assertThat(e).as("the job file is invalid").isNotNull();
        assertThat(e.getMessage()).doesNotContain("\n", "\r");
        return e.getMessage();
    }

    private void assertInvalidAt(String yaml, String keyPath) {
        assertThat(invalid(yaml)).startsWith(keyPath + ": ");
    }

    // ------------------------------------------------------------------------------------------------

    @Nested
    class AValidJob {

        private static final String FULL = """
                evaluation: pe
                title: Procesevaluatie Psycho-educatie
                language: en
                inbox: ../inbox
                output: ../out
                as_of: 2022-03-31
                implementation_start: 2021-06-01
                min_cell_size: 10
                max_reject_share: 0.05
                database: jdbc:postgresql://dbserver/evaluaties
                intervention:
                  code: 01
                  name: Psycho-educatie
                  planned_sessions: 4
                  min_dose: "0.75"
                  core_components: [uitleg_stress, verkennen_stress]
                target_population: {Utrecht: 300, De Bilt: 120}
                budget: {fixed: 25000, per_session: 85.50}
                datasets:
                  registrations:
                    files: "registraties*.csv"
                    delimiter: tab
                    encoding: cp1252
                    date_format: [dd-MM-yyyy, d-M-yyyy]
                    missing_values: [-99, n/a, "."]
                    columns:
                      traject_id: Trajectnummer
                      client_id: Clientnummer
                      intervention: Interventie
                      organisation: Organisatie
                      registered_on: Aanmelddatum
                      end_reason: Reden einde
                    values:
                      end_reason: {Yes: completed, no: dropped_out, 01: other, Afgerond: COMPLETED}
                  sessions:
                    files: "contacten*.csv"
                    delimiter: "\\t"
                    encoding: utf8
                    components_separator: ","
                    columns: {traject_id: Trajectnummer, session_no: Gesprek, date: Datum, attended: Aanwezig, components: Onderdelen}
                    values:
                      attended: {Yes: true, no: false}
                instruments:
                  - id: midi
                    kind: determinants
                    files: "midi*.csv"
                    delimiter: "\t"
                    encoding: Windows_1252
                    decimal_separator: ","
                    skip_rows_after_header: 2
                    date_format: "yyyy-MM-dd'T'HH:mm:ss"
                    columns: {respondent_id: Respondent, organisation: Organisatie, date: Datum}
                    scale: [1, 5]
                    negative: [1, 2]
                    positive: [4, 5]
                    barrier_share: 0.25
                    items:
                      - {column: V01, determinant: procedural_clarity, category: innovation}
                      - {column: V12, determinant: procedural_clarity, category: user}
                      - {column: V20, determinant: staff_capacity, category: organisation, reverse: true}
                    values:
                      V20: {Helemaal eens: 5, oneens: 1.50}
                  - id: effect
                    kind: outcome
                    files: "effect*.csv"
                    scale: [0, 40]
                    columns: {respondent_id: Client, date: Datum, moment: Meting, traject_id: Traject}
                    values: {moment: {T0: pre, T1: POST}}
                    items: [{column: Score}]
                goals:
                  - id: G1
                    title: Verkennen van stress
                    window: {from: implementation_start, months: 3}
                    criterion: {component_delivered: {component: verkennen_stress, within_sessions: 3}}
                    target: 0.80
                  - id: G2
                    population: professionals
                    min_share: 0.5
                    window: {from: 2021-07-01, days: 90}
                    criterion:
                      - {started_within: {months: 3}}
                      - {attended_at_least: {share: 0.75}, response: {instrument: effect, score_at_least: 6.5}}
                    target: 1
                  - id: G3
                    population: respondents
                    instrument: effect
                    criterion: {score_at_least: 7}
                    target: .5
                """;

        private JobFile job() throws IOException {
            Files.createDirectories(dir.resolve("jobs"));
            return new JobFileReader().read(FULL, dir.resolve("jobs").resolve("pe.yaml"));
        }

        @Test
        void top_level_values_are_typed_and_relative_paths_resolve_against_the_job_files_folder() throws IOException {
            // when
            JobFile job = job();

            // then
            assertThat(job.evaluation()).isEqualTo("pe");
            assertThat(job.title()).isEqualTo("Procesevaluatie Psycho-educatie");
            assertThat(job.language()).isEqualTo("en");
            assertThat(job.inbox()).isEqualTo(dir.resolve("inbox").toAbsolutePath().normalize());
            assertThat(job.output()).isEqualTo(dir.resolve("out").toAbsolutePath().normalize());
            assertThat(job.asOf()).isEqualTo(LocalDate.of(2022, 3, 31));
            assertThat(job.implementationStart()).isEqualTo(LocalDate.of(2021, 6, 1));
            assertThat(job.minCellSize()).isEqualTo(10);
            assertThat(job.maxRejectShare()).isEqualByComparingTo("0.05");
            assertThat(job.database()).isEqualTo("jdbc:postgresql://dbserver/evaluaties");
            assertThat(job.targetPopulation().forAll()).isEqualByComparingTo("420");
            assertThat(job.targetPopulation().forMunicipality("De Bilt")).isEqualByComparingTo("120");
            assertThat(job.budget().perSession()).isEqualByComparingTo("85.5");
        }

        @Test
        void intervention_code_01_stays_text() throws IOException {
            // when
            Intervention i = job().intervention();

            // then
            assertThat(i.code()).isEqualTo("01");
            assertThat(i.matches("01")).isTrue();
            assertThat(i.matches("1")).isFalse();
            assertThat(i.plannedSessions()).isEqualTo(4);
            assertThat(i.minDose()).isEqualByComparingTo("0.75");
            assertThat(i.coreComponents()).containsExactly("uitleg_stress", "verkennen_stress");
        }

        @Test
        void file_settings_are_typed() throws IOException {
            // when
            JobFile job = job();

            // then
            FileSettings reg = job.registrations();
            assertThat(reg.delimiter()).isEqualTo('\t');
            assertThat(reg.encoding()).isEqualTo(CP1252);
            assertThat(reg.dateFormats()).extracting(DatePattern::text).containsExactly("dd-MM-yyyy", "d-M-yyyy");
            assertThat(reg.missingValues()).containsExactlyInAnyOrder("-99", "n/a", ".");
            assertThat(reg.columns()).containsEntry("end_reason", "Reden einde").hasSize(6);
            assertThat(reg.decimalSeparator()).isEqualTo('.');
            assertThat(reg.skipRowsAfterHeader()).isZero();
            assertThat(reg.componentsSeparator()).isEqualTo("|");

            FileSettings ses = job.sessions();
            assertThat(ses.delimiter()).isEqualTo('\t');
            assertThat(ses.encoding()).isEqualTo(StandardCharsets.UTF_8);
            assertThat(ses.componentsSeparator()).isEqualTo(",");
            assertThat(ses.dateFormats()).extracting(DatePattern::text).containsExactly("yyyy-MM-dd");

            FileSettings midi = job.instrument("midi").orElseThrow().file();
            assertThat(midi.delimiter()).isEqualTo('\t');
            assertThat(midi.encoding()).isEqualTo(CP1252);
            assertThat(midi.decimalSeparator()).isEqualTo(',');
            assertThat(midi.skipRowsAfterHeader()).isEqualTo(2);
            assertThat(midi.dateFormats()).extracting(DatePattern::text).containsExactly("yyyy-MM-dd'T'HH:mm:ss");
        }

        @Test
        void values_labels_are_their_source_text_and_values_are_canonical() throws IOException {
            // when
            JobFile job = job();

            // then
            assertThat(job.registrations().values().get("end_reason")).containsExactly(
                    Map.entry("Yes", "completed"), Map.entry("no", "dropped_out"), Map.entry("01", "other"),
                    Map.entry("Afgerond", "completed"));
            assertThat(job.sessions().values().get("attended")).containsExactly(Map.entry("Yes", "true"), Map.entry("no", "false"));
            assertThat(job.instrument("midi").orElseThrow().file().values().get("V20"))
                    .containsExactly(Map.entry("Helemaal eens", "5"), Map.entry("oneens", "1.50"));
            assertThat(job.instrument("effect").orElseThrow().file().values().get("moment"))
                    .containsExactly(Map.entry("T0", "pre"), Map.entry("T1", "post"));
        }

        @Test
        void instruments_keep_job_file_order_with_their_items() throws IOException {
            // when
            JobFile job = job();

            // then
            assertThat(job.instruments()).extracting(Instrument::id).containsExactly("midi", "effect");
            Instrument midi = job.instruments().get(0);
            assertThat(midi.kind()).isEqualTo(Instrument.Kind.determinants);
            assertThat(midi.scaleMin()).isEqualByComparingTo("1");
            assertThat(midi.scaleMax()).isEqualByComparingTo("5");
            assertThat(midi.negative()).extracting(BigDecimal::intValue).containsExactly(1, 2);
            assertThat(midi.barrierShare()).isEqualByComparingTo("0.25");
            assertThat(midi.items()).containsExactly(
                    new Instrument.Item("V01", "procedural_clarity", Instrument.Category.innovation, false),
                    new Instrument.Item("V12", "procedural_clarity", Instrument.Category.user, false),
                    new Instrument.Item("V20", "staff_capacity", Instrument.Category.organisation, true));
        }

        @Test
        void goals_are_typed() throws IOException {
            // when
            List<Goal> goals = job().goals();

            // then
            assertThat(goals).extracting(Goal::id).containsExactly("G1", "G2", "G3");
            Goal g1 = goals.get(0);
            assertThat(g1.population()).isEqualTo(Goal.Population.trajects);
            assertThat(g1.window()).isEqualTo(new Window(LocalDate.of(2021, 6, 1), new Span(true, 3)));
            assertThat(g1.criteria()).containsExactly(new Criterion.ComponentDelivered("verkennen_stress", 3L));
            assertThat(g1.target()).isEqualByComparingTo("0.8");
            Goal g2 = goals.get(1);
            assertThat(g2.window()).isEqualTo(new Window(LocalDate.of(2021, 7, 1), new Span(false, 90)));
            assertThat(g2.minShare()).isEqualByComparingTo("0.5");
            assertThat(g2.criteria()).hasSize(3);
            assertThat(g2.criteria().get(0)).isEqualTo(new Criterion.StartedWithin(new Span(true, 3)));
            Goal g3 = goals.get(2);
            assertThat(g3.instrument()).isEqualTo("effect");
            assertThat(g3.scoreAtLeast()).isEqualByComparingTo("7");
            assertThat(g3.target()).isEqualByComparingTo("0.5");
        }

        @Test
        void defaults_apply_to_absent_keys() {
            // when
            JobFile job = read(MINIMAL);

            // then
            assertThat(job.evaluation()).isEqualTo("job");
            assertThat(job.title()).isEqualTo("job");
            assertThat(job.language()).isEqualTo("nl");
            assertThat(job.output()).isEqualTo(dir.toAbsolutePath().getParent().resolve("reports").resolve("job"));
            assertThat(job.asOf()).isNull();
            assertThat(job.minCellSize()).isEqualTo(5);
            assertThat(job.maxRejectShare()).isEqualByComparingTo("0.2");
            assertThat(job.intervention().minDose()).isEqualByComparingTo("1");
            assertThat(job.intervention().coreComponents()).isEmpty();
            assertThat(job.targetPopulation()).isNull();
            assertThat(job.budget()).isNull();
            assertThat(job.sessions()).isNull();
            assertThat(job.instruments()).isEmpty();
            assertThat(job.goals()).isEmpty();
            FileSettings reg = job.registrations();
            assertThat(reg.delimiter()).isNull();
            assertThat(reg.encoding()).isEqualTo(StandardCharsets.UTF_8);
            assertThat(reg.dateFormats()).extracting(DatePattern::text).containsExactly("yyyy-MM-dd");
            assertThat(reg.missingValues()).isEmpty();
            assertThat(reg.values()).isEmpty();
        }

        @Test
        void null_and_empty_values_count_as_absent_keys() {
            // given
            String yaml = MINIMAL.replace("inbox: inbox\n", "inbox: inbox\ntitle: ~\nas_of: null\nlanguage: NULL\nmin_cell_size:\n");

            // when
            JobFile job = read(yaml);

            // then
            assertThat(job.title()).isEqualTo("job");
            assertThat(job.asOf()).isNull();
            assertThat(job.language()).isEqualTo("nl");
            assertThat(job.minCellSize()).isEqualTo(5);
        }

        @ParameterizedTest
        @ValueSource(strings = {"utf8", "UTF-8", "utf_8", "windows-1252", "windows1252", "cp1252", "CP1252", "Windows_1252"})
        void encoding_aliases_are_accepted(String encoding) {
            // when
            JobFile job = read(MINIMAL.replace("files: \"reg*.csv\"", "files: \"reg*.csv\"\n    encoding: " + encoding));

            // then
            assertThat(job.registrations().encoding())
                    .isEqualTo(encoding.toLowerCase().contains("utf") ? StandardCharsets.UTF_8 : CP1252);
        }

        @ParameterizedTest
        @ValueSource(strings = {"\";\"", "\",\"", "\"|\"", "tab", "\"\\t\"", "'\\t'", "\"\t\""})
        void delimiter_spellings_are_accepted(String written) {
            // when
            JobFile job = read(MINIMAL.replace("files: \"reg*.csv\"", "files: \"reg*.csv\"\n    delimiter: " + written));

            // then
            char expected = written.contains(";") ? ';' : written.contains(",") ? ',' : written.contains("|") ? '|' : '\t';
            assertThat(job.registrations().delimiter()).isEqualTo(expected);
        }

        @Test
        void a_determinant_name_may_recur_within_one_determinants_instrument_and_on_other_kinds() {
            // given
            String yaml = MINIMAL + MIDI.replace("determinant: d2", "determinant: d1") + """
                      - id: kwaliteit
                        kind: quality
                        files: "kw*.csv"
                        scale: [1, 5]
                        columns: {respondent_id: Resp, date: Datum}
                        items: [{column: K1, determinant: d1}]
                    """;

            // when
            JobFile job = read(yaml);

            // then
            assertThat(job.instruments()).extracting(Instrument::id).containsExactly("midi", "kwaliteit");
        }
    }

    // ------------------------------------------------------------------------------------------------

    @Nested
    class UnknownKeys {

        @Test
        void at_top_level() {
            assertThat(invalid(MINIMAL + "titel: x\n")).isEqualTo("titel: unknown key at line 9, column 1; did you mean 'title'?");
        }

        @Test
        void in_an_item() {
            // given
            String yaml = MINIMAL + MIDI.replace("reverse: true", "revers: true");

            // then
            assertThat(invalid(yaml)).isEqualTo("instruments[0].items[2].revers: unknown key at line 18, column 64; did you mean 'reverse'?");
        }

        @Test
        void a_canonical_field_under_columns_that_does_not_exist() {
            // given
            String yaml = MINIMAL.replace("registered_on: Datum}", "registered_on: Datum, trajectnummer: Nr}");

            // then
            assertThat(invalid(yaml)).startsWith("datasets.registrations.columns.trajectnummer: unknown key at line 8, column ").doesNotContain("did you mean");
        }

        @Test
        void a_response_field_under_a_datasets_columns() {
            // given
            String yaml = MINIMAL.replace("registered_on: Datum}", "registered_on: Datum, respondent_id: Resp}");

            // then
            assertThat(invalid(yaml)).startsWith("datasets.registrations.columns.respondent_id: unknown key at line 8");
        }

        @Test
        void a_field_under_values_that_takes_no_mapping() {
            // given
            String yaml = MINIMAL + "    values: {organisation: {A: B}}\n";

            // then
            assertThat(invalid(yaml)).startsWith("datasets.registrations.values.organisation: unknown key at line 9");
        }

        @Test
        void a_column_under_an_instruments_values_that_is_not_an_item() {
            // given
            String yaml = MINIMAL + MIDI + "    values: {V04: {eens: 4}}\n";

            // then
            assertThat(invalid(yaml)).startsWith("instruments[0].values.V04: unknown key at line ");
        }

        @Test
        void a_criterion_that_does_not_exist() {
            // given
            String yaml = MINIMAL + """
                    goals:
                      - id: G1
                        criterion: {started_whithin: {months: 3}}
                        target: 0.8
                    """;

            // then
            assertThat(invalid(yaml)).endsWith("goals[0].criterion.started_whithin: unknown key at line 11, column 17; did you mean 'started_within'?");
        }

        @Test
        void a_criterion_that_does_not_exist_in_a_list() {
            // given
            String yaml = MINIMAL + """
                    goals:
                      - id: G1
                        criterion: [{started_within: {months: 3}}, {attended: {sessions: 2}}]
                        target: 0.8
                    """;

            // then
            assertThat(invalid(yaml)).endsWith("goals[0].criterion[1].attended: unknown key at line 11, column 49; did you mean 'attended_at_least'?");
        }

        @Test
        void an_unknown_kind() {
            // given
            String yaml = MINIMAL + MIDI.replace("kind: determinants", "kind: determinant");

            // then
            assertInvalidAt(yaml, "instruments[0].kind");
        }

        @Test
        void an_unknown_dataset() {
            assertThat(invalid(MINIMAL + "  contacts: {files: x}\n")).startsWith("datasets.contacts: unknown key at line 9, column 3");
        }
    }

    // ------------------------------------------------------------------------------------------------

    @Nested
    class MissingRequiredKeys {

        @Test
        void every_missing_required_key_is_listed_in_one_message() {
            // given: three required keys left out in three places
            String yaml = MINIMAL.replace("  planned_sessions: 4\n", "").replace(", registered_on: Datum", "")
                    + "instruments:\n  - {id: q, kind: quality, files: \"q*.csv\", columns: {respondent_id: R, date: D}, items: [{column: V1}]}\n";

            // then
            assertThat(invalid(yaml)).isEqualTo("3 required keys are missing: intervention.planned_sessions, "
                    + "datasets.registrations.columns.registered_on, instruments[0].scale (for kind quality)");
        }

        @Test
        void a_single_missing_key_with_a_condition_keeps_the_key_path_first() {
            String yaml = MINIMAL + "instruments:\n  - {id: q, kind: outcome, scale: [1, 5], files: \"q*.csv\", columns: {respondent_id: R, date: D}, items: [{column: V1}]}\n";

            assertThat(invalid(yaml)).isEqualTo("instruments[0].columns.moment: required key is missing");
        }

        @Test
        void intervention_planned_sessions() {
            assertThat(invalid(MINIMAL.replace("  planned_sessions: 4\n", "")))
                    .isEqualTo("intervention.planned_sessions: required key is missing");
        }

        @Test
        void the_traject_id_column_of_registrations() {
            assertThat(invalid(MINIMAL.replace("traject_id: Traject, ", "")))
                    .isEqualTo("datasets.registrations.columns.traject_id: required key is missing");
        }

        @Test
        void the_inbox() {
            assertThat(invalid(MINIMAL.replace("inbox: inbox\n", ""))).isEqualTo("inbox: required key is missing");
        }

        @Test
        void a_key_that_is_null_counts_as_missing() {
            assertThat(invalid(MINIMAL.replace("planned_sessions: 4", "planned_sessions: ~")))
                    .isEqualTo("intervention.planned_sessions: required key is missing");
        }

        @Test
        void an_items_column() {
            assertThat(invalid(MINIMAL + MIDI.replace("{column: V02, ", "{")))
                    .isEqualTo("instruments[0].items[1].column: required key is missing");
        }

        @Test
        void the_attended_column_of_sessions() {
            // given
            String yaml = MINIMAL + "  sessions: {files: \"s*.csv\", columns: {traject_id: T, session_no: N, date: D}}\n";

            // then
            assertThat(invalid(yaml)).isEqualTo("datasets.sessions.columns.attended: required key is missing");
        }
    }

    // ------------------------------------------------------------------------------------------------

    @Nested
    class InvalidValues {

        @Test
        void a_key_written_twice_in_one_mapping() {
            assertThat(invalid(MINIMAL.replace("  code: PE\n", "  code: PE\n  code: PE2\n")))
                    .startsWith("intervention.code: key written twice at line ");
        }

        @Test
        void a_label_written_twice_in_a_values_mapping() {
            assertThat(invalid(MINIMAL + "    values: {end_reason: {Klaar: completed, Klaar: other}}\n"))
                    .startsWith("datasets.registrations.values.end_reason.Klaar: key written twice at line ");
        }

        @Test
        void an_impossible_date() {
            assertInvalidAt(MINIMAL + "as_of: 2022-13-01\n", "as_of");
        }

        @ParameterizedTest
        @ValueSource(strings = {"2022-3-31", "31-03-2022", "2022-03-31T00:00", "2022-02-29"})
        void a_date_not_in_yyyy_MM_dd(String date) {
            assertInvalidAt(MINIMAL + "implementation_start: " + date + "\n", "implementation_start");
        }

        @Test
        void planned_sessions_written_as_a_decimal() {
            assertInvalidAt(MINIMAL.replace("planned_sessions: 4", "planned_sessions: 4.0"), "intervention.planned_sessions");
        }

        @Test
        void planned_sessions_below_one() {
            assertInvalidAt(MINIMAL.replace("planned_sessions: 4", "planned_sessions: 0"), "intervention.planned_sessions");
        }

        @ParameterizedTest
        @ValueSource(strings = {"0x10", ".inf", ".nan", "1,5", "drie"})
        void a_number_that_is_not_decimal(String number) {
            assertInvalidAt(MINIMAL + "max_reject_share: " + number + "\n", "max_reject_share");
        }

        @ParameterizedTest
        @ValueSource(strings = {"\"0.75\"", ".5", "1e3", "+1", "-0.5"})
        void decimal_numbers_quoted_or_not(String number) {
            assertThat(read(MINIMAL + "max_reject_share: " + number + "\n").maxRejectShare())
                    .isEqualByComparingTo(new BigDecimal(number.replace("\"", "")));
        }

        @ParameterizedTest
        @ValueSource(strings = {"yes", "on", "True", "1"})
        void a_boolean_that_is_not_true_or_false(String bool) {
            assertInvalidAt(MINIMAL + MIDI.replace("reverse: true", "reverse: " + bool), "instruments[0].items[2].reverse");
        }

        @Test
        void a_language_that_is_not_nl_or_en() {
            assertInvalidAt(MINIMAL + "language: de\n", "language");
        }

        @Test
        void an_unknown_encoding() {
            assertInvalidAt(MINIMAL + "    encoding: latin1\n", "datasets.registrations.encoding");
        }

        @Test
        void an_unknown_delimiter() {
            assertInvalidAt(MINIMAL + "    delimiter: \":\"\n", "datasets.registrations.delimiter");
        }

        @Test
        void an_end_reason_mapped_to_a_value_that_is_not_canonical() {
            assertInvalidAt(MINIMAL + "    values: {end_reason: {Klaar: finished}}\n", "datasets.registrations.values.end_reason.Klaar");
        }

        @Test
        void attended_mapped_to_yes_instead_of_true() {
            // given
            String yaml = MINIMAL + "  sessions: {files: \"s*.csv\", columns: {traject_id: T, session_no: N, date: D, attended: A},"
                    + " values: {attended: {Aanwezig: yes}}}\n";

            // then
            assertInvalidAt(yaml, "datasets.sessions.values.attended.Aanwezig");
        }

        @Test
        void a_scale_that_is_missing_for_a_determinants_instrument() {
            assertThat(invalid(MINIMAL + MIDI.replace("    scale: [1, 5]\n", "")))
                    .startsWith("instruments[0].scale: required key is missing");
        }

        @Test
        void a_window_with_both_months_and_days() {
            // given
            String yaml = MINIMAL + """
                    implementation_start: 2021-06-01
                    goals:
                      - id: G1
                        window: {months: 3, days: 10}
                        criterion: {started_within: {months: 3}}
                        target: 0.8
                    """;

            // then
            assertInvalidAt(yaml, "goals[0].window");
        }

        @Test
        void a_goal_id_used_twice() {
            // given
            String yaml = MINIMAL + """
                    goals:
                      - {id: G1, criterion: {started_within: {months: 3}}, target: 0.8}
                      - {id: G1, criterion: {started_within: {months: 4}}, target: 0.8}
                    """;

            // then
            assertInvalidAt(yaml, "goals[1].id");
        }
    }

    // ------------------------------------------------------------------------------------------------

    @Nested
    class InstrumentRules {

        private static final String SECOND = """
                  - id: midi2
                    kind: determinants
                    files: "m2*.csv"
                    scale: [1, 5]
                    columns: {respondent_id: Resp, date: Datum}
                    items:
                      - {column: W01, determinant: d9}
                      - {column: W02, determinant: d3}
                """;

        @Test
        void a_duplicate_instrument_id() {
            assertInvalidAt(MINIMAL + MIDI + SECOND.replace("id: midi2", "id: midi").replace("d3", "d8"), "instruments[1].id");
        }

        @ParameterizedTest
        @ValueSource(strings = {"sessions", "registrations"})
        void an_instrument_id_that_names_a_dataset(String id) {
            assertInvalidAt(MINIMAL + MIDI.replace("id: midi", "id: " + id), "instruments[0].id");
        }

        @Test
        void a_determinant_used_by_two_determinants_instruments() {
            assertInvalidAt(MINIMAL + MIDI + SECOND, "instruments[1].items[1].determinant");
        }

        @Test
        void an_item_column_listed_twice() {
            assertInvalidAt(MINIMAL + MIDI.replace("column: V03", "column: V01"), "instruments[0].items[2].column");
        }

        @Test
        void an_outcome_instrument_without_a_moment_column() {
            // given
            String yaml = MINIMAL + """
                    instruments:
                      - id: effect
                        kind: outcome
                        files: "effect*.csv"
                        scale: [0, 40]
                        columns: {respondent_id: Client, date: Datum}
                        items: [{column: Score}]
                    """;

            // then
            assertThat(invalid(yaml)).isEqualTo("instruments[0].columns.moment: required key is missing");
        }

        @Test
        void an_instrument_without_items() {
            assertInvalidAt(MINIMAL + MIDI.replaceAll("(?s)    items:.*", "    items: []\n"), "instruments[0].items");
        }
    }

    // ------------------------------------------------------------------------------------------------

    @Nested
    class CrossReferences {

        @Test
        void a_core_component_listed_twice() {
            // given
            String yaml = MINIMAL.replace("  planned_sessions: 4\n", "  planned_sessions: 4\n  core_components: [a, b, a]\n");

            // then
            assertInvalidAt(yaml, "intervention.core_components[2]");
        }

        @Test
        void a_goal_naming_an_undefined_instrument() {
            // given
            String yaml = MINIMAL + MIDI + """
                    goals:
                      - {id: G1, population: respondents, instrument: tevreden, criterion: {score_at_least: 7}, target: 0.8}
                    """;

            // then
            assertInvalidAt(yaml, "goals[0].instrument");
        }

        @Test
        void a_response_criterion_naming_an_undefined_instrument() {
            // given
            String yaml = MINIMAL + MIDI + """
                    goals:
                      - {id: G1, criterion: {response: {instrument: tevreden, score_at_least: 7}}, target: 0.8}
                    """;

            // then
            assertInvalidAt(yaml, "goals[0].criterion.response.instrument");
        }

        @Test
        void a_window_from_implementation_start_when_that_is_not_set() {
            // given
            String yaml = MINIMAL + """
                    goals:
                      - {id: G1, window: {from: implementation_start, months: 3}, criterion: {started_within: {months: 3}}, target: 0.8}
                    """;

            // then
            assertInvalidAt(yaml, "goals[0].window.from");
        }

        @Test
        void a_window_whose_from_defaults_to_implementation_start_when_that_is_not_set() {
            // given
            String yaml = MINIMAL + """
                    goals:
                      - {id: G1, window: {months: 3}, criterion: {started_within: {months: 3}}, target: 0.8}
                    """;

            // then
            assertInvalidAt(yaml, "goals[0].window.from");
        }

        @Test
        void an_inbox_folder_that_does_not_exist() {
            assertInvalidAt(MINIMAL.replace("inbox: inbox", "inbox: postvak"), "inbox");
        }

        @Test
        void an_inbox_that_is_a_file() throws IOException {
            // given
            Files.writeString(dir.resolve("postvak"), "x");

            // then
            assertInvalidAt(MINIMAL.replace("inbox: inbox", "inbox: postvak"), "inbox");
        }
    }

    // ------------------------------------------------------------------------------------------------

    @Nested
    class DatePatterns {

        @ParameterizedTest
        @ValueSource(strings = {"dd-MMM-yyyy", "dd-MM", "\"yyyy-MM-dd'T\"", "yyy-MM-dd", "dd-MM-yyyy hh:mm", "ddd-MM-yyyy",
                "MM-yyyy", "yyyy-MM-dd a"})
        void an_invalid_pattern_names_the_date_format_key(String pattern) {
            assertInvalidAt(MINIMAL + "    date_format: " + pattern + "\n", "datasets.registrations.date_format");
        }

        @Test
        void an_invalid_pattern_in_a_list_names_the_date_format_key() {
            assertInvalidAt(MINIMAL + "    date_format: [dd-MM-yyyy, dd-MMM-yyyy]\n", "datasets.registrations.date_format");
        }

        @Test
        void an_invalid_pattern_of_an_instrument() {
            assertInvalidAt(MINIMAL + MIDI + "    date_format: d-M\n", "instruments[0].date_format");
        }

        @Test
        void valid_patterns_compile() {
            // when
            JobFile job = read(MINIMAL + "    date_format: [d-M-yy, \"yyyy-MM-dd'T'HH:mm:ss.SSS'Z'\", yyyyMMdd, dd/MM/yyyy HH:mm]\n");

            // then
            assertThat(job.registrations().dateFormats()).extracting(DatePattern::text)
                    .containsExactly("d-M-yy", "yyyy-MM-dd'T'HH:mm:ss.SSS'Z'", "yyyyMMdd", "dd/MM/yyyy HH:mm");
        }
    }

    @Test
    void a_missing_file_is_reported_in_one_line() {
        assertThatThrownBy(() -> new JobFileReader().read(dir.resolve("nope.yaml")))
                .isInstanceOf(InvalidJobFileException.class)
                .hasMessageNotContaining("\n");
    }

    @Nested
    class YamlSyntaxAndLimits {

        @Test
        void a_syntax_error_gives_line_and_column_in_one_line() {
            // given: a key indented one space too far on line 4
            String yaml = "inbox: inbox\nintervention:\n  code: PE\n   planned_sessions: 4\n";

            // then
            assertThat(invalid(yaml)).startsWith("not valid YAML at line 4, column ");
        }

        @Test
        void a_tab_used_for_indentation_is_named() {
            assertThat(invalid("inbox: inbox\nintervention:\n\tcode: PE\n")).startsWith("not valid YAML at line 3, column 1: ")
                    .endsWith("indent with spaces, not tabs");
        }

        @Test
        void a_deeply_nested_file_is_refused_in_one_line_without_a_stack_overflow() {
            // given: 5,000 nested flow lists, which once overflowed the composer's stack
            String yaml = MINIMAL + "title: " + "[".repeat(5000) + "]".repeat(5000) + "\n";

            // then
            assertThat(invalid(yaml)).isEqualTo("nested deeper than 50 levels at line 9, column 57");
        }

        @Test
        void a_file_of_more_than_one_megabyte_is_refused_before_it_is_read() throws IOException {
            // given: a 50 MB scalar
            Path job = dir.resolve("big.yaml");
            try (var out = Files.newBufferedWriter(job)) {
                out.write(MINIMAL + "title: ");
                char[] block = new char[1 << 20];
                java.util.Arrays.fill(block, 'x');
                for (int i = 0; i < 50; i++) {
                    out.write(block);
                }
            }

            // then
            assertThatThrownBy(() -> new JobFileReader().read(job)).isInstanceOf(InvalidJobFileException.class)
                    .hasMessage(job + ": " + Files.size(job) + " bytes, more than the 1 MB a job file may have");
        }

        @Test
        void a_fifo_is_refused_without_opening_it() throws Exception {
            // given
            Path fifo = dir.resolve("job.yaml");
            org.junit.jupiter.api.Assumptions.assumeTrue(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0,
                    "mkfifo is available");

            // then: refused at once; opening it would block until a writer came
            assertThat(org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(10),
                    () -> catchThrowableOfType(InvalidJobFileException.class, () -> new JobFileReader().read(fifo))))
                    .hasMessage(fifo + ": not a regular file; a job file must be a plain YAML file");
        }

        @Test
        void a_folder_is_refused_as_not_a_regular_file() {
            assertThatThrownBy(() -> new JobFileReader().read(dir.resolve("inbox"))).isInstanceOf(InvalidJobFileException.class)
                    .hasMessageEndingWith("not a regular file; a job file must be a plain YAML file");
        }

        @Test
        void a_job_file_that_is_not_utf8_says_so() throws IOException {
            Path job = dir.resolve("cp.yaml");
            Files.write(job, (MINIMAL + "title: Eén\n").getBytes(CP1252));

            assertThatThrownBy(() -> new JobFileReader().read(job)).hasMessage(job + ": not readable as UTF-8; save the job file as UTF-8");
        }
    }
}
