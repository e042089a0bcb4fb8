package nl.procesevaluatie.ingest;

import static nl.procesevaluatie.ingest.FileIngesterTests.assertLoaded;
import static nl.procesevaluatie.ingest.FileIngesterTests.assertRefused;
import static nl.procesevaluatie.ingest.IngestFixture.items;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.procesevaluatie.domain.RegistrationRow;
import nl.procesevaluatie.domain.ResponseRow;
import nl.procesevaluatie.domain.SessionRow;
import nl.procesevaluatie.store.FileRecord;
import nl.procesevaluatie.store.Store;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Keyed rows in the store after FileIngester.ingest (details.md rules 2, 3, 5, 19, 22, 23). */
class StoreKeyingTests {

    private static final String REG_HEADER = "Traject;Interventie;Org;Datum;Start;Einde;Reden\n";
    private static final String REGISTRATIONS = "columns: {traject_id: Traject, intervention: Interventie, organisation: Org,"
            + " registered_on: Datum, started_on: Start, ended_on: Einde, end_reason: Reden}";
    private static final String SES_HEADER = "Traject;Nr;Datum;Aanwezig\n";

    @TempDir
    Path dir;

    private IngestFixture fixture() {
        return IngestFixture.in(dir).registrations(REGISTRATIONS).build();
    }

    private static List<String> organisations(IngestFixture f) {
        return f.registrations().stream().map(r -> r.trajectId() + "=" + r.organisation()).toList();
    }

    // ------------------------------------------------------------------------------------------------

    @Nested
    class Registrations {

        @Test
        void a_later_accepted_row_replaces_the_stored_row() {
            // given
            IngestFixture f = fixture();
            f.ingest("registrations", "reg_1.csv", REG_HEADER + "T1;PE;A;2022-01-03;;;\nT2;PE;A;2022-01-03;;;\n");

            // when
            FileRecord r = f.ingest("registrations", "reg_2.csv", REG_HEADER + "T1;PE;B;2022-01-04;2022-01-10;;\n");

            // then
            assertLoaded(r, 1, 1, 0, 0);
            assertThat(organisations(f)).containsExactly("T1=B", "T2=A");
            RegistrationRow t1 = f.registration("T1");
            assertThat(t1.registeredOn()).isEqualTo(LocalDate.of(2022, 1, 4));
            assertThat(t1.startedOn()).isEqualTo(LocalDate.of(2022, 1, 10));
        }

        @Test
        void a_later_rejected_row_leaves_the_stored_row() {
            // given
            IngestFixture f = fixture();
            f.ingest("registrations", "reg_1.csv", REG_HEADER + "T1;PE;A;2022-01-03;;;\n");

            // when
            FileRecord r = f.ingest("registrations", "reg_2.csv", REG_HEADER + "T1;PE;B;03-01-2022;;;\nT2;PE;B;2022-01-03;;;\n");

            // then
            assertLoaded(r, 2, 1, 1, 0);
            assertThat(organisations(f)).containsExactly("T1=A", "T2=B");
        }

        @Test
        void a_later_skipped_row_leaves_the_stored_row() {
            // given
            IngestFixture f = fixture();
            f.ingest("registrations", "reg_1.csv", REG_HEADER + "T1;PE;A;2022-01-03;;;\n");

            // when
            FileRecord r = f.ingest("registrations", "reg_2.csv", REG_HEADER + "T1;Schuldhulp;B;2022-01-03;;;\n");

            // then
            assertLoaded(r, 1, 0, 0, 1);
            assertThat(organisations(f)).containsExactly("T1=A");
        }

        @Test
        void a_refused_file_replaces_nothing() {
            // given
            IngestFixture f = IngestFixture.in(dir).topLevel("max_reject_share: 0.2").registrations(REGISTRATIONS).build();
            f.ingest("registrations", "reg_1.csv", REG_HEADER + "T1;PE;A;2022-01-03;;;\n");

            // when: 1 of 2 rejected
            FileRecord r = f.ingest("registrations", "reg_2.csv", REG_HEADER + "T1;PE;B;2022-01-03;;;\nT2;PE;B;fout;;;\n");

            // then
            assertRefused(r, "", "");
            assertThat(organisations(f)).containsExactly("T1=A");
        }

