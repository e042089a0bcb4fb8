package nl.procesevaluatie.ingest;

import static nl.procesevaluatie.ingest.IngestFixture.items;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.procesevaluatie.domain.RegistrationRow;
import nl.procesevaluatie.domain.ResponseRow;
import nl.procesevaluatie.domain.SessionRow;
import nl.procesevaluatie.store.FileRecord;
import nl.procesevaluatie.store.RejectRecord;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** FileIngester against data-contract.md ("File settings", "Row rules") and details.md rules 6-12, 14, 16, 20, 21, 55. */
class FileIngesterTests {

    private static final String REJECT_MISSING = "required field is missing";
    private static final String UNTERMINATED = "unterminated quoted cell (the file ends inside quotes)";

    @TempDir
    Path dir;

    /** A loaded file: counts exact, and every row read accounted for. */
    static void assertLoaded(FileRecord r, long read, long accepted, long rejected, long skipped) {
        assertThat(r.refused()).as("refused (reason: %s)", r.reason()).isFalse();
        assertThat(List.of(r.read(), r.accepted(), r.rejected(), r.skipped()))
                .as("read, accepted, rejected, skipped").containsExactly(read, accepted, rejected, skipped);
        assertThat(r.read()).isEqualTo(r.accepted() + r.rejected() + r.skipped());
    }

    /** A refused file adds nothing to the counts (rule 21). */
    static void assertRefused(FileRecord r, String field, String value) {
        assertThat(r.refused()).as("refused").isTrue();
        assertThat(List.of(r.read(), r.accepted(), r.rejected(), r.skipped())).containsExactly(0L, 0L, 0L, 0L);
        assertThat(r.field()).isEqualTo(field);
        assertThat(r.value()).isEqualTo(value);
        assertThat(r.reason()).isNotBlank().doesNotContain("\n", "\r");
    }

    static byte[] bytes(Object... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (Object p : parts) {
            if (p instanceof String s) {
                out.writeBytes(s.getBytes(StandardCharsets.US_ASCII));
            } else if (p instanceof Integer b) {
                out.write(b);
            } else {
                out.writeBytes((byte[]) p);
            }
        }
        return out.toByteArray();
    }

    static List<String> trajectIds(IngestFixture f) {
        return f.registrations().stream().map(RegistrationRow::trajectId).toList();
    }

    // ------------------------------------------------------------------------------------------------

    @Nested
    class DelimiterDetection {

        @ParameterizedTest
        @ValueSource(strings = {";", ",", "\t", "|"})
        void each_candidate_is_detected_from_the_header_line(String d) {
            // given
            IngestFixture f = IngestFixture.in(dir).build();
            String csv = String.join(d, "Traject", "Org", "Datum") + "\n" + String.join(d, "T1", "A", "2022-01-03") + "\n";

            // when
            FileRecord r = f.ingest("registrations", "reg.csv", csv);

            // then
            assertLoaded(r, 1, 1, 0, 0);
            assertThat(f.registration("T1").organisation()).isEqualTo("A");
        }

        @Test
        void the_most_frequent_candidate_wins() {
            // given: two semicolons, one comma (inside the organisation's header text)
            IngestFixture f = IngestFixture.in(dir)
                    .registrations("columns: {traject_id: Traject, organisation: \"Org, naam\", registered_on: Datum}").build();

            // when
            FileRecord r = f.ingest("registrations", "reg.csv", "Traject;Org, naam;Datum\nT1;A, B;2022-01-03\n");

            // then
            assertLoaded(r, 1, 1, 0, 0);
            assertThat(f.registration("T1").organisation()).isEqualTo("A, B");
        }

        @Test
        void a_tie_goes_to_the_first_in_the_order_semicolon_comma_tab_pipe() {
            // given: one ';' and one ',' -> ';' splits "Traject,Org" off as one header name
            IngestFixture f = IngestFixture.in(dir).build();

            // when
            FileRecord r = f.ingest("registrations", "reg.csv", "Traject,Org;Datum\nT1,A;2022-01-03\n");

            // then
            assertRefused(r, "traject_id", "Traject");
            assertThat(r.reason()).isEqualTo("missing columns 'Traject', 'Org'; the file has 2 columns, of which 'Traject,Org' is close:"
                    + " check the column names under columns: in the job file");
        }

        @Test
        void a_tie_between_tab_and_pipe_goes_to_tab() {
            // given
            IngestFixture f = IngestFixture.in(dir).build();

            // when
            FileRecord r = f.ingest("registrations", "reg.csv", "Traject|Org\tDatum\n");

            // then
            assertRefused(r, "traject_id", "Traject");
            assertThat(r.reason()).contains("the file has 2 columns, of which 'Traject|Org' is close");
        }

        @Test
        void delimiters_inside_quoted_header_cells_do_not_count() {
            // given: three commas inside quotes, two semicolons outside
            IngestFixture f = IngestFixture.in(dir)
                    .registrations("columns: {traject_id: \"Traject, nr, of, id\", organisation: Org, registered_on: Datum}").build();

            // when
            FileRecord r = f.ingest("registrations", "reg.csv", "\"Traject, nr, of, id\";Org;Datum\nT1;A;2022-01-03\n");

            // then
            assertLoaded(r, 1, 1, 0, 0);
            assertThat(f.registration("T1").organisation()).isEqualTo("A");
        }

        @Test
        void a_quote_inside_a_header_cell_opens_nothing() {
            // given: the quote after "Tra" is text; read as opening, it would hide the semicolons
            IngestFixture f = IngestFixture.in(dir)
                    .registrations("columns: {traject_id: 'Tra\"ject', organisation: Org, registered_on: Datum}").build();

            // when
            FileRecord r = f.ingest("registrations", "reg.csv", "Tra\"ject;Org;Datum;x\",a,b\nT1;A;2022-01-03;\n");

            // then
            assertLoaded(r, 1, 1, 0, 0);
            assertThat(f.registration("T1").registeredOn()).isEqualTo(LocalDate.of(2022, 1, 3));
        }

        @Test
        void without_any_candidate_in_the_header_the_delimiter_is_a_comma() {
            // given: one header name serves all three fields
            IngestFixture f = IngestFixture.in(dir).registrations("columns: {traject_id: X, organisation: X, registered_on: X}").build();

            // when: split on ',', the first row's cell is a date; the second row's ';' is text
            FileRecord r = f.ingest("registrations", "reg.csv", "X\n2022-01-03,overig\n2022-01-04;overig\n");

            // then
            assertLoaded(r, 2, 1, 1, 0);
            assertThat(trajectIds(f)).containsExactly("2022-01-03");
            assertThat(f.rejects(r)).extracting(RejectRecord::value).containsExactly("2022-01-04;overig");
        }

        @Test
        void a_configured_delimiter_is_not_detected() {
            // given: the header has more ';' than ',', but ',' is configured
            IngestFixture f = IngestFixture.in(dir)
                    .registrations("delimiter: \",\", columns: {traject_id: Traject, organisation: Org;x;y, registered_on: Datum}")
                    .build();

            // when
            FileRecord r = f.ingest("registrations", "reg.csv", "Traject,Org;x;y,Datum\nT1,A;B,2022-01-03\n");

            // then
            assertLoaded(r, 1, 1, 0, 0);
            assertThat(f.registration("T1").organisation()).isEqualTo("A;B");
        }

        @Test
        void a_tab_written_tab_is_a_tab() {
            // given
            IngestFixture f = IngestFixture.in(dir).registrations("delimiter: tab, " + IngestFixture.REGISTRATIONS).build();

            // when
            FileRecord r = f.ingest("registrations", "reg.csv", "Traject\tOrg\tDatum\nT1\tA;B\t2022-01-03\n");

            // then
            assertLoaded(r, 1, 1, 0, 0);
            assertThat(f.registration("T1").organisation()).isEqualTo("A;B");
        }
    }

    // ------------------------------------------------------------------------------------------------

    @Nested
    class Encoding {

