package nl.procesevaluatie.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a nightly run meets unattended: a second run at once, a file still being copied, cumulative exports. */
class UnattendedRunTests {
    @TempDir
    Path dir;

    private static final String JOB = """
            inbox: inbox
            as_of: 2022-06-30
            intervention: {code: PE, planned_sessions: 4}
            datasets:
              registrations:
                files: "registraties*.csv"
                columns: {traject_id: Traject, organisation: Organisatie, registered_on: Aanmelddatum, started_on: Start}
            instruments:
            - id: tevredenheid
              kind: responsiveness
              files: "tevredenheid*.csv"
              scale: [1, 10]
              date_format: "yyyy-MM-dd HH:mm:ss"
              columns: {respondent_id: Respondent, traject_id: Traject, date: Ingevuld}
              items: [{column: Cijfer}]
            """;

    private Path job() throws IOException {
        Files.createDirectories(dir.resolve("inbox"));
        Path job = dir.resolve("job.yaml");
        Files.writeString(job, JOB);
        return job;
    }

    private static String registrations(int n) {
        StringBuilder sb = new StringBuilder("Traject,Organisatie,Aanmelddatum,Start,Opmerking\n");
        for (int i = 1; i <= n; i++) {
            sb.append("T").append(i).append(",Org ").append(i % 3).append(",2022-01-").append(String.format("%02d", 1 + i % 28))
                    .append(",2022-02-").append(String.format("%02d", 1 + i % 28)).append(",\"opmerking\nover twee regels\"\n");
        }
        return sb.toString();
    }

    /** Cumulative survey export of the first n responses, as a survey tool writes it every night. */
    private static String responses(int n) {
        StringBuilder sb = new StringBuilder("Respondent,Traject,Ingevuld,Cijfer\n");
        for (int i = 1; i <= n; i++) {
            sb.append("R").append(i).append(",T").append(i).append(",2022-03-").append(String.format("%02d", 1 + i % 28))
                    .append(" 10:").append(String.format("%02d", i % 60)).append(":00,").append(1 + i % 10).append('\n');
        }
        return sb.toString();
    }

    @Test
    void aHalfWrittenFileLoadsItsCompleteRowsAndTheCompletedFileNextNightLosesNothingAndDoublesNothing() throws IOException {
        Path job = job();
        String full = registrations(40);
        // given a file cut off inside the quoted remark of its 31st record
        int cut = full.indexOf("over twee", full.indexOf("\nT31,") + 1);
        Files.writeString(dir.resolve("inbox/registraties_1.csv"), full.substring(0, cut));
        assertThat(Outputs.evaluate(job.toString(), "--out", dir.resolve("out").toString())).isZero();
        assertThat(Outputs.text(dir.resolve("out/indicators.csv"))).contains("reach.registered,all,,all,30,,30,");
        assertThat(Outputs.text(dir.resolve("out/rejects.csv"))).contains("registraties_1.csv,62,registrations,,,unterminated");

        // when the copy completes and the next night runs
        Files.writeString(dir.resolve("inbox/registraties_1.csv"), full);
        assertThat(Outputs.evaluate(job.toString(), "--out", dir.resolve("out").toString())).isZero();

        // then the outputs are those of one run over the complete file
        Path reference = dir.resolve("reference");
        Files.createDirectories(reference.resolve("inbox"));
        Files.writeString(reference.resolve("inbox/registraties_1.csv"), full);
        Files.writeString(reference.resolve("job.yaml"), JOB);
        assertThat(Outputs.evaluate(reference.resolve("job.yaml").toString(), "--out", reference.resolve("out").toString())).isZero();
        for (String f : List.of("indicators.csv", "indicators-public.csv", "rejects.csv")) {
            assertThat(Outputs.text(dir.resolve("out").resolve(f))).as(f).isEqualTo(Outputs.text(reference.resolve("out").resolve(f)));
        }
        assertThat(Outputs.text(dir.resolve("out/indicators.csv"))).contains("reach.registered,all,,all,40,,40,");
    }

    @Test
    void threeNightsOfCumulativeSurveyExportsGiveTheFiguresOfOneExport() throws IOException {
        Path job = job();
        Files.writeString(dir.resolve("inbox/registraties_1.csv"), registrations(60));
        Path out = dir.resolve("out");
        int[] nights = {20, 45, 60};
        for (int i = 0; i < nights.length; i++) {
            Files.writeString(dir.resolve("inbox/tevredenheid_" + (i + 1) + ".csv"), responses(nights[i]));
            assertThat(Outputs.evaluate(job.toString(), "--out", out.toString())).isZero();
        }

        Path once = dir.resolve("once");
        Files.createDirectories(once.resolve("inbox"));
        Files.writeString(once.resolve("inbox/registraties_1.csv"), registrations(60));
        Files.writeString(once.resolve("inbox/tevredenheid_3.csv"), responses(60));
        Files.writeString(once.resolve("job.yaml"), JOB);
        assertThat(Outputs.evaluate(once.resolve("job.yaml").toString(), "--out", once.resolve("out").toString())).isZero();

        List<String> figures = nonQualityRows(out.resolve("indicators.csv"));
        assertThat(figures).isEqualTo(nonQualityRows(once.resolve("out/indicators.csv")));
        assertThat(figures).anyMatch(l -> l.startsWith("fidelity.responsiveness,all,,all,") && l.contains(",60,"));
    }

    /** The quality rows differ by design: three files were read, 125 rows, against one file of 60. */
    private static List<String> nonQualityRows(Path indicators) {
        return Outputs.text(indicators).lines().filter(l -> !l.startsWith("quality.")).toList();
    }

    @Test
    void aSecondRunOfTheSameEvaluationWaitsOrRefusesAndTheStoreStaysIntact() throws Exception {
        Path job = job();
        for (int i = 1; i <= 6; i++) {
            Files.writeString(dir.resolve("inbox/registraties_" + i + ".csv"), registrations(10 * i));
        }
        Path out = dir.resolve("out");
        // given a first run in another process, slowed down so it holds the lock for a few seconds
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process first = new ProcessBuilder(new ArrayList<>(List.of(java, "-cp", System.getProperty("java.class.path"),
                "-Dprocesevaluatie.test.pauseAfterFileMillis=1000", Evaluate.class.getName(), job.toString(), "--out",
                out.toString()))).redirectErrorStream(true).redirectOutput(dir.resolve("first.log").toFile()).start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!Files.exists(out.resolve("logs")) && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        Thread.sleep(500);

        // when a second run starts that may wait one second only
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int refused = Evaluate.run(List.of(job.toString(), "--out", out.toString(), "--wait", "1"), System.out,
                new PrintStream(err, true, StandardCharsets.UTF_8));

        // then it refuses with one line naming the holder
        assertThat(refused).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("another run of this evaluation holds", "process ");

        // and a third that may wait long enough runs after the first, on an intact store
        int waited = Evaluate.run(List.of(job.toString(), "--out", out.toString(), "--wait", "120"), System.out, System.err);
        assertThat(waited).isZero();
        assertThat(first.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(first.exitValue()).isZero();
        assertThat(Outputs.text(out.resolve("indicators.csv"))).contains("reach.registered,all,,all,60,,60,")
                .contains("quality.registrations.read,all,,all,210,,210,");
    }
}