        @Test
        void within_one_file_the_later_line_wins() {
            // given
            IngestFixture f = fixture();
            String csv = REG_HEADER + "T1;PE;A;2022-01-03;;;\nT1;PE;B;2022-01-03;;;\nT1;PE;C;2022-01-03;;;\nT1;PE;D;fout;;;\n";

            // when
            FileRecord r = f.ingest("registrations", "reg_1.csv", csv);

            // then: the rejected last line does not count, the third line stands
            assertLoaded(r, 4, 3, 1, 0);
            assertThat(organisations(f)).containsExactly("T1=C");
        }

        @Test
        void a_file_whose_name_sorts_earlier_but_is_ingested_later_does_not_replace_newer_rows() {
            // given: reg_2022-02 arrives first, the older export reg_2022-01 in a later night
            IngestFixture f = fixture();
            f.ingest("registrations", "reg_2022-02.csv", REG_HEADER + "T1;PE;Nieuw;2022-01-03;;;\n");

            // when
            FileRecord r = f.ingest("registrations", "reg_2022-01.csv", REG_HEADER + "T1;PE;Oud;2022-01-03;;;\nT2;PE;Oud;2022-01-03;;;\n");

            // then: load order is by file name (rule 2)
            assertLoaded(r, 2, 2, 0, 0);
            assertThat(organisations(f)).containsExactly("T1=Nieuw", "T2=Oud");
        }

        @Test
        void load_order_compares_code_points_not_utf16_units() {
            // given: U+FF5E sorts before U+1F600 by code point, after it by UTF-16 unit
            IngestFixture f = fixture();
            f.ingest("registrations", "reg_\uD83D\uDE00.csv", REG_HEADER + "T1;PE;Emoji;2022-01-03;;;\n");

            // when
            f.ingest("registrations", "reg_\uFF5E.csv", REG_HEADER + "T1;PE;Tilde;2022-01-03;;;\n");

            // then
            assertThat(organisations(f)).containsExactly("T1=Emoji");
        }

        @Test
        void a_file_replaced_by_a_completed_version_under_the_same_name_stores_the_rows_of_the_new_version() {
            // given: night 1 holds a half-written last record; night 2 the same file completed, with line 2 corrected
            IngestFixture f = IngestFixture.in(dir).topLevel("max_reject_share: 0.5").registrations(REGISTRATIONS).build();
            FileRecord night1 = f.ingest("registrations", "reg.csv", REG_HEADER + "T1;PE;A;2022-01-03;;;\nT2;PE;\"B");

            // when
            FileRecord night2 = f.ingest("registrations", "reg.csv", REG_HEADER + "T1;PE;A2;2022-01-03;;;\nT2;PE;B;2022-01-03;;;\n");

            // then: as one run over the inbox as it now stands (rule 5)
            assertLoaded(night1, 2, 1, 1, 0);
            assertLoaded(night2, 2, 2, 0, 0);
            assertThat(organisations(f)).containsExactly("T1=A2", "T2=B");
        }

        @Test
        void a_cumulative_export_rewritten_under_the_same_name_replaces_rows_that_moved_to_earlier_lines() {
            // given
            IngestFixture f = fixture();
            f.ingest("registrations", "reg.csv", REG_HEADER + "T1;PE;A;2022-01-03;;;\nT2;PE;A;2022-01-03;;;\n");

            // when: T2 corrected and now on line 2
            f.ingest("registrations", "reg.csv", REG_HEADER + "T2;PE;B;2022-01-03;;;\nT1;PE;A;2022-01-03;;;\nT3;PE;A;2022-01-03;;;\n");

            // then
            assertThat(organisations(f)).containsExactly("T1=A", "T2=B", "T3=A");
        }
    }

    // ------------------------------------------------------------------------------------------------

    @Nested
    class Sessions {