        @Test
        void a_file_with_a_utf8_bom_is_read_as_utf8_even_when_windows_1252_is_configured() {
            // given
            IngestFixture f = IngestFixture.in(dir).registrations("encoding: windows-1252, " + IngestFixture.REGISTRATIONS).build();
            byte[] csv = bytes(0xEF, 0xBB, 0xBF, "Traject;Org;Datum\nT1;".getBytes(StandardCharsets.US_ASCII),
                    "Eén".getBytes(StandardCharsets.UTF_8), ";2022-01-03\n");

            // when
            FileRecord r = f.ingest("registrations", "reg.csv", csv);

            // then: the BOM is not part of the first header name, and é is one UTF-8 character
            assertLoaded(r, 1, 1, 0, 0);
            assertThat(f.registration("T1").organisation()).isEqualTo("Eén");
        }

        @Test
        void excels_csv_utf8_without_a_bom_is_read_as_utf8_under_a_windows_1252_job() {
            // given: valid UTF-8 with a byte >= 0x80 (rule 6); read as windows-1252 it would be "EÃ©n", a second organisation
            IngestFixture f = IngestFixture.in(dir).registrations("encoding: windows-1252, " + IngestFixture.REGISTRATIONS).build();
            byte[] csv = bytes("Traject;Org;Datum\nT1;", "Stichting Eén Stap Verder".getBytes(StandardCharsets.UTF_8), ";2022-01-03\n");

            // when
            FileRecord r = f.ingest("registrations", "reg.csv", csv);

            // then
            assertLoaded(r, 1, 1, 0, 0);
            assertThat(f.registration("T1").organisation()).isEqualTo("Stichting Eén Stap Verder");
        }

        @ParameterizedTest
        @ValueSource(strings = {"UTF-16LE", "UTF-16BE"})
        void excels_unicode_text_with_a_utf16_bom_is_read_as_utf16(String charset) {
            // given: Excel's "Unicode text" is UTF-16 with a BOM and tabs; the job says windows-1252
            IngestFixture f = IngestFixture.in(dir).registrations("encoding: windows-1252, " + IngestFixture.REGISTRATIONS).build();
            byte[] bom = charset.endsWith("LE") ? new byte[] {(byte) 0xFF, (byte) 0xFE} : new byte[] {(byte) 0xFE, (byte) 0xFF};
            byte[] body = "Traject\tOrg\tDatum\r\nT1\tEén\t2022-01-03\r\n".getBytes(java.nio.charset.Charset.forName(charset));

            // when
            FileRecord r = f.ingest("registrations", "reg.csv", bytes(bom, body));

            // then: the tab is detected, the BOM is no part of "Traject", and no NUL byte reaches a cell
            assertLoaded(r, 1, 1, 0, 0);
            assertThat(f.registration("T1").organisation()).isEqualTo("Eén");
        }

        @Test
        void windows_1252_bytes_are_decoded() {
            // given: é = 0xE9, É = 0xC9, € = 0x80
            IngestFixture f = IngestFixture.in(dir).registrations("encoding: windows-1252, " + IngestFixture.REGISTRATIONS).build();
            byte[] csv = bytes("Traject;Org;Datum\n", "T1;E", 0xE9, "n;2022-01-03\n", "T2;", 0xC9, 0xE9, "n ", 0x80, ";2022-01-04\n");

            // when
            FileRecord r = f.ingest("registrations", "reg.csv", csv);

            // then
            assertLoaded(r, 2, 2, 0, 0);
            assertThat(f.registration("T1").organisation()).isEqualTo("Eén");
            assertThat(f.registration("T2").organisation()).isEqualTo("Één €");
        }

        @Test
        void windows_1252_header_names_match_the_job_files_text() {
            // given
            IngestFixture f = IngestFixture.in(dir).registrations("encoding: cp1252,"
                    + " columns: {traject_id: Traject, organisation: Organisatie, registered_on: Aanmelddatum, municipality: Gemeente€}")
                    .build();
            byte[] csv = bytes("Traject;Organisatie;Aanmelddatum;Gemeente", 0x80, "\nT1;A;2022-01-03;Zeist\n");

            // when
            FileRecord r = f.ingest("registrations", "reg.csv", csv);

            // then
            assertLoaded(r, 1, 1, 0, 0);
            assertThat(f.registration("T1").municipality()).isEqualTo("Zeist");
        }

        @Test
        void a_windows_1252_file_read_as_utf8_is_refused_with_a_one_line_reason() {
            // given: UTF-8 is the default; 0xE9 alone is not UTF-8
            IngestFixture f = IngestFixture.in(dir).build();
            byte[] csv = bytes("Traject;Org;Datum\nT1;A;2022-01-03\nT2;E", 0xE9, "n;2022-01-04\n");

            // when
            FileRecord r = f.ingest("registrations", "reg.csv", csv);

            // then: the reason names the physical line of the first bad byte
            assertRefused(r, "", "");
            assertThat(r.reason()).isEqualTo("not readable as UTF-8 (invalid bytes on line 3);"
                    + " if it was saved by Excel as CSV, set encoding: windows-1252");
            assertThat(f.registrations()).isEmpty();
            assertThat(f.rejects(r)).isEmpty();
        }

        @Test
        void a_bad_byte_in_the_header_line_is_refused_too() {
            // given: no delimiter configured, so the header is read for detection
            IngestFixture f = IngestFixture.in(dir).build();
            byte[] csv = bytes("Traject;Org", 0xE9, ";Datum\nT1;A;2022-01-03\n");

            // when
            FileRecord r = f.ingest("registrations", "reg.csv", csv);

            // then
            assertRefused(r, "", "");
            assertThat(r.reason()).startsWith("not readable as UTF-8 (invalid bytes on line 1);");
        }

        @Test
        void the_line_of_a_bad_byte_counts_cr_lf_and_crlf_once_also_inside_quoted_cells() {
            // given: a configured delimiter, CRLF line ends and a two-line cell (split by a lone CR) before the bad byte on line 5
            IngestFixture f = IngestFixture.in(dir).registrations("delimiter: \";\", " + IngestFixture.REGISTRATIONS).build();
            byte[] csv = bytes("Traject;Org;Datum\r\nT1;\"A\rB\";2022-01-03\r\nT2;A;2022-01-03\r\nT3;", 0xC9, ";2022-01-03\r\n");

            // when
            FileRecord r = f.ingest("registrations", "reg.csv", csv);

            // then
            assertRefused(r, "", "");
            assertThat(r.reason()).startsWith("not readable as UTF-8 (invalid bytes on line 5);");
        }

        @ParameterizedTest
        @ValueSource(ints = {0x81, 0x8D, 0x8F, 0x90, 0x9D})
        void bytes_undefined_in_windows_1252_refuse_the_file(int b) {
            // given
            IngestFixture f = IngestFixture.in(dir).registrations("encoding: windows-1252, " + IngestFixture.REGISTRATIONS).build();
            byte[] csv = bytes("Traject;Org;Datum\nT1;A;2022-01-03\nT2;A", b, ";2022-01-04\n");

            // when
            FileRecord r = f.ingest("registrations", "reg.csv", csv);

            // then
            assertRefused(r, "", "");
            assertThat(r.reason()).isEqualTo("not readable as windows-1252 (invalid bytes on line 3); check the file's encoding");
            assertThat(f.registrations()).isEmpty();
        }

        @Test
        void the_neighbours_of_the_undefined_bytes_decode() {
            // given: 0x80 (€), 0x8E (Ž), 0x9E (ž) are defined
            IngestFixture f = IngestFixture.in(dir).registrations("encoding: windows-1252, " + IngestFixture.REGISTRATIONS).build();
            byte[] csv = bytes("Traject;Org;Datum\nT1;", 0x80, 0x8E, 0x9E, ";2022-01-03\n");

            // when
            FileRecord r = f.ingest("registrations", "reg.csv", csv);

            // then
            assertLoaded(r, 1, 1, 0, 0);
            assertThat(f.registration("T1").organisation()).isEqualTo("€Žž");
        }
    }

    // ------------------------------------------------------------------------------------------------

    @Nested
    class DateFormats {

