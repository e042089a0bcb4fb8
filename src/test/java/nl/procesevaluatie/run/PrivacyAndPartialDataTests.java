package nl.procesevaluatie.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import nl.procesevaluatie.ingest.Pseudonymiser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Issue 12 end to end: no raw client or respondent id, and no line of a file behind a symbolic link, is
 * found anywhere under the output folder (outputs, log and store); partial data says so.
 */
class PrivacyAndPartialDataTests {
    @TempDir
    Path dir;

    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return Evaluate.run(List.of(args), new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private static final String JOB = """
            evaluation: privacy
            inbox: inbox
            output: out
            as_of: 2022-03-31
            intervention: {code: PE, planned_sessions: 4}
            datasets:
              registrations:
                files: "reg*.csv"
                columns: {traject_id: Traject, client_id: Client, organisation: Organisatie, registered_on: Aanmelddatum}
            instruments:
              - id: tevreden
                kind: survey
                files: "tev*.csv"
                scale: [1, 5]
                columns: {respondent_id: Respondent, date: Datum}
                items: [{column: Cijfer}]
            """;

    private Path job() throws IOException {
        Files.createDirectories(dir.resolve("inbox"));
        Path job = dir.resolve("job.yaml");
        Files.writeString(job, JOB);
        return job;
    }

    private void inbox(String name, String content) throws IOException {
        Files.writeString(dir.resolve("inbox").resolve(name), content);
    }

    @Test
    void noRawIdAndNoLineOfALinkedFileAppearsUnderTheOutputFolder() throws IOException {
        Path job = job();
        inbox("reg_1.csv", "Traject,Client,Organisatie,Aanmelddatum\nT1,CL-900001,Org A,2022-01-05\nT2,CL-900002,Org A,2022-01-06\n");
        // an export without its header line: its first row becomes the "header"
        inbox("reg_2.csv", "T3,CL-777777,Org A,2022-01-07\nT4,CL-777778,Org A,2022-01-08\n");
        inbox("tev_1.csv", "Respondent,Datum,Cijfer\njan.jansen@example.nl,2022-02-01,4\nCL-900001,2022-02-02,5\n");
        // respondents without a header line either
        inbox("tev_2.csv", "piet.pietersen@example.nl,2022-02-01,4\n");
        Path key = Pseudonymiser.defaultKeyFile();
        Pseudonymiser.fromKeyFile(key); // make sure it exists, as after a first run
        Files.createSymbolicLink(dir.resolve("inbox/reg_key.csv"), key.toAbsolutePath());
        Files.createSymbolicLink(dir.resolve("inbox/reg_passwd.csv"), Path.of("/etc/passwd"));

        assertThat(run(job.toString())).isZero();

        List<String> secrets = new ArrayList<>(List.of("CL-900001", "CL-900002", "CL-777777", "CL-777778",
                "jan.jansen@example.nl", "piet.pietersen@example.nl"));
        Files.readAllLines(key).stream().map(String::strip).filter(l -> l.length() >= 8).forEach(secrets::add);
        Files.readAllLines(Path.of("/etc/passwd")).stream().filter(l -> l.length() >= 8).forEach(secrets::add);
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(dir.resolve("out"))) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                byte[] bytes = Files.readAllBytes(f);
                for (String s : secrets) {
                    for (Charset cs : List.of(StandardCharsets.UTF_8, StandardCharsets.UTF_16BE, StandardCharsets.UTF_16LE)) {
                        if (indexOf(bytes, s.getBytes(cs)) >= 0) {
                            found.add(dir.resolve("out").relativize(f) + ": " + s);
                        }
                    }
                }
            }
        }
        assertThat(found).isEmpty();
        assertThat(err.toString(StandardCharsets.UTF_8)).doesNotContain("CL-777777", "piet.pietersen");
        // the links are listed by name and never opened; the header-less files are refused saying why
        JsonNode json = JsonMapper.builder().build().readTree(dir.resolve("out/run.json").toFile());
        assertThat(json.get("notices").toString()).contains("reg_key.csv", "reg_passwd.csv", "symbolic link")
                .contains("looks like data, not column names");
        assertThat(Files.readString(dir.resolve("out/report.html"))).contains("reg_key.csv", "snelkoppeling");
    }

    @Test
    void aHalfWrittenExportIsSaidToBePartialOnTheTerminalInRunJsonAndInTheReportOnEveryRun() throws IOException {
        Path job = job();
        StringBuilder rows = new StringBuilder("Traject,Client,Organisatie,Aanmelddatum\n");
        for (int i = 1; i <= 9; i++) {
            rows.append("T").append(i).append(",C").append(i).append(",Org A,2022-01-0").append(i).append('\n');
        }
        inbox("reg_1.csv", rows + "T10,C10,Or"); // cut off while being written: line 11 has no line end
        inbox("tev_1.csv", "Respondent,Datum,Cijfer\nR1,2022-02-01,4\n");

        assertThat(run(job.toString())).isZero();
        assertPartial("reg_1.csv ends in the middle of a record (line 11)", "reg_1.csv houdt midden in een regel op (regel 11)");

        // the next night, with nothing new, says it again
        err.reset();
        assertThat(run(job.toString())).isZero();
        assertPartial("reg_1.csv ends in the middle of a record (line 11)", "reg_1.csv houdt midden in een regel op (regel 11)");
    }

    @Test
    void anEmptyInboxAndARefusedFileLeftInTheInboxAreSaid() throws IOException {
        Path job = job();
        assertThat(run(job.toString())).isZero();
        assertPartial("no trajects", "Er zijn geen trajecten");

        inbox("reg_1.csv", "Traject;Klant;Organisatie;Aanmelddatum\nT1;C1;Org A;2022-01-05\n");
        err.reset();
        assertThat(run(job.toString())).isZero();
        assertPartial("reg_1.csv was refused", "reg_1.csv is geweigerd");
        err.reset();
        assertThat(run(job.toString())).isZero();
        assertPartial("reg_1.csv was refused", "reg_1.csv is geweigerd");
    }

    @Test
    void checkExitsWith3WhenAFileWouldBeRefused() throws IOException {
        Path job = job();
        inbox("reg_1.csv", "Traject,Client,Organisatie,Aanmelddatum\nT1,C1,Org A,2022-01-05\n");
        assertThat(run(job.toString(), "--check")).isZero();

        inbox("reg_2.csv", "T3,C3,Org A,2022-01-07\n");
        assertThat(run(job.toString(), "--check")).isEqualTo(3);
        assertThat(dir.resolve("out")).doesNotExist();
    }

    private void assertPartial(String terminal, String banner) throws IOException {
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("partial: ").contains(terminal).contains("the figures are partial");
        JsonNode json = JsonMapper.builder().build().readTree(dir.resolve("out/run.json").toFile());
        assertThat(json.get("complete").asBoolean()).isFalse();
        assertThat(json.get("notices").toString()).contains(terminal);
        String html = Files.readString(dir.resolve("out/report.html"));
        assertThat(html).contains("class=\"partial\"").contains(banner);
    }

    private static int indexOf(byte[] hay, byte[] needle) {
        outer:
        for (int i = 0; i <= hay.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (hay[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