        @Test
        void are_keyed_on_traject_and_session_number() {
            // given
            IngestFixture f = fixture();
            f.ingest("sessions", "ses_1.csv", SES_HEADER + "T1;1;2022-01-03;ja\nT1;2;2022-01-10;ja\nT2;1;2022-01-03;ja\n");

            // when
            FileRecord r = f.ingest("sessions", "ses_2.csv", SES_HEADER + "T1;2;2022-01-11;nee\nT1;3;2022-01-17;ja\nT2;1;fout;nee\n");

            // then
            assertLoaded(r, 3, 2, 1, 0);
            assertThat(f.sessionRows()).extracting(SessionRow::trajectId, SessionRow::sessionNo, SessionRow::date, SessionRow::attended)
                    .containsExactly(
                            tuple("T1", 1L, LocalDate.of(2022, 1, 3), true),
                            tuple("T1", 2L, LocalDate.of(2022, 1, 11), false),
                            tuple("T1", 3L, LocalDate.of(2022, 1, 17), true),
                            tuple("T2", 1L, LocalDate.of(2022, 1, 3), true));
        }
    }

    // ------------------------------------------------------------------------------------------------

    @Nested
    class Responses {

        private static final String HEADER = "Resp;Datum;Cijfer\n";

        @Test
        void a_cumulative_export_counts_each_response_once_and_takes_the_latest_values() {
            // given: night 1 holds R1 and R2; night 2 repeats them (R2 edited) and adds R3
            IngestFixture f = IngestFixture.in(dir).build();
            f.ingest("tev", "tev_2022-01-10.csv", HEADER + "R1;2022-01-03;7\nR2;2022-01-04;5\n");

            // when
            FileRecord r = f.ingest("tev", "tev_2022-01-11.csv", HEADER + "R1;2022-01-03;7\nR2;2022-01-04;6\nR3;2022-01-10;9\n");

            // then
            assertLoaded(r, 3, 3, 0, 0);
            assertThat(f.responses()).extracting(ResponseRow::respondentId, ResponseRow::items)
                    .containsExactly(tuple("R1", items("7")), tuple("R2", items("6")), tuple("R3", items("9")));
        }

        @Test
        void the_key_holds_the_day_so_a_time_part_makes_no_second_response() {
            // given
            IngestFixture f = IngestFixture.in(dir).instrument("date_format: yyyy-MM-dd HH:mm, " + IngestFixture.RESPONSES).build();

            // when
            FileRecord r = f.ingest("tev", "tev.csv", HEADER + "R1;2022-01-03 09:00;7\nR1;2022-01-03 08:00;8\nR1;2022-01-04 08:00;9\n");

            // then: within the day, the later line wins
            assertLoaded(r, 3, 3, 0, 0);
            assertThat(f.responses()).extracting(ResponseRow::date, ResponseRow::items).containsExactly(
                    tuple(LocalDate.of(2022, 1, 3), items("8")), tuple(LocalDate.of(2022, 1, 4), items("9")));
        }

        @Test
        void own_traject_and_organisation_cells_are_part_of_the_key() {
            // given: one observer visits two organisations on one day
            IngestFixture f = IngestFixture.in(dir).instrument("kind: quality, scale: [1, 5], columns: {respondent_id: Resp,"
                    + " date: Datum, traject_id: Traject, organisation: Org}, items: [{column: Cijfer}]").build();
            String csv = "Resp;Datum;Traject;Org;Cijfer\nO1;2022-01-03;;A;4\nO1;2022-01-03;;B;3\nO1;2022-01-03;T1;;2\nO1;2022-01-03;;A;5\n";

            // when
            FileRecord r = f.ingest("tev", "tev.csv", csv);

            // then
            assertLoaded(r, 4, 4, 0, 0);
            assertThat(f.responses()).extracting(ResponseRow::trajectId, ResponseRow::organisation, ResponseRow::items)
                    .containsExactly(tuple("", "A", items("5")), tuple("", "B", items("3")), tuple("T1", "", items("2")));
        }