        @Test
        void patterns_are_tried_in_order_and_the_whole_cell_must_match_one() {
            // given
            IngestFixture f = IngestFixture.in(dir)
                    .registrations("date_format: [dd-MM-yyyy, d-M-yyyy, \"yyyy-MM-dd'T'HH:mm:ss\"], " + IngestFixture.REGISTRATIONS)
                    .build();
            String csv = """
                    Traject;Org;Datum
                    T1;A;03-01-2022
                    T2;A;3-1-2022
                    T3;A;2022-01-03T23:59:59
                    T4;A;2022-01-03
                    T5;A;31-02-2022
                    T6;A;03-01-2022 extra
                    """;

            // when
            FileRecord r = f.ingest("registrations", "reg.csv", csv);

            // then
            assertLoaded(r, 6, 3, 3, 0);
            assertThat(f.registrations()).extracting(RegistrationRow::trajectId, RegistrationRow::registeredOn).containsExactly(
                    tuple("T1", LocalDate.of(2022, 1, 3)), tuple("T2", LocalDate.of(2022, 1, 3)), tuple("T3", LocalDate.of(2022, 1, 3)));
            String reason = "not a date in dd-MM-yyyy or d-M-yyyy or yyyy-MM-dd'T'HH:mm:ss (such as 31-01-2024); "
                    + "if the export writes dates another way, change datasets.registrations.date_format";
            assertThat(f.rejects(r)).containsExactly(
                    new RejectRecord(5, "registered_on", "2022-01-03", reason),
                    new RejectRecord(6, "registered_on", "31-02-2022", reason),
                    new RejectRecord(7, "registered_on", "03-01-2022 extra", reason));
        }

        @Test
        void the_default_is_iso() {
            // given
            IngestFixture f = IngestFixture.in(dir).build();

            // when
            FileRecord r = f.ingest("registrations", "reg.csv", "Traject;Org;Datum\nT1;A;2022-01-03\nT2;A;03-01-2022\n");

            // then
            assertLoaded(r, 2, 1, 1, 0);
            assertThat(f.rejects(r)).containsExactly(new RejectRecord(3, "registered_on", "03-01-2022", "not a date in yyyy-MM-dd (such as 2024-01-31); if the export writes dates another way, change datasets.registrations.date_format"));
        }

        @Test
        void a_time_part_needs_a_pattern_with_one_and_is_dropped() {
            // given
            IngestFixture f = IngestFixture.in(dir).registrations("date_format: yyyy-MM-dd HH:mm:ss, " + IngestFixture.REGISTRATIONS)
                    .build();

            // when
            FileRecord r = f.ingest("registrations", "reg.csv", "Traject;Org;Datum\nT1;A;2022-01-03 14:30:00\nT2;A;2022-01-03\n");

            // then
            assertLoaded(r, 2, 1, 1, 0);
            assertThat(f.registration("T1").registeredOn()).isEqualTo(LocalDate.of(2022, 1, 3));
            assertThat(f.rejects(r)).extracting(RejectRecord::line, RejectRecord::value).containsExactly(tuple(3L, "2022-01-03"));
        }
    }

    // ------------------------------------------------------------------------------------------------

    @Nested
    class DecimalSeparator {

        @Test
        void with_a_comma_7_comma_5_is_read_and_7_point_5_is_rejected_on_the_item_column() {
            // given
            IngestFixture f = IngestFixture.in(dir).instrument("decimal_separator: \",\", " + IngestFixture.RESPONSES).build();
            String csv = "Resp;Datum;Cijfer\nR1;2022-01-03;7,5\nR2;2022-01-03;7.5\nR3;2022-01-03;-8\n";

            // when
            FileRecord r = f.ingest("tev", "tev.csv", csv);

            // then
            assertLoaded(r, 3, 2, 1, 0);
            assertThat(f.responses()).extracting(ResponseRow::respondentId, ResponseRow::items)
                    .containsExactly(tuple("R1", items("7.5")), tuple("R3", items("-8")));
            assertThat(f.rejects(r)).containsExactly(new RejectRecord(3, "Cijfer", "7.5", "not a decimal number (separator ',')"));
        }

        @Test
        void with_the_default_point_7_comma_5_is_rejected() {
            // given
            IngestFixture f = IngestFixture.in(dir).build();

            // when
            FileRecord r = f.ingest("tev", "tev.csv", "Resp;Datum;Cijfer\nR1;2022-01-03;7.5\nR2;2022-01-03;7,5\nR3;2022-01-03;1e3\n");

            // then
            assertLoaded(r, 3, 1, 2, 0);
            assertThat(f.responses()).extracting(ResponseRow::items).containsExactly(items("7.5"));
            assertThat(f.rejects(r)).extracting(RejectRecord::line, RejectRecord::field, RejectRecord::value)
                    .containsExactly(tuple(3L, "Cijfer", "7,5"), tuple(4L, "Cijfer", "1e3"));
        }

        @Test
        void an_item_values_mapping_applies_before_parsing() {
            // given
            IngestFixture f = IngestFixture.in(dir)
                    .instrument(IngestFixture.RESPONSES + ", values: {Cijfer: {Slecht: 1, Goed: 8.5}}").build();

            // when
            FileRecord r = f.ingest("tev", "tev.csv", "Resp;Datum;Cijfer\nR1;2022-01-03;goed\nR2;2022-01-03;Slecht\nR3;2022-01-03;Matig\n");

            // then
            assertLoaded(r, 3, 2, 1, 0);
            assertThat(f.responses()).extracting(ResponseRow::items).containsExactly(items("8.5"), items("1"));
            assertThat(f.rejects(r)).extracting(RejectRecord::line, RejectRecord::field, RejectRecord::value)
                    .containsExactly(tuple(4L, "Cijfer", "Matig"));
        }
    }

    // ------------------------------------------------------------------------------------------------

    @Nested
    class SkipRowsAfterHeader {

        @Test
        void extra_header_records_are_neither_read_nor_skipped_and_blank_lines_among_them_count() {
            // given: line 2 is a question row, line 3 blank; both are the two extra header records
            IngestFixture f = IngestFixture.in(dir).instrument("skip_rows_after_header: 2, " + IngestFixture.RESPONSES).build();
            String csv = """
                    Resp;Datum;Cijfer
                    Respondent ID;Datum invullen;Welk cijfer geeft u?

                    R1;2022-01-03;7
                    R2;2022-01-03;hoog
                    """;

            // when
            FileRecord r = f.ingest("tev", "tev.csv", csv);

            // then
            assertLoaded(r, 2, 1, 1, 0);
            assertThat(f.responses()).extracting(ResponseRow::respondentId).containsExactly("R1");
            assertThat(f.rejects(r)).containsExactly(new RejectRecord(5, "Cijfer", "hoog", "not a decimal number (separator '.')"));
        }

        @Test
        void line_numbers_count_multi_line_extra_header_records() {
            // given: the extra header record spans lines 2-4
            IngestFixture f = IngestFixture.in(dir).instrument("skip_rows_after_header: 1, " + IngestFixture.RESPONSES).build();
            String csv = "Resp;Datum;Cijfer\n\"Respondent\nID\";Datum;\"Welk\ncijfer?\"\nR1;2022-01-03;x\n";

            // when
            FileRecord r = f.ingest("tev", "tev.csv", csv);

            // then
            assertLoaded(r, 1, 0, 1, 0);
            assertThat(f.rejects(r)).extracting(RejectRecord::line).containsExactly(5L);
        }

        @Test
        void an_unterminated_extra_header_record_is_passed_over() {
            // given
            IngestFixture f = IngestFixture.in(dir).instrument("skip_rows_after_header: 1, " + IngestFixture.RESPONSES).build();

            // when
            FileRecord r = f.ingest("tev", "tev.csv", "Resp;Datum;Cijfer\n\"Respondent\n");

            // then
            assertLoaded(r, 0, 0, 0, 0);
            assertThat(f.rejects(r)).isEmpty();
        }

        @Test
        void without_the_setting_the_question_row_is_a_rejected_row() {
            // given
            IngestFixture f = IngestFixture.in(dir).build();
            String csv = "Resp;Datum;Cijfer\nRespondent ID;Datum invullen;Welk cijfer geeft u?\nR1;2022-01-03;7\n";

            // when
            FileRecord r = f.ingest("tev", "tev.csv", csv);

            // then
            assertLoaded(r, 2, 1, 1, 0);
            assertThat(f.rejects(r)).containsExactly(new RejectRecord(2, "date", "Datum invullen", "not a date in yyyy-MM-dd (such as 2024-01-31); if the export writes dates another way, change instruments[0].date_format"));
        }
    }

