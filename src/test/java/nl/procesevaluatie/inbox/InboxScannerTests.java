package nl.procesevaluatie.inbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import nl.procesevaluatie.job.JobFile;
import nl.procesevaluatie.job.JobFileReader;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** InboxScanner against details.md rules 1, 2 and 4. */
class InboxScannerTests {

    @TempDir
    Path dir;

    Path inbox;

    @BeforeEach
    void createInbox() throws IOException {
        inbox = Files.createDirectories(dir.resolve("inbox"));
    }

    /** A job over the inbox with the given globs; instruments are given as (id, glob) pairs, in job-file order. */
    private JobFile job(String registrations, String sessions, String... instruments) {
        StringBuilder yaml = new StringBuilder("""
                inbox: inbox
                intervention: {code: PE, planned_sessions: 4}
                datasets:
                """);
        yaml.append("  registrations: {files: \"").append(registrations)
                .append("\", columns: {traject_id: T, organisation: O, registered_on: D}}\n");
        if (sessions != null) {
            yaml.append("  sessions: {files: \"").append(sessions)
                    .append("\", columns: {traject_id: T, session_no: N, date: D, attended: A}}\n");
        }
        if (instruments.length > 0) {
            yaml.append("instruments:\n");
            for (int i = 0; i < instruments.length; i += 2) {
                yaml.append("  - {id: ").append(instruments[i]).append(", kind: survey, files: \"").append(instruments[i + 1])
                        .append("\", columns: {respondent_id: R, date: D}, items: [{column: V1}]}\n");
            }
        }
        return new JobFileReader().read(yaml.toString(), dir.resolve("job.yaml"));
    }

    private void write(String name, String content) throws IOException {
        Files.writeString(inbox.resolve(name), content, StandardCharsets.UTF_8);
    }

    private void create(String... names) throws IOException {
        for (String n : names) {
            write(n, "content of " + n);
        }
    }

    private static InboxScanner.Scan scan(JobFile job) {
        return new InboxScanner(Duration.ZERO).scan(job);
    }

    private static List<String> listed(InboxScanner.Scan scan) {
        return scan.files().stream().map(f -> f.dataset() + ":" + f.name()).toList();
    }

    // ------------------------------------------------------------------------------------------------

    @Nested
    class LoadOrder {

        @Test
        void registrations_then_sessions_then_instruments_in_job_order_each_by_file_name() throws IOException {
            // given: instrument zeta comes before alpha in the job file
            create("tev_b.csv", "ses_2.csv", "reg_b.csv", "midi_1.csv", "reg_a.csv", "ses_10.csv", "tev_a.csv");
            JobFile job = job("reg_*.csv", "ses_*.csv", "zeta", "tev_*.csv", "alpha", "midi_*.csv");

            // when
            InboxScanner.Scan scan = scan(job);

            // then: "ses_10" sorts before "ses_2" (code points, not numbers)
            assertThat(listed(scan)).containsExactly("registrations:reg_a.csv", "registrations:reg_b.csv",
                    "sessions:ses_10.csv", "sessions:ses_2.csv", "zeta:tev_a.csv", "zeta:tev_b.csv", "alpha:midi_1.csv");
            assertThat(scan.emptyGlobs()).isEmpty();
        }

        @Test
        void names_sort_in_code_point_order() throws IOException {
            // given: upper case before lower case before accented letters; U+FF5E before U+1F600
            Assumptions.assumeTrue("UTF-8".equalsIgnoreCase(System.getProperty("sun.jnu.encoding")), "file names need UTF-8");
            create("reg_b.csv", "reg_\uD83D\uDE00.csv", "reg_\u00E9.csv", "reg_B.csv", "reg_\uFF5E.csv", "reg_a.csv", "reg_.csv");

            // when
            InboxScanner.Scan scan = scan(job("reg_*", null));

            // then
            assertThat(scan.files()).extracting(InboxFile::name).containsExactly("reg_.csv", "reg_B.csv", "reg_a.csv", "reg_b.csv",
                    "reg_\u00E9.csv", "reg_\uFF5E.csv", "reg_\uD83D\uDE00.csv");
        }