        @Test
        void the_moment_is_part_of_the_key_of_an_outcome_instrument_only() {
            // given
            IngestFixture outcome = IngestFixture.in(dir).instrument("kind: outcome,"
                    + " scale: [0, 40], columns: {respondent_id: Resp, date: Datum, moment: Meting}, items: [{column: Cijfer}]").build();
            IngestFixture survey = IngestFixture.in(dir).instrument("kind: survey, columns: {respondent_id: Resp, date: Datum,"
                    + " moment: Meting}, items: [{column: Cijfer}]").build();
            String csv = "Resp;Datum;Meting;Cijfer\nR1;2022-01-03;pre;10\nR1;2022-01-03;post;20\n";

            // when
            outcome.ingest("tev", "tev_o.csv", csv);
            survey.ingest("tev", "tev_s.csv", csv);

            // then
            assertThat(outcome.responses()).extracting(ResponseRow::moment, ResponseRow::items)
                    .containsExactly(tuple("post", items("20")), tuple("pre", items("10")));
            assertThat(survey.responses()).extracting(ResponseRow::moment, ResponseRow::items)
                    .containsExactly(tuple("", items("20")));
        }

        @Test
        void a_row_without_item_values_does_not_replace_a_stored_response() {
            // given
            IngestFixture f = IngestFixture.in(dir).build();
            f.ingest("tev", "tev_1.csv", HEADER + "R1;2022-01-03;7\n");

            // when
            FileRecord r = f.ingest("tev", "tev_2.csv", HEADER + "R1;2022-01-03;\n");

            // then
            assertLoaded(r, 1, 1, 0, 0);
            assertThat(f.responses()).extracting(ResponseRow::items).containsExactly(items("7"));
        }

        @Test
        void a_stored_response_keeps_the_file_and_line_it_was_last_stored_from() {
            // given
            IngestFixture f = IngestFixture.in(dir).build();
            f.ingest("tev", "tev_1.csv", HEADER + "R1;2022-01-03;7\n");

            // when
            f.ingest("tev", "tev_2.csv", HEADER + "R2;2022-01-03;1\nR1;2022-01-03;8\n");

            // then
            List<Store.StoredResponse> stored = new ArrayList<>();
            f.store.forEachResponse(stored::add);
            Store.StoredResponse r1 = stored.stream().filter(s -> f.raw(s.row().respondentId()).equals("R1")).findFirst().orElseThrow();
            Store.StoredResponse r2 = stored.stream().filter(s -> f.raw(s.row().respondentId()).equals("R2")).findFirst().orElseThrow();
            assertThat(r1.srcLine()).isEqualTo(3L);
            assertThat(r1.srcOrder()).isEqualTo(r2.srcOrder());
        }
    }

    // ------------------------------------------------------------------------------------------------

    @Nested
    class Warnings {

        @Test
        void each_registration_condition_counts_and_a_row_meeting_several_counts_once() {
            // given
            IngestFixture f = fixture();
            String csv = REG_HEADER
                    + "T1;PE;A;2022-01-10;2022-01-03;;\n"                  // started before registered
                    + "T2;PE;A;2022-01-03;2022-01-10;2022-01-05;other\n"   // ended before started
                    + "T3;PE;A;2022-01-03;2022-01-10;2022-02-10;\n"        // ended without end reason
                    + "T4;PE;A;2022-01-10;2022-01-05;2022-01-04;\n"        // all three
                    + "T5;PE;A;2022-01-03;2022-01-10;2022-02-10;completed\n"
                    + "T6;PE;A;2022-01-03;;;\n";

            // when
            f.ingest("registrations", "reg_1.csv", csv);

            // then
            assertThat(warnings(f).registrationWarnings()).isEqualTo(4);
        }