    // ------------------------------------------------------------------------------------------------

    @Nested
    class ColumnsMapping {

        @Test
        void mapped_columns_are_found_by_header_name_in_any_order_and_unmapped_columns_are_ignored() {
            // given
            IngestFixture f = IngestFixture.in(dir).registrations("columns: {traject_id: Trajectnummer, client_id: Clientnummer,"
                    + " organisation: Organisatie, municipality: Gemeente, registered_on: Aanmelddatum, started_on: Startdatum,"
                    + " age: Leeftijd, gender: Geslacht}").build();
            String csv = """
                    Opmerking;Geslacht;Startdatum;Aanmelddatum;Leeftijd;Gemeente;Organisatie;Clientnummer;Trajectnummer
                    bla;v;2022-01-10;2022-01-03;42;Zeist;Org A;C1;T1
                    """;

            // when
            FileRecord r = f.ingest("registrations", "reg.csv", csv);

            // then
            assertLoaded(r, 1, 1, 0, 0);
            RegistrationRow row = f.registration("T1");
            assertThat(row.organisation()).isEqualTo("Org A");
            assertThat(row.municipality()).isEqualTo("Zeist");
            assertThat(row.registeredOn()).isEqualTo(LocalDate.of(2022, 1, 3));
            assertThat(row.startedOn()).isEqualTo(LocalDate.of(2022, 1, 10));
            assertThat(row.age()).isEqualTo(42L);
            assertThat(row.gender()).isEqualTo("v");
            assertThat(row.clientHash()).isEqualTo(new Pseudonymiser("k".getBytes(StandardCharsets.UTF_8)).pseudonym("C1"))
                    .isNotEqualTo("C1");
        }

        @Test
        void header_names_and_cells_are_trimmed_of_space_tab_and_no_break_space_only() {
            // given
            IngestFixture f = IngestFixture.in(dir).build();
            String csv = " Traject\u00A0; \tOrg ;Datum\nT1 \u00A0;\u0000A;\t2022-01-03 \n";

            // when
            FileRecord r = f.ingest("registrations", "reg.csv", csv);

            // then: NUL is not trimmed
            assertLoaded(r, 1, 1, 0, 0);
            assertThat(f.registration("T1").organisation()).isEqualTo("\u0000A");
        }

        @Test
        void an_item_column_named_like_a_canonical_field_is_an_item_and_does_not_replace_the_field() {
            // given: items "organisation" and "date" beside the mapped organisation and date columns
            IngestFixture f = IngestFixture.in(dir).instrument("kind: checklist, columns: {respondent_id: Resp, date: Datum,"
                    + " organisation: Org}, items: [{column: organisation}, {column: date}]").build();

            // when
            FileRecord r = f.ingest("tev", "tev.csv", "Resp;Datum;Org;organisation;date\nR1;2022-01-03;A;ja;nee\n");

            // then
            assertLoaded(r, 1, 1, 0, 0);
            assertThat(f.responses()).extracting(ResponseRow::date, ResponseRow::organisation, ResponseRow::items)
                    .containsExactly(tuple(LocalDate.of(2022, 1, 3), "A", items("1", "0")));
        }

        @Test
        void a_missing_item_column_named_like_a_canonical_field_is_named_by_its_column() {
            // given
            IngestFixture f = IngestFixture.in(dir).instrument("kind: checklist, columns: {respondent_id: Resp, date: Datum},"
                    + " items: [{column: date}]").build();

            // when
            FileRecord r = f.ingest("tev", "tev.csv", "Resp;Datum\nR1;2022-01-03\n");

            // then
            assertRefused(r, "date", "date");
            assertThat(r.reason()).isEqualTo("missing column 'date'; the file has 2 columns: check the column names under columns: in the job file");
        }

        @Test
        void header_names_compare_case_sensitively() {
            // given
            IngestFixture f = IngestFixture.in(dir).build();

            // when
            FileRecord r = f.ingest("registrations", "reg.csv", "traject;Org;Datum\nT1;A;2022-01-03\n");

            // then
            assertRefused(r, "traject_id", "Traject");
            assertThat(r.reason()).isEqualTo("missing column 'Traject'; the file has 3 columns, of which 'traject' is close:"
                    + " check the column names under columns: in the job file");
        }

        @Test
        void an_integer_field_takes_an_optional_sign_and_ascii_digits_within_64_bits() {
            // given
            IngestFixture f = IngestFixture.in(dir)
                    .registrations("columns: {traject_id: Traject, organisation: Org, registered_on: Datum, age: Leeftijd}").build();
            String csv = """
                    Traject;Org;Datum;Leeftijd
                    T1;A;2022-01-03;+42
                    T2;A;2022-01-03;42.0
                    T3;A;2022-01-03;9223372036854775808
                    T4;A;2022-01-03;٤٢
                    T5;A;2022-01-03;9223372036854775807
                    """;

            // when
            FileRecord r = f.ingest("registrations", "reg.csv", csv);

            // then
            assertLoaded(r, 5, 2, 3, 0);
            assertThat(f.registrations()).extracting(RegistrationRow::trajectId, RegistrationRow::age)
                    .containsExactly(tuple("T1", 42L), tuple("T5", Long.MAX_VALUE));
            assertThat(f.rejects(r)).extracting(RejectRecord::line, RejectRecord::field, RejectRecord::value, RejectRecord::reason)
                    .containsExactly(tuple(3L, "age", "42.0", "not an integer"),
                            tuple(4L, "age", "9223372036854775808", "not an integer"),
                            tuple(5L, "age", "٤٢", "not an integer"));
        }
    }

    // ------------------------------------------------------------------------------------------------

    @Nested
    class ValuesMapping {

        private IngestFixture endReasons(String values) {
            return IngestFixture.in(dir).registrations("columns: {traject_id: Traject, organisation: Org, registered_on: Datum,"
                    + " ended_on: Einde, end_reason: Reden}, values: {end_reason: " + values + "}").build();
        }

        private static String registrations(String... reasons) {
            StringBuilder sb = new StringBuilder("Traject;Org;Datum;Einde;Reden\n");
            for (int i = 0; i < reasons.length; i++) {
                sb.append("T").append(i + 1).append(";A;2022-01-03;2022-03-01;").append(reasons[i]).append('\n');
            }
            return sb.toString();
        }

        @Test
        void a_label_is_looked_up_exactly_then_case_insensitively() {
            // given: "x" precedes "X"; the exact label wins over an earlier case-insensitive one
            IngestFixture f = endReasons("{x: completed, X: dropped_out, Voortijdig gestopt: other}");

            // when
            FileRecord r = f.ingest("registrations", "reg.csv", registrations("X", "x", "VOORTIJDIG GESTOPT"));

            // then
            assertLoaded(r, 3, 3, 0, 0);
            assertThat(f.registrations()).extracting(RegistrationRow::endReason).containsExactly("dropped_out", "completed", "other");
        }

        @Test
        void a_cell_that_is_a_canonical_value_is_accepted_and_an_unknown_label_is_rejected() {
            // given
            IngestFixture f = endReasons("{Afgerond: completed}");

            // when
            FileRecord r = f.ingest("registrations", "reg.csv", registrations("afgerond", "Dropped_Out", "Klaar", ""));

            // then: an empty end reason is no reject (ended_on without end_reason is a warning)
            assertLoaded(r, 4, 3, 1, 0);
            assertThat(f.registrations()).extracting(RegistrationRow::trajectId, RegistrationRow::endReason)
                    .containsExactly(tuple("T1", "completed"), tuple("T2", "dropped_out"), tuple("T4", null));
            assertThat(f.rejects(r)).containsExactly(new RejectRecord(4, "end_reason", "Klaar", "unknown end reason 'Klaar'"));
        }

