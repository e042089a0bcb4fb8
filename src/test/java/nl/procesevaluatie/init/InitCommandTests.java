package nl.procesevaluatie.init;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import nl.procesevaluatie.job.JobFile;
import nl.procesevaluatie.job.JobFileReader;
import nl.procesevaluatie.run.Evaluate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** {@code ./evaluate init} end to end: the draft it writes is a valid job file and runs with exit code 0. */
class InitCommandTests {
    private static final Charset CP1252 = Charset.forName("windows-1252");
    private static final Path REAL_EXPORTS = Path.of("..", "shared", "real-exports").toAbsolutePath().normalize();
    private static final String REGISTRATIONS = "Trajectnummer;Organisatie;Aanmelddatum\nT1;Org A;01-02-2024\nT2;Org A;02-02-2024\nT3;Org B;03-02-2024\n";

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int evaluate(String... args) {
        return Evaluate.run(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String stdout() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String stderr() {
        return err.toString(StandardCharsets.UTF_8);
    }

    /** quality.&lt;dataset&gt;.&lt;count&gt; of scope all, from indicators.csv. */
    private static Map<String, Long> quality(Path outDir) throws IOException {
        Map<String, Long> q = new TreeMap<>();
        for (String line : Files.readAllLines(outDir.resolve("indicators.csv"))) {
            String[] c = line.split(",", -1);
            if (c[0].startsWith("quality.") && c[1].equals("all")) {
                q.put(c[0], Long.parseLong(c[6]));
            }
        }
        return q;
    }

    /** A small Dutch inbox: Excel registrations and attendance, two nights and a correction, and a Qualtrics export. */
    private Path dutchInbox() throws IOException {
        Path inbox = Files.createDirectories(dir.resolve("evaluaties/jeugd/inbox"));
        StringBuilder reg = new StringBuilder("Trajectnummer;Clientnummer;Interventie;Organisatie;Gemeente;Aanmelddatum;Startdatum;Einddatum;Reden einde\n");
        StringBuilder ses = new StringBuilder("Trajectnummer;Gesprek;Datum;Aanwezig;Onderdelen\n");
        for (int t = 1; t <= 30; t++) {
            String org = t % 3 == 0 ? "Eén Stap Verder" : "Hulp & Schuld";
            reg.append("TR-").append(t).append(";CL98").append(700 + t).append(";").append(t == 7 ? "GOG" : "PE").append(";").append(org)
                    .append(";Ede;").append(t % 28 + 1).append("-1-2024;").append(String.format("%02d", t % 28 + 1)).append("-02-2024;")
                    .append(t % 2 == 0 ? "01-04-2024;Afgerond" : ";").append('\n');
            for (int s = 1; s <= 4; s++) {
                ses.append("TR-").append(t).append(';').append(s).append(';').append(t % 28 + 1).append("-").append(2 + s / 2).append("-2024;")
                        .append(s == 3 && t % 5 == 0 ? "Afgemeld" : "Ja").append(";uitleg, oefenen\n");
            }
        }
        Files.write(inbox.resolve("registraties_20240331.csv"), reg.toString().replace("\n", "\r\n").getBytes(CP1252));
        Files.write(inbox.resolve("registraties_20240331_correctie.csv"),
                "Trajectnummer;Clientnummer;Interventie;Organisatie;Gemeente;Aanmelddatum;Startdatum;Einddatum;Reden einde\r\nTR-1;CL98701;PE;Hulp & Schuld;Ede;2-1-2024;02-02-2024;;\r\n"
                        .getBytes(CP1252));
        Files.write(inbox.resolve("contacten_20240331.csv"), ses.toString().getBytes(CP1252));
        StringBuilder q = new StringBuilder("\uFEFFStartDate,RecordedDate,ResponseId,trajectnr,Q1_1,Q1_2\n"
                + "Start Date,Recorded Date,Response ID,trajectnr,De training hielp mij,Ik raad het aan\n"
                + "\"{\"\"ImportId\"\":\"\"startDate\"\"}\",\"{\"\"ImportId\"\":\"\"recordedDate\"\"}\",\"{\"\"ImportId\"\":\"\"_recordId\"\"}\","
                + "\"{\"\"ImportId\"\":\"\"trajectnr\"\"}\",\"{\"\"ImportId\"\":\"\"QID1_1\"\"}\",\"{\"\"ImportId\"\":\"\"QID1_2\"\"}\"\n");
        for (int t = 1; t <= 12; t++) {
            q.append("2024-04-0").append(t % 9 + 1).append(" 10:00:00,2024-04-0").append(t % 9 + 1).append(" 10:05:00,R_x7Gq").append(1000 + t)
                    .append(",TR-").append(t).append(',').append(t % 5 + 1).append(',').append(t == 4 ? "-99" : String.valueOf(t % 4 + 2)).append('\n');
        }
        Files.writeString(inbox.resolve("qualtrics_evaluatie_20240405.csv"), q.toString());
        return inbox;
    }

    @Test
    void a_draft_for_a_dutch_inbox_is_valid_runs_at_once_and_accepts_every_good_row() throws IOException {
        // given
        Path inbox = dutchInbox();
        Path job = dir.resolve("evaluaties/jeugd/jobs/jeugd.yaml");

        // when
        int init = evaluate("init", inbox.toString(), "--out", job.toString());

        // then: the table per file, and a draft the reader accepts
        assertThat(init).as(stderr()).isZero();
        assertThat(stdout()).contains("registraties_20240331_correctie.csv", "registrations", "windows-1252", "';'")
                .contains("qualtrics_evaluatie_20240405.csv", "qualtrics_evaluatie (responsiveness)", "UTF-8 (BOM)", "3 ")
                .contains("Draft written to " + job);
        String draft = Files.readString(job);
        JobFile read = new JobFileReader().read(job);
        assertThat(read.evaluation()).isEqualTo("jeugd");
        assertThat(read.intervention().code()).isEqualTo("PE");
        assertThat(read.intervention().plannedSessions()).isEqualTo(4);
        assertThat(read.intervention().coreComponents()).containsExactly("uitleg", "oefenen");
        assertThat(read.registrations().files()).isEqualTo("registraties_*.csv");
        assertThat(read.sessions().values().get("attended")).containsEntry("Afgemeld", "false");
        assertThat(read.instruments()).singleElement().satisfies(i -> {
            assertThat(i.file().skipRowsAfterHeader()).isEqualTo(2);
            assertThat(i.file().missingValues()).containsExactly("-99");
            assertThat(i.file().columns()).containsEntry("respondent_id", "ResponseId").containsEntry("date", "RecordedDate")
                    .containsEntry("traject_id", "trajectnr");
        });
        assertThat(draft).contains("# TODO: the evaluation's implementation goals", "# goals:", "date_format: d-M-yyyy")
                .contains("30 of 31 rows name it"); // 29 trajects and the correction name PE, one GOG
        // no raw identifier of a client, traject or respondent is written
        assertThat(draft).doesNotContain("CL987", "TR-1", "R_x7Gq");

        // when: the draft as it is
        int run = evaluate(job.toString(), "--out", dir.resolve("out").toString(), "--as-of", "2024-06-30");

        // then
        assertThat(run).as(stderr()).isZero();
        Map<String, Long> q = quality(dir.resolve("out"));
        assertThat(q).containsEntry("quality.registrations.read", 31L).containsEntry("quality.registrations.accepted", 30L)
                .containsEntry("quality.registrations.skipped", 1L).containsEntry("quality.sessions.accepted", 120L)
                .containsEntry("quality.sessions.rejected", 0L).containsEntry("quality.qualtrics_evaluatie.accepted", 12L)
                .containsEntry("quality.files_refused", 0L);
    }

    @Test
    void without_an_inbox_folder_it_says_how_to_call_it() {
        assertThat(evaluate("init")).isEqualTo(2);
        assertThat(stderr()).isEqualTo("error: no inbox folder given (./evaluate init INBOX_DIR [--out JOB.yaml])\n");
    }

    @Test
    void a_folder_without_csv_files_writes_nothing() throws IOException {
        Path empty = Files.createDirectories(dir.resolve("leeg"));
        Path job = dir.resolve("leeg.yaml");

        assertThat(evaluate("init", empty.toString(), "--out", job.toString())).isEqualTo(2);
        assertThat(stderr()).isEqualTo("error: no CSV files (*.csv) in " + empty + "\n");
        assertThat(job).doesNotExist();
    }

    @Test
    void an_existing_job_file_is_kept_unless_forced() throws IOException {
        Path inbox = Files.createDirectories(dir.resolve("inbox"));
        Files.writeString(inbox.resolve("registraties.csv"), REGISTRATIONS);
        Path job = Files.writeString(dir.resolve("job.yaml"), "mine\n");

        assertThat(evaluate("init", inbox.toString(), "--out", job.toString())).isEqualTo(2);
        assertThat(stderr()).endsWith("job.yaml exists; choose another --out or add --force to overwrite it\n");
        assertThat(Files.readString(job)).isEqualTo("mine\n");

        assertThat(evaluate("init", inbox.toString(), "--out", job.toString(), "--force")).isZero();
        assertThat(Files.readString(job)).startsWith("# Job-file draft");
    }

    static Stream<String> realExports() throws IOException {
        if (!Files.isDirectory(REAL_EXPORTS)) {
            return Stream.of("(../shared/real-exports is not beside this clone)");
        }
        try (Stream<Path> s = Files.list(REAL_EXPORTS)) {
            return s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".csv")).sorted().toList().stream();
        }
    }