        @Test
        void a_corrected_re_export_clears_a_warning_and_a_row_sent_twice_counts_once() {
            // given
            IngestFixture f = fixture();
            f.ingest("registrations", "reg_1.csv", REG_HEADER + "T1;PE;A;2022-01-10;2022-01-03;;\nT2;PE;A;2022-01-03;;2022-02-01;\n");
            assertThat(warnings(f).registrationWarnings()).isEqualTo(2);

            // when: T1 corrected, T2 sent again unchanged
            f.ingest("registrations", "reg_2.csv", REG_HEADER + "T1;PE;A;2022-01-03;2022-01-10;;\nT2;PE;A;2022-01-03;;2022-02-01;\n");

            // then
            assertThat(warnings(f).registrationWarnings()).isEqualTo(1);
        }

        @Test
        void a_session_of_an_unknown_traject_is_stored_and_warned_until_its_registration_arrives() {
            // given
            IngestFixture f = fixture();
            f.ingest("registrations", "reg_1.csv", REG_HEADER + "T1;PE;A;2022-01-03;2022-01-03;;\n");
            FileRecord sessions = f.ingest("sessions", "ses_1.csv", SES_HEADER + "T1;1;2022-01-03;ja\nT9;1;2022-01-03;ja\nT9;2;2022-01-10;ja\n");
            assertLoaded(sessions, 3, 3, 0, 0);
            assertThat(f.sessionRows()).hasSize(3);
            assertThat(warnings(f).sessionWarnings()).isEqualTo(2);

            // when: T9's registration arrives in a later night's file
            f.ingest("registrations", "reg_2.csv", REG_HEADER + "T9;PE;A;2022-01-02;2022-01-03;;\n");

            // then
            assertThat(warnings(f).sessionWarnings()).isZero();
        }

        @Test
        void a_session_of_a_traject_skipped_as_another_interventions_is_of_an_unknown_traject() {
            // given
            IngestFixture f = fixture();
            f.ingest("registrations", "reg_1.csv", REG_HEADER + "T1;Schuldhulp;A;2022-01-03;2022-01-03;;\nT2;PE;A;2022-01-03;;;\n");

            // when
            f.ingest("sessions", "ses_1.csv", SES_HEADER + "T1;1;2022-01-03;ja\nT2;1;2022-01-03;ja\n");

            // then: T2 has no start, so its session is not before it
            assertThat(f.sessionRows()).hasSize(2);
            assertThat(warnings(f).sessionWarnings()).isEqualTo(1);
        }

        @Test
        void a_session_before_its_trajects_start_is_warned_and_cleared_by_a_corrected_session() {
            // given
            IngestFixture f = fixture();
            f.ingest("registrations", "reg_1.csv", REG_HEADER + "T1;PE;A;2022-01-03;2022-01-10;;\n");
            f.ingest("sessions", "ses_1.csv", SES_HEADER + "T1;1;2022-01-09;ja\nT1;2;2022-01-10;ja\n");
            assertThat(warnings(f).sessionWarnings()).isEqualTo(1);

            // when
            f.ingest("sessions", "ses_2.csv", SES_HEADER + "T1;1;2022-01-10;ja\n");

            // then
            assertThat(warnings(f).sessionWarnings()).isZero();
        }

        @Test
        void a_later_registration_with_an_earlier_start_clears_a_session_warning() {
            // given
            IngestFixture f = fixture();
            f.ingest("registrations", "reg_1.csv", REG_HEADER + "T1;PE;A;2022-01-03;2022-01-10;;\n");
            f.ingest("sessions", "ses_1.csv", SES_HEADER + "T1;1;2022-01-05;ja\n");
            assertThat(warnings(f).sessionWarnings()).isEqualTo(1);

            // when
            f.ingest("registrations", "reg_2.csv", REG_HEADER + "T1;PE;A;2022-01-03;2022-01-05;;\n");

            // then
            assertThat(warnings(f).sessionWarnings()).isZero();
        }
    }

    /** Warnings as the run counts them: over the stored rows, as they stream into the evaluation data. */
    private static nl.procesevaluatie.indicators.EvaluationData warnings(IngestFixture f) {
        return nl.procesevaluatie.indicators.EvaluationData.load(f.job, java.time.LocalDate.of(2100, 1, 1), f.store);
    }
}