        @Test
        void booleans_accept_the_default_tokens_case_insensitively() {
            // given
            IngestFixture f = IngestFixture.in(dir).build();
            String csv = """
                    Traject;Nr;Datum;Aanwezig
                    T1;1;2022-01-03;ja
                    T1;2;2022-01-03;J
                    T1;3;2022-01-03;YES
                    T1;4;2022-01-03;y
                    T1;5;2022-01-03;1
                    T1;6;2022-01-03;True
                    T1;7;2022-01-03;x
                    T1;8;2022-01-03;Aanwezig
                    T2;1;2022-01-03;nee
                    T2;2;2022-01-03;N
                    T2;3;2022-01-03;No
                    T2;4;2022-01-03;0
                    T2;5;2022-01-03;FALSE
                    T2;6;2022-01-03;afwezig
                    T3;1;2022-01-03;misschien
                    T3;2;2022-01-03;2
                    """;

            // when
            FileRecord r = f.ingest("sessions", "ses.csv", csv);

            // then
            assertLoaded(r, 16, 14, 2, 0);
            assertThat(f.sessionRows()).extracting(SessionRow::trajectId, SessionRow::attended).containsExactly(
                    tuple("T1", true), tuple("T1", true), tuple("T1", true), tuple("T1", true),
                    tuple("T1", true), tuple("T1", true), tuple("T1", true), tuple("T1", true),
                    tuple("T2", false), tuple("T2", false), tuple("T2", false),
                    tuple("T2", false), tuple("T2", false), tuple("T2", false));
            assertThat(f.rejects(r)).containsExactly(
                    new RejectRecord(16, "attended", "misschien", "not yes/no (add it under values.attended)"),
                    new RejectRecord(17, "attended", "2", "not yes/no (add it under values.attended)"));
        }

        @Test
        void a_boolean_mapping_comes_before_the_default_tokens() {
            // given: "Nee" is mapped to true on purpose, to see the mapping win
            IngestFixture f = IngestFixture.in(dir).sessions("columns: {traject_id: Traject, session_no: Nr, date: Datum,"
                    + " held: Gehouden, attended: Aanwezig}, values: {attended: {Present: true, Nee: true}, held: {Geannuleerd: false}}")
                    .build();
            String csv = """
                    Traject;Nr;Datum;Gehouden;Aanwezig
                    T1;1;2022-01-03;;present
                    T1;2;2022-01-03;geannuleerd;nee
                    T1;3;2022-01-03;nee;ja
                    T1;4;2022-01-03;misschien;ja
                    """;

            // when
            FileRecord r = f.ingest("sessions", "ses.csv", csv);

            // then: held defaults to true when empty
            assertLoaded(r, 4, 3, 1, 0);
            assertThat(f.sessionRows()).extracting(SessionRow::sessionNo, SessionRow::held, SessionRow::attended)
                    .containsExactly(tuple(1L, true, true), tuple(2L, false, true), tuple(3L, false, true));
            assertThat(f.rejects(r)).containsExactly(
                    new RejectRecord(5, "held", "misschien", "not yes/no (add it under values.held)"));
        }

        @Test
        void an_outcome_moment_is_mapped_to_pre_or_post() {
            // given
            IngestFixture f = IngestFixture.in(dir).instrument("kind: outcome, scale: [0, 40],"
                    + " columns: {respondent_id: Resp, date: Datum, moment: Meting}, values: {moment: {Voormeting: pre, Nameting: post}},"
                    + " items: [{column: Score}]").build();
            String csv = """
                    Resp;Datum;Meting;Score
                    R1;2022-01-03;voormeting;20
                    R1;2022-03-03;Nameting;30
                    R2;2022-01-03;POST;25
                    R3;2022-01-03;Tussenmeting;25
                    R4;2022-01-03;;25
                    """;

            // when
            FileRecord r = f.ingest("tev", "tev.csv", csv);

            // then
            assertLoaded(r, 5, 3, 2, 0);
            assertThat(f.responses()).extracting(ResponseRow::respondentId, ResponseRow::moment)
                    .containsExactly(tuple("R1", "pre"), tuple("R1", "post"), tuple("R2", "post"));
            assertThat(f.rejects(r)).containsExactly(
                    new RejectRecord(5, "moment", "Tussenmeting", "unknown moment 'Tussenmeting' (expected pre or post)"),
                    new RejectRecord(6, "moment", "", REJECT_MISSING));
        }

        @Test
        void checklist_items_are_booleans() {
            // given
            IngestFixture f = IngestFixture.in(dir).instrument("kind: checklist, columns: {respondent_id: Resp, date: Datum,"
                    + " organisation: Org}, values: {B: {Geregeld: true, Open: false}}, items: [{column: A}, {column: B}]").build();
            String csv = """
                    Resp;Datum;Org;A;B
                    R1;2022-01-03;X;ja;geregeld
                    R2;2022-01-03;X;Nee;open
                    R3;2022-01-03;X;;Open
                    R4;2022-01-03;X;misschien;Open
                    """;

            // when
            FileRecord r = f.ingest("tev", "tev.csv", csv);

            // then
            assertLoaded(r, 4, 3, 1, 0);
            assertThat(f.responses()).extracting(ResponseRow::respondentId, ResponseRow::items)
                    .containsExactly(tuple("R1", items("1", "1")), tuple("R2", items("0", "0")), tuple("R3", items(null, "0")));
            assertThat(f.rejects(r)).containsExactly(new RejectRecord(5, "A", "misschien", "not yes/no"));
        }
    }

    // ------------------------------------------------------------------------------------------------

    @Nested
    class ComponentsSeparator {

        private static final String COLUMNS = "columns: {traject_id: Traject, session_no: Nr, date: Datum, attended: Aanwezig,"
                + " components: Onderdelen}";

        @Test
        void the_default_separator_is_a_pipe_and_elements_are_trimmed_with_empty_ones_dropped() {
            // given
            IngestFixture f = IngestFixture.in(dir).sessions(COLUMNS).build();
            String csv = "Traject;Nr;Datum;Aanwezig;Onderdelen\nT1;1;2022-01-03;ja; uitleg_stress || verkennen_stress |\nT1;2;2022-01-10;ja;\n";

            // when
            FileRecord r = f.ingest("sessions", "ses.csv", csv);

            // then
            assertLoaded(r, 2, 2, 0, 0);
            assertThat(f.sessionRows()).extracting(SessionRow::components)
                    .containsExactly(List.of("uitleg_stress", "verkennen_stress"), List.of());
        }

        @Test
        void a_configured_separator_splits_and_a_pipe_is_then_text() {
            // given
            IngestFixture f = IngestFixture.in(dir).sessions("components_separator: \",\", " + COLUMNS).build();
            String csv = "Traject;Nr;Datum;Aanwezig;Onderdelen\nT1;1;2022-01-03;ja;uitleg, verkennen|evalueren\n";

            // when
            FileRecord r = f.ingest("sessions", "ses.csv", csv);

            // then
            assertLoaded(r, 1, 1, 0, 0);
            assertThat(f.sessionRows().get(0).components()).containsExactly("uitleg", "verkennen|evalueren");
        }

        @Test
        void a_separator_may_be_several_characters() {
            // given
            IngestFixture f = IngestFixture.in(dir).sessions("components_separator: \" en \", " + COLUMNS).build();
            String csv = "Traject;Nr;Datum;Aanwezig;Onderdelen\nT1;1;2022-01-03;ja;uitleg en verkennen en open\n";

            // when
            FileRecord r = f.ingest("sessions", "ses.csv", csv);

            // then
            assertLoaded(r, 1, 1, 0, 0);
            assertThat(f.sessionRows().get(0).components()).containsExactly("uitleg", "verkennen", "open");
        }
    }

    // ------------------------------------------------------------------------------------------------

    @Nested
    class MissingValues {

        private IngestFixture fixture() {
            return IngestFixture.in(dir).registrations("missing_values: [-99, n/a, .], columns: {traject_id: Traject,"
                    + " organisation: Org, registered_on: Datum, started_on: Start, age: Leeftijd}").build();
        }

