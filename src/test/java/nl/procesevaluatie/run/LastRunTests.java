package nl.procesevaluatie.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 17: a run that finds nothing new keeps the last run's outputs (not one byte or time changes), and
 * anything that could change an output makes it compute again: a new inbox file, another reference date,
 * an edited job file, an output deleted or touched, a record left by a run that did not finish.
 */
class LastRunTests {
    @TempDir
    Path tmp;

    Path job;
    Path out;

    @BeforeEach
    void firstRun() throws IOException {
        Path inbox = Files.createDirectories(tmp.resolve("input-samples/psycho-educatie"));
        try (Stream<Path> files = Files.list(Path.of("input-samples/psycho-educatie"))) {
            for (Path f : files.toList()) {
                Files.copy(f, inbox.resolve(f.getFileName()));
            }
        }
        job = Files.createDirectories(tmp.resolve("jobs")).resolve("job.yaml");
        Files.copy(Path.of("jobs/psycho-educatie.yaml"), job);
        out = tmp.resolve("out");
        assertThat(run()).isTrue();
    }

    /** Runs the evaluation; true when it computed, false when the last run's outputs stood. */
    private boolean run(String... more) {
        String[] args = Stream.concat(Stream.of(job.toString(), "--out", out.toString()), Stream.of(more)).toArray(String[]::new);
        assertThat(Outputs.evaluate(args)).isZero();
        String json = Outputs.text(out.resolve("run.json"));
        assertThat(json).containsAnyOf("\"recomputed\" : true", "\"recomputed\" : false");
        return json.contains("\"recomputed\" : true");
    }

    /** Every output with its bytes and modification time, but run.json, the logs and the store. */
    private Map<String, String> outputs() throws IOException {
        Map<String, String> m = new TreeMap<>();
        try (Stream<Path> files = Files.walk(out)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                String rel = out.relativize(f).toString();
                if (!rel.startsWith("store") && !rel.startsWith("logs") && !rel.equals("run.json") && !rel.startsWith(".")) {
                    m.put(rel, Files.getLastModifiedTime(f) + " " + java.util.Arrays.hashCode(Files.readAllBytes(f)));
                }
            }
        }
        return m;
    }

    @Test
    void aRunWithNothingNewKeepsEveryOutputAsItWasAndSaysSo() throws IOException {
        Map<String, String> before = outputs();
        assertThat(before).containsKeys("indicators.csv", "report.html", "analysis/trajects.csv");
        assertThat(before.keySet()).anyMatch(k -> k.startsWith("organisaties/"));

        assertThat(run()).as("nothing new").isFalse();

        assertThat(outputs()).isEqualTo(before);
        assertThat(Outputs.text(out.resolve("run.json"))).contains("\"complete\" : false"); // the last run's notice is repeated
    }

    @Test
    void anotherReferenceDateOrOptionComputesAgain() {
        assertThat(run("--as-of", "2022-03-30")).isTrue();
        assertThat(run("--as-of", "2022-03-30")).isFalse();
        assertThat(run()).as("back to the job's as_of").isTrue();
        assertThat(run("--lang", "en")).isTrue();
    }

    @Test
    void aNewInboxFileOrAnEditedJobFileComputesAgain() throws IOException {
        Path inbox = tmp.resolve("input-samples/psycho-educatie");
        // a copy under a new name loads nothing, but the report's file list changes
        Files.copy(inbox.resolve("borging_20211115.csv"), inbox.resolve("borging_20211116.csv"));
        assertThat(run()).isTrue();
        assertThat(run()).isFalse();

        Files.writeString(job, Files.readString(job) + "\n# edited\n");
        assertThat(run()).isTrue();
    }

    @Test
    void aDeletedOrTouchedOutputComputesAgainAndIsWrittenAnew() throws IOException {
        Path report;
        try (Stream<Path> orgs = Files.list(out.resolve("organisaties"))) {
            report = orgs.findFirst().orElseThrow().resolve("report.html");
        }
        String html = Files.readString(report);
        Files.delete(report);
        assertThat(run()).isTrue();
        assertThat(Files.readString(report)).isEqualTo(html);

        Files.setLastModifiedTime(out.resolve("indicators.csv"), FileTime.fromMillis(0));
        assertThat(run()).isTrue();
    }

    @Test
    void aRunThatDidNotFinishLeavesNoRecordSoTheNextComputes() throws IOException {
        // what a run does before it recomputes, then dies before writing the outputs and the record
        LastRun.forget(out);
        assertThat(out.resolve(LastRun.FILE)).doesNotExist();
        assertThat(run()).isTrue();
        assertThat(out.resolve(LastRun.FILE)).exists();

        // a record that cannot be read is no record
        Files.writeString(out.resolve(LastRun.FILE), "{\"inputs\": ");
        assertThat(run()).isTrue();
        assertThat(run()).isFalse();
    }
}