    /** Each real export beside a small hand-written registrations file: the draft runs and accounts for every row. */
    @ParameterizedTest
    @MethodSource("realExports")
    void a_draft_for_each_real_export_runs(String file) throws IOException {
        assumeTrue(Files.isRegularFile(REAL_EXPORTS.resolve(file)), "../shared/real-exports is not beside this clone");
        // given
        Path inbox = Files.createDirectories(dir.resolve("survey/inbox"));
        Files.copy(REAL_EXPORTS.resolve(file), inbox.resolve(file));
        Files.writeString(inbox.resolve("registraties.csv"), REGISTRATIONS);
        Path job = dir.resolve("survey/survey.yaml");

        // when
        assertThat(evaluate("init", inbox.toString(), "--out", job.toString())).as(stderr()).isZero();
        new JobFileReader().read(job);
        int run = evaluate(job.toString(), "--out", dir.resolve("out").toString(), "--as-of", "2030-01-01");

        // then
        assertThat(run).as(stderr()).isZero();
        assertThat(stderr()).doesNotContain("Exception").doesNotContain("\tat ");
        Map<String, Long> q = quality(dir.resolve("out"));
        assertThat(q).containsEntry("quality.registrations.accepted", 3L);
        List<String> datasets = new ArrayList<>();
        q.keySet().stream().filter(k -> k.endsWith(".read")).forEach(k -> datasets.add(k.substring(8, k.length() - 5)));
        for (String d : datasets) {
            assertThat(q.get("quality." + d + ".read")).as(d)
                    .isEqualTo(q.get("quality." + d + ".accepted") + q.get("quality." + d + ".rejected") + q.get("quality." + d + ".skipped"));
        }
    }
}