        @Test
        void a_cell_equal_to_a_missing_value_after_trimming_is_empty() {
            // given
            IngestFixture f = fixture();
            String csv = """
                    Traject;Org;Datum;Start;Leeftijd
                    T1;A;2022-01-03; -99 ;.
                    T2;N/A;2022-01-03;n/a;-990
                    """;

            // when
            FileRecord r = f.ingest("registrations", "reg.csv", csv);

            // then: exact and case-sensitive, so N/A and -990 are values
            assertLoaded(r, 2, 2, 0, 0);
            assertThat(f.registrations()).extracting(RegistrationRow::trajectId, RegistrationRow::organisation,
                    RegistrationRow::startedOn, RegistrationRow::age)
                    .containsExactly(tuple("T1", "A", null, null), tuple("T2", "N/A", null, -990L));
        }

        @Test
        void a_missing_required_field_is_rejected_with_an_empty_value() {
            // given
            IngestFixture f = fixture();

            // when
            FileRecord r = f.ingest("registrations", "reg.csv", "Traject;Org;Datum;Start;Leeftijd\nT1;n/a;2022-01-03;;\n");

            // then
            assertLoaded(r, 1, 0, 1, 0);
            assertThat(f.rejects(r)).containsExactly(new RejectRecord(2, "organisation", "", REJECT_MISSING));
        }

        @Test
        void a_record_of_only_missing_values_is_blank_and_not_a_row() {
            // given: rule 6 makes the cells empty "also for rule 7"
            IngestFixture f = fixture();

            // when
            FileRecord r = f.ingest("registrations", "reg.csv", "Traject;Org;Datum;Start;Leeftijd\n-99;n/a;.;-99;\nT1;A;2022-01-03;;\n");

            // then
            assertLoaded(r, 1, 1, 0, 0);
            assertThat(f.rejects(r)).isEmpty();
        }
    }

    // ------------------------------------------------------------------------------------------------

    @Nested
    class InterventionTest {

        private static final String HEADER = "Traject;Interventie;Org;Datum\n";

        private IngestFixture fixture() {
            return IngestFixture.in(dir).registrations("columns: {traject_id: Traject, intervention: Interventie,"
                    + " organisation: Org, registered_on: Datum}").build();
        }

        @Test
        void the_code_or_the_name_matches_case_insensitively() {
            // given
            IngestFixture f = fixture();

            // when
            FileRecord r = f.ingest("registrations", "reg.csv", HEADER + "T1;PE;A;2022-01-03\nT2;pe;A;2022-01-03\nT3;PSYCHO-EDUCATIE ;A;2022-01-03\n");

            // then
            assertLoaded(r, 3, 3, 0, 0);
            assertThat(trajectIds(f)).containsExactly("T1", "T2", "T3");
        }

        @Test
        void another_interventions_row_is_skipped_even_when_invalid() {
            // given
            IngestFixture f = fixture();

            // when
            FileRecord r = f.ingest("registrations", "reg.csv", HEADER + "T1;PE;A;2022-01-03\nT2;Schuldhulp;A;gisteren\n;Schuldhulp;;\n");

            // then
            assertLoaded(r, 3, 1, 0, 2);
            assertThat(trajectIds(f)).containsExactly("T1");
            assertThat(f.rejects(r)).isEmpty();
        }

        @Test
        void an_empty_intervention_cell_rejects_the_row() {
            // given
            IngestFixture f = fixture();

            // when
            FileRecord r = f.ingest("registrations", "reg.csv", HEADER + "T1;;A;2022-01-03\nT2;-;A;2022-01-03\n");

            // then
            assertLoaded(r, 2, 0, 1, 1);
            assertThat(f.rejects(r)).containsExactly(new RejectRecord(2, "intervention", "", REJECT_MISSING));
        }

        @Test
        void without_an_intervention_column_every_row_belongs_to_the_intervention() {
            // given
            IngestFixture f = IngestFixture.in(dir).build();

            // when
            FileRecord r = f.ingest("registrations", "reg.csv", "Traject;Interventie;Org;Datum\nT1;Schuldhulp;A;2022-01-03\n");

            // then
            assertLoaded(r, 1, 1, 0, 0);
        }
    }

    // ------------------------------------------------------------------------------------------------

    @Nested
    class ValidationOrder {

        @Test
        void a_registration_reports_only_its_first_failing_field_in_table_order() {
            // given
            IngestFixture f = IngestFixture.in(dir).registrations("columns: {traject_id: Traject, intervention: Interventie,"
                    + " organisation: Org, registered_on: Datum, started_on: Start, ended_on: Einde, end_reason: Reden, age: Leeftijd}")
                    .build();
            String csv = """
                    Leeftijd;Reden;Einde;Start;Datum;Org;Interventie;Traject
                    x;?;e;s;d;;;
                    x;?;e;s;d;;;T2
                    x;?;e;s;d;;PE;T3
                    x;?;e;s;d;A;PE;T4
                    x;?;e;s;2022-01-03;A;PE;T5
                    x;?;e;2022-01-04;2022-01-03;A;PE;T6
                    x;?;2022-02-01;2022-01-04;2022-01-03;A;PE;T7
                    x;completed;2022-02-01;2022-01-04;2022-01-03;A;PE;T8
                    """;

            // when
            FileRecord r = f.ingest("registrations", "reg.csv", csv);

            // then
            assertLoaded(r, 8, 0, 8, 0);
            assertThat(f.rejects(r)).extracting(RejectRecord::line, RejectRecord::field, RejectRecord::value).containsExactly(
                    tuple(2L, "traject_id", ""),
                    tuple(3L, "intervention", ""),
                    tuple(4L, "organisation", ""),
                    tuple(5L, "registered_on", "d"),
                    tuple(6L, "started_on", "s"),
                    tuple(7L, "ended_on", "e"),
                    tuple(8L, "end_reason", "?"),
                    tuple(9L, "age", "x"));
        }

        @Test
        void a_session_reports_only_its_first_failing_field_in_table_order() {
            // given
            IngestFixture f = IngestFixture.in(dir).sessions("columns: {traject_id: Traject, session_no: Nr, date: Datum,"
                    + " held: Gehouden, attended: Aanwezig, components: Onderdelen, duration_min: Duur}").build();
            String csv = """
                    Duur;Onderdelen;Aanwezig;Gehouden;Datum;Nr;Traject
                    x;a;?;?;d;n;
                    x;a;?;?;d;n;T1
                    x;a;?;?;d;0;T1
                    x;a;?;?;d;1;T1
                    x;a;?;?;2022-01-03;1;T1
                    x;a;?;ja;2022-01-03;1;T1
                    x;a;;ja;2022-01-03;1;T1
                    x;a;ja;ja;2022-01-03;1;T1
                    """;

            // when
            FileRecord r = f.ingest("sessions", "ses.csv", csv);

            // then
            assertLoaded(r, 8, 0, 8, 0);
            assertThat(f.rejects(r)).extracting(RejectRecord::line, RejectRecord::field, RejectRecord::value, RejectRecord::reason)
                    .containsExactly(
                            tuple(2L, "traject_id", "", REJECT_MISSING),
                            tuple(3L, "session_no", "n", "not an integer"),
                            tuple(4L, "session_no", "0", "session_no < 1"),
                            tuple(5L, "date", "d", "not a date in yyyy-MM-dd (such as 2024-01-31); if the export writes dates another way, change datasets.sessions.date_format"),
                            tuple(6L, "held", "?", "not yes/no (add it under values.held)"),
                            tuple(7L, "attended", "?", "not yes/no (add it under values.attended)"),
                            tuple(8L, "attended", "", REJECT_MISSING),
                            tuple(9L, "duration_min", "x", "not an integer"));
        }

        @Test
        void a_response_reports_respondent_date_moment_then_items_in_instrument_order() {
            // given
            IngestFixture f = IngestFixture.in(dir).instrument("kind: outcome, scale: [1, 5], columns: {respondent_id: Resp,"
                    + " date: Datum, traject_id: Traject, organisation: Org, moment: Meting}, items: [{column: B}, {column: A}]")
                    .build();
            String csv = """
                    A;B;Meting;Org;Traject;Datum;Resp
                    a;b;?;;;d;
                    a;b;?;;;;R1
                    a;b;?;;;d;R1
                    a;b;?;;;2022-01-03;R1
                    a;b;pre;;;2022-01-03;R1
                    a;1;pre;;;2022-01-03;R1
                    """;

            // when
            FileRecord r = f.ingest("tev", "tev.csv", csv);

            // then
            assertLoaded(r, 6, 0, 6, 0);
            assertThat(f.rejects(r)).extracting(RejectRecord::line, RejectRecord::field, RejectRecord::value).containsExactly(
                    tuple(2L, "respondent_id", ""),
                    tuple(3L, "date", ""),
                    tuple(4L, "date", "d"),
                    tuple(5L, "moment", "?"),
                    tuple(6L, "B", "b"),
                    tuple(7L, "A", "a"));
        }