        @Test
        void compare_code_points_differs_from_utf16_order_above_u_ffff() {
            assertThat(InboxScanner.compareCodePoints("\uFF5E", "\uD83D\uDE00")).isNegative();
            assertThat("\uFF5E".compareTo("\uD83D\uDE00")).isPositive();
            assertThat(InboxScanner.compareCodePoints("a", "ab")).isNegative();
            assertThat(InboxScanner.compareCodePoints("ab", "ab")).isZero();
        }

        @Test
        void without_sessions_the_instruments_follow_the_registrations() throws IOException {
            // given
            create("a.csv", "reg.csv");

            // when
            InboxScanner.Scan scan = scan(job("reg.csv", null, "tev", "a.csv"));

            // then
            assertThat(listed(scan)).containsExactly("registrations:reg.csv", "tev:a.csv");
        }
    }

    // ------------------------------------------------------------------------------------------------

    @Nested
    class Globs {

        @ParameterizedTest(name = "{0} matches {1}")
        @CsvSource(delimiter = '|', value = {
                "reg*.csv        | reg(1)+.csv, reg.csv, reg_1.csv, reg_12.csv, reg_A.csv, reg_a.csv",
                "reg_?.csv       | reg_1.csv, reg_A.csv, reg_a.csv",
                "reg_??.csv      | reg_12.csv",
                "reg_[1a].csv    | reg_1.csv, reg_a.csv",
                "reg_[A].csv     | reg_A.csv",
                "REG*            | REG_1.csv",
                "*.CSV           | reg_1.CSV",
                "*               | REG_1.csv, reg(1)+.csv, reg.csv, reg_1.CSV, reg_1.csv, reg_12.csv, reg_A.csv, reg_a.csv",
                "reg(1)+.csv     | reg(1)+.csv",
                "reg             | ''",
        })
        void match_the_whole_name_case_sensitively(String glob, String expected) throws IOException {
            // given
            create("reg.csv", "reg_1.csv", "reg_12.csv", "reg_a.csv", "reg_A.csv", "REG_1.csv", "reg_1.CSV", "reg(1)+.csv");

            // when
            InboxScanner.Scan scan = scan(job(glob, null));

            // then
            List<String> names = expected.isEmpty() ? List.of() : List.of(expected.split(", "));
            assertThat(scan.files()).extracting(InboxFile::name).containsExactlyElementsOf(names);
        }

        @Test
        void a_dot_in_a_glob_is_a_dot() throws IOException {
            // given
            create("regXcsv", "reg.csv");

            // when
            InboxScanner.Scan scan = scan(job("reg.csv", null));

            // then
            assertThat(scan.files()).extracting(InboxFile::name).containsExactly("reg.csv");
        }

        @Test
        void a_glob_that_matches_nothing_is_listed_as_a_warning() throws IOException {
            // given
            create("reg_1.csv");

            // when
            InboxScanner.Scan scan = scan(job("reg_*.csv", "contacten*.csv", "tev", "tev*.csv"));

            // then
            assertThat(listed(scan)).containsExactly("registrations:reg_1.csv");
            assertThat(scan.emptyGlobs()).containsExactly("sessions: no file in the inbox matches 'contacten*.csv'",
                    "tev: no file in the inbox matches 'tev*.csv'");
        }
    }

    // ------------------------------------------------------------------------------------------------

    @Nested
    class FilesOfSeveralDatasets {

        @Test
        void a_file_matching_two_datasets_is_read_for_each() throws IOException {
            // given
            create("export.csv", "reg_1.csv");

            // when
            InboxScanner.Scan scan = scan(job("*.csv", null, "tev", "export*", "kw", "*"));

            // then
            assertThat(listed(scan)).containsExactly("registrations:export.csv", "registrations:reg_1.csv", "tev:export.csv",
                    "kw:export.csv", "kw:reg_1.csv");
            assertThat(scan.files()).extracting(InboxFile::duplicate).containsOnly(false);
        }