        @Test
        void a_negative_session_no_is_below_one() {
            // given
            IngestFixture f = IngestFixture.in(dir).build();

            // when
            FileRecord r = f.ingest("sessions", "ses.csv", "Traject;Nr;Datum;Aanwezig\nT1;-1;2022-01-03;ja\nT1;+1;2022-01-03;ja\n");

            // then
            assertLoaded(r, 2, 1, 1, 0);
            assertThat(f.rejects(r)).containsExactly(new RejectRecord(2, "session_no", "-1", "session_no < 1"));
            assertThat(f.sessionRows()).extracting(SessionRow::sessionNo).containsExactly(1L);
        }
    }

    // ------------------------------------------------------------------------------------------------

    @Nested
    class QuotingAndLines {

        @Test
        void a_half_written_last_record_is_rejected_at_the_line_where_it_starts_and_earlier_rows_stand() {
            // given: 5 rows, the last one unfinished (1 of 5 rejected: exactly the default share)
            IngestFixture f = IngestFixture.in(dir).topLevel("max_reject_share: 0.2").build();
            String csv = "Traject;Org;Datum\nT1;A;2022-01-03\nT2;A;2022-01-03\nT3;A;2022-01-03\nT4;A;2022-01-03\nT5;\"Org\nA;2022-01-03\n";

            // when
            FileRecord r = f.ingest("registrations", "reg.csv", csv);

            // then
            assertLoaded(r, 5, 4, 1, 0);
            assertThat(trajectIds(f)).containsExactly("T1", "T2", "T3", "T4");
            assertThat(f.rejects(r)).containsExactly(new RejectRecord(6, "", "", UNTERMINATED));
        }

        @Test
        void a_half_written_last_record_is_rejected_whatever_its_cells() {
            // given: the unfinished record would be valid and is even of another intervention
            IngestFixture f = IngestFixture.in(dir).registrations("columns: {traject_id: Traject, intervention: Interventie,"
                    + " organisation: Org, registered_on: Datum}").build();
            String csv = "Traject;Interventie;Org;Datum\nT1;PE;A;2022-01-03\nT2;Andere;A;\"2022-01-03";

            // when
            FileRecord r = f.ingest("registrations", "reg.csv", csv);

            // then
            assertLoaded(r, 2, 1, 1, 0);
            assertThat(f.rejects(r)).containsExactly(new RejectRecord(3, "", "", UNTERMINATED));
        }

        @Test
        void a_header_that_ends_inside_a_quoted_cell_refuses_the_file() {
            // given
            IngestFixture f = IngestFixture.in(dir).build();

            // when
            FileRecord r = f.ingest("registrations", "reg.csv", "Traject;Org;\"Datum\n");

            // then
            assertRefused(r, "", "");
        }

        @Test
        void line_numbers_count_the_physical_lines_of_multi_line_cells_with_cr_lf_and_crlf() {
            // given: record 2 spans lines 2-4 (LF, then CRLF inside quotes), record 3 starts on line 5,
            // record 4 (after a lone CR inside quotes) on line 7, and the file uses CRLF between records
            IngestFixture f = IngestFixture.in(dir).build();
            String csv = "Traject;Org;Datum\r\nT1;\"Org\nA\r\nB\";2022-01-03\r\nT2;A;x\r\nT3;\"C\rD\";2022-01-03\r\nT4;A;y\r\n";

            // when
            FileRecord r = f.ingest("registrations", "reg.csv", csv);

            // then
            assertLoaded(r, 4, 2, 2, 0);
            assertThat(f.rejects(r)).extracting(RejectRecord::line, RejectRecord::value).containsExactly(tuple(5L, "x"), tuple(8L, "y"));
            assertThat(f.registration("T1").organisation()).isEqualTo("Org\nA\r\nB");
            assertThat(f.registration("T3").organisation()).isEqualTo("C\rD");
        }

        @Test
        void a_lone_cr_ends_a_record() {
            // given
            IngestFixture f = IngestFixture.in(dir).build();

            // when
            FileRecord r = f.ingest("registrations", "reg.csv", "Traject;Org;Datum\rT1;A;2022-01-03\rT2;A;z\r");

            // then
            assertLoaded(r, 2, 1, 1, 0);
            assertThat(f.rejects(r)).extracting(RejectRecord::line).containsExactly(3L);
        }

        @Test
        void text_after_a_closing_quote_continues_the_cell_and_a_quote_inside_a_cell_is_text() {
            // given
            IngestFixture f = IngestFixture.in(dir).build();
            String csv = "Traject;Org;Datum\nT1;\"ab\"cd;2022-01-03\nT2;a\"b;2022-01-03\nT3;\"a\"\"b;c\";2022-01-03\n";

            // when
            FileRecord r = f.ingest("registrations", "reg.csv", csv);

            // then
            assertLoaded(r, 3, 3, 0, 0);
            assertThat(f.registrations()).extracting(RegistrationRow::organisation).containsExactly("abcd", "a\"b", "a\"b;c");
        }

        @Test
        void a_quote_after_a_leading_space_is_text() {
            // given: the cell ' "a' does not start with a quote, so the ';' after it ends it
            IngestFixture f = IngestFixture.in(dir).build();

            // when
            FileRecord r = f.ingest("registrations", "reg.csv", "Traject;Org;Datum\nT1; \"a;b\";2022-01-03\n");

            // then
            assertLoaded(r, 1, 0, 1, 0);
            assertThat(f.rejects(r)).containsExactly(new RejectRecord(2, "registered_on", "b\"", "not a date in yyyy-MM-dd (such as 2024-01-31); if the export writes dates another way, change datasets.registrations.date_format"));
        }

        @Test
        void a_record_shorter_than_the_header_has_its_missing_cells_empty() {
            // given
            IngestFixture f = IngestFixture.in(dir).build();

            // when
            FileRecord r = f.ingest("registrations", "reg.csv", "Traject;Org;Datum\nT1;A\nT2\n");

            // then
            assertLoaded(r, 2, 0, 2, 0);
            assertThat(f.rejects(r)).containsExactly(new RejectRecord(2, "registered_on", "", REJECT_MISSING),
                    new RejectRecord(3, "organisation", "", REJECT_MISSING));
        }

        @Test
        void cells_beyond_the_header_are_ignored_also_by_the_blank_test() {
            // given
            IngestFixture f = IngestFixture.in(dir).build();

            // when
            FileRecord r = f.ingest("registrations", "reg.csv", "Traject;Org;Datum\nT1;A;2022-01-03;x;y\n;;;extra\nT2;B;2022-01-04;;\n");

            // then
            assertLoaded(r, 2, 2, 0, 0);
            assertThat(trajectIds(f)).containsExactly("T1", "T2");
        }

        @Test
        void blank_lines_and_records_of_empty_cells_are_not_rows() {
            // given
            IngestFixture f = IngestFixture.in(dir).build();
            String csv = "Traject;Org;Datum\n\nT1;A;2022-01-03\n;;\n \t;\u00A0;\n\"\";;\nT2;A;q\n\n\n";

            // when
            FileRecord r = f.ingest("registrations", "reg.csv", csv);

            // then: the reject still gives the physical line
            assertLoaded(r, 2, 1, 1, 0);
            assertThat(f.rejects(r)).extracting(RejectRecord::line).containsExactly(7L);
        }

        @Test
        void when_a_header_name_occurs_twice_the_first_column_is_used() {
            // given
            IngestFixture f = IngestFixture.in(dir).build();

            // when
            FileRecord r = f.ingest("registrations", "reg.csv", "Org;Traject;Org;Datum\nA;T1;B;2022-01-03\n;T2;B;2022-01-03\n");

            // then
            assertLoaded(r, 2, 1, 1, 0);
            assertThat(f.registration("T1").organisation()).isEqualTo("A");
            assertThat(f.rejects(r)).containsExactly(new RejectRecord(3, "organisation", "", REJECT_MISSING));
        }
    }

    // ------------------------------------------------------------------------------------------------

    @Nested
    class RefusedFiles {

        @Test
        void a_renamed_column_refuses_the_file_naming_the_first_missing_field_its_header_and_the_near_match() {
            // given
            IngestFixture f = IngestFixture.in(dir).registrations("columns: {organisation: Org, traject_id: Traject,"
                    + " registered_on: Datum, started_on: Start}").build();

            // when
            FileRecord r = f.ingest("registrations", "reg.csv", "Trajectnummer;Org;Datum;Begin\nT1;A;2022-01-03;2022-01-04\n");

            // then: job-file order of columns, not the dataset's table order
            assertRefused(r, "traject_id", "Traject");
            assertThat(r.reason()).isEqualTo("missing columns 'Traject', 'Start'; the file has 4 columns, of which 'Trajectnummer' is close:"
                    + " check the column names under columns: in the job file");
            assertThat(f.registrations()).isEmpty();
            assertThat(f.rejects(r)).isEmpty();
        }

        @Test
        void a_missing_item_column_is_named_by_its_column_after_the_mapped_columns() {
            // given
            IngestFixture f = IngestFixture.in(dir).instrument("kind: survey, columns: {respondent_id: Resp, date: Datum},"
                    + " items: [{column: V01}, {column: V02}]").build();

            // when
            FileRecord r = f.ingest("tev", "tev.csv", "Resp;Datum;V01;V03\nR1;2022-01-03;1;2\n");

            // then
            assertRefused(r, "V02", "V02");
            assertThat(r.reason()).isEqualTo("missing column 'V02'; the file has 4 columns, of which 'V01', 'V03' are close:"
                    + " check the column names under columns: in the job file");
        }

        @Test
        void a_missing_mapped_column_is_named_before_a_missing_item() {
            // given
            IngestFixture f = IngestFixture.in(dir).instrument("kind: survey, columns: {respondent_id: Resp, date: Datum,"
                    + " organisation: Org}, items: [{column: V01}]").build();

            // when
            FileRecord r = f.ingest("tev", "tev.csv", "Resp;Datum\nR1;2022-01-03\n");

            // then
            assertRefused(r, "organisation", "Org");
        }

        @Test
        void an_empty_file_is_refused() {
            // given
            IngestFixture f = IngestFixture.in(dir).build();

            // when
            FileRecord r = f.ingest("registrations", "reg.csv", "");

            // then
            assertRefused(r, "", "");
            assertThat(f.store.file("registrations", r.hash())).contains(r);
        }

        @Test
        void a_file_whose_first_line_is_blank_is_refused() {
            // given
            IngestFixture f = IngestFixture.in(dir).build();

            // when
            FileRecord r = f.ingest("registrations", "reg.csv", "\nTraject;Org;Datum\nT1;A;2022-01-03\n");

            // then
            assertRefused(r, "", "");
            assertThat(f.registrations()).isEmpty();
        }

        @Test
        void a_header_only_file_reads_no_rows_and_is_loaded() {
            // given
            IngestFixture f = IngestFixture.in(dir).build();

            // when
            FileRecord r = f.ingest("registrations", "reg.csv", "Traject;Org;Datum\n");

            // then
            assertLoaded(r, 0, 0, 0, 0);
            assertThat(f.store.file("registrations", r.hash())).contains(r);
        }
    }

    // ------------------------------------------------------------------------------------------------

    @Nested
    class MaxRejectShare {

        private static String rows(int good, int bad) {
            StringBuilder sb = new StringBuilder("Traject;Org;Datum\n");
            for (int i = 1; i <= good; i++) {
                sb.append("T").append(i).append(";A;2022-01-03\n");
            }
            for (int i = 1; i <= bad; i++) {
                sb.append("X").append(i).append(";A;fout\n");
            }
            return sb.toString();
        }

        @Test
        void exactly_the_default_share_of_0_2_loads() {
            // given: no max_reject_share in the job file
            IngestFixture f = IngestFixture.in(dir).topLevel("").build();

            // when
            FileRecord r = f.ingest("registrations", "reg.csv", rows(4, 1));

            // then
            assertLoaded(r, 5, 4, 1, 0);
            assertThat(f.registrations()).hasSize(4);
            assertThat(f.rejects(r)).hasSize(1);
        }

        @Test
        void more_than_the_share_refuses_the_file() {
            // given
            IngestFixture f = IngestFixture.in(dir).topLevel("").build();

            // when
            FileRecord r = f.ingest("registrations", "reg.csv", rows(3, 1));

            // then
            assertRefused(r, "", "");
            assertThat(r.reason()).startsWith("1 of 4 rows would be rejected, more than max_reject_share 0.2000");
            assertThat(f.registrations()).isEmpty();
            assertThat(f.rejects(r)).isEmpty();
        }

        @Test
        void skipped_rows_count_as_rows_read() {
            // given: 1 rejected of 5 read, of which 1 skipped
            IngestFixture f = IngestFixture.in(dir).topLevel("").registrations("columns: {traject_id: Traject,"
                    + " intervention: Interventie, organisation: Org, registered_on: Datum}").build();
            String csv = "Traject;Interventie;Org;Datum\nT1;PE;A;2022-01-03\nT2;PE;A;2022-01-03\nT3;PE;A;2022-01-03\n"
                    + "T4;Andere;A;2022-01-03\nT5;PE;A;fout\n";

            // when
            FileRecord r = f.ingest("registrations", "reg.csv", csv);

            // then
            assertLoaded(r, 5, 3, 1, 1);
        }

        @Test
        void a_configured_share_of_0_refuses_any_reject() {
            // given
            IngestFixture f = IngestFixture.in(dir).topLevel("max_reject_share: 0").build();

            // when
            FileRecord loaded = f.ingest("registrations", "reg1.csv", rows(3, 0));
            FileRecord refused = f.ingest("registrations", "reg2.csv", rows(30, 1));

            // then
            assertLoaded(loaded, 3, 3, 0, 0);
            assertRefused(refused, "", "");
            assertThat(refused.reason()).startsWith("1 of 31 rows would be rejected, more than max_reject_share 0.0000");
        }
    }

    // ------------------------------------------------------------------------------------------------

    @Nested
    class ResponsesWithoutItemValues {

        @Test
        void are_accepted_and_counted_but_not_stored() {
            // given
            IngestFixture f = IngestFixture.in(dir).instrument("kind: survey, columns: {respondent_id: Resp, date: Datum},"
                    + " items: [{column: V1}, {column: V2}], missing_values: [-99]").build();
            String csv = "Resp;Datum;V1;V2\nR1;2022-01-03;;\nR2;2022-01-03;-99;-99\nR3;2022-01-03;;4\n";

            // when
            FileRecord r = f.ingest("tev", "tev.csv", csv);

            // then
            assertLoaded(r, 3, 3, 0, 0);
            assertThat(f.responses()).extracting(ResponseRow::respondentId, ResponseRow::items)
                    .containsExactly(tuple("R3", items(null, "4")));
        }
    }

    // ------------------------------------------------------------------------------------------------

    @Nested
    class Inspect {

        @Test
        void reads_as_ingest_would_and_stores_nothing() {
            // given
            IngestFixture f = IngestFixture.in(dir).build();
            Path p = f.write("reg.csv", "Traject;Org;Datum\nT1;A;2022-01-03\nT2;A;fout\n");
            List<RejectRecord> rejects = new ArrayList<>();

            // when
            FileRecord r = f.ingester.inspect(IngestFixture.inboxFile("registrations", p), rejects);

            // then
            assertLoaded(r, 2, 1, 1, 0);
            assertThat(rejects).containsExactly(new RejectRecord(3, "registered_on", "fout", "not a date in yyyy-MM-dd (such as 2024-01-31); if the export writes dates another way, change datasets.registrations.date_format"));
            assertThat(f.registrations()).isEmpty();
            assertThat(f.store.file("registrations", r.hash())).isEmpty();
        }
    }
}