        @Test
        void duplicate_content_is_flagged_only_within_a_dataset() throws IOException {
            // given: reg_1 and reg_2 hold the same bytes; tev_1 too
            write("reg_1.csv", "same");
            write("reg_2.csv", "same");
            write("reg_3.csv", "other");
            write("tev_1.csv", "same");

            // when
            InboxScanner.Scan scan = scan(job("reg_*", null, "tev", "tev_*", "all", "*"));

            // then: the first in load order is not the duplicate
            assertThat(scan.files()).extracting(InboxFile::dataset, InboxFile::name, InboxFile::duplicate).containsExactly(
                    tuple("registrations", "reg_1.csv", false),
                    tuple("registrations", "reg_2.csv", true),
                    tuple("registrations", "reg_3.csv", false),
                    tuple("tev", "tev_1.csv", false),
                    tuple("all", "reg_1.csv", false),
                    tuple("all", "reg_2.csv", true),
                    tuple("all", "reg_3.csv", false),
                    tuple("all", "tev_1.csv", true));
        }

        @Test
        void files_carry_their_path_size_and_sha256() throws Exception {
            // given
            write("reg_1.csv", "Traject;Org;Datum\n");

            // when
            InboxFile f = scan(job("reg_*", null)).files().get(0);

            // then
            byte[] bytes = "Traject;Org;Datum\n".getBytes(StandardCharsets.UTF_8);
            assertThat(f.path()).isEqualTo(inbox.resolve("reg_1.csv").toAbsolutePath().normalize());
            assertThat(f.size()).isEqualTo(bytes.length);
            assertThat(f.sha256()).isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)));
        }
    }

    // ------------------------------------------------------------------------------------------------

    @Nested
    class OnlyRegularFilesDirectlyInTheInbox {

        @Test
        void directories_and_files_in_them_are_ignored() throws IOException {
            // given
            Files.createDirectories(inbox.resolve("reg_dir.csv"));
            Files.createDirectories(inbox.resolve("archief"));
            Files.writeString(inbox.resolve("archief").resolve("reg_old.csv"), "x");
            create("reg_1.csv");

            // when
            InboxScanner.Scan scan = scan(job("reg_*", null, "all", "*"));

            // then
            assertThat(listed(scan)).containsExactly("registrations:reg_1.csv", "all:reg_1.csv");
        }

        @Test
        void a_file_younger_than_the_settle_time_waits() throws IOException {
            // given
            create("reg_1.csv", "reg_2.csv");
            Files.setLastModifiedTime(inbox.resolve("reg_1.csv"),
                    java.nio.file.attribute.FileTime.from(java.time.Instant.now().minusSeconds(3600)));

            // when
            InboxScanner.Scan scan = new InboxScanner(Duration.ofMinutes(5)).scan(job("reg_*", null));

            // then
            assertThat(listed(scan)).containsExactly("registrations:reg_1.csv");
            assertThat(scan.settling()).containsExactly("reg_2.csv");
        }

        @Test
        void symbolic_links_fifos_and_devices_are_listed_by_name_and_never_opened() throws Exception {
            // given: a link to a secret, a link to a regular inbox file, and a FIFO (opening it would hang the run)
            create("reg_1.csv");
            Path secret = Files.writeString(inbox.getParent().resolve("secret.key"), "0123456789abcdef");
            Files.createSymbolicLink(inbox.resolve("reg_key.csv"), secret);
            Files.createSymbolicLink(inbox.resolve("reg_same.csv"), inbox.resolve("reg_1.csv"));
            Process mkfifo = new ProcessBuilder("mkfifo", inbox.resolve("reg_fifo.csv").toString()).start();
            assertThat(mkfifo.waitFor()).isZero();

            // when
            InboxScanner.Scan scan = scan(job("reg_*", null));

            // then
            assertThat(listed(scan)).containsExactly("registrations:reg_1.csv");
            assertThat(scan.notRegular()).containsExactly("reg_fifo.csv", "reg_key.csv", "reg_same.csv");
        }
    }
}
