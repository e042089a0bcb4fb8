package nl.procesevaluatie.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The store's promise: the outputs depend on the inbox only, not on how many runs, nights or crashes it
 * took to read it (data-contract.md, "The inbox").
 */
class RerunTests {
    private static final Path CASE = Outputs.ACCEPTANCE.resolve("dutch-excel-errors");
    private static final List<String> OUTPUTS = List.of("indicators.csv", "indicators-public.csv", "rejects.csv");

    @TempDir
    Path tmp;

    @BeforeEach
    void needsShared() {
        assumeTrue(Files.isDirectory(CASE), "../shared/acceptance is not beside this clone");
    }

    @Test
    void aRerunOnAnUnchangedInboxChangesNoByte() {
        Path job = copyCase(tmp.resolve("case"));
        Path out = tmp.resolve("out");
        assertThat(Outputs.evaluate(job.toString(), "--out", out.toString())).isZero();
        List<String> first = OUTPUTS.stream().map(f -> Outputs.text(out.resolve(f))).toList();
        String report = Outputs.reportWithoutRunTime(out.resolve("report.html"));

        LastRun.forget(out); // else the second run keeps the first one's outputs (LastRunTests): compute them again
        assertThat(Outputs.evaluate(job.toString(), "--out", out.toString())).isZero();
        assertThat(Outputs.text(out.resolve("run.json"))).contains("\"recomputed\" : true");

        assertThat(OUTPUTS.stream().map(f -> Outputs.text(out.resolve(f))).toList()).isEqualTo(first);
        assertThat(Outputs.reportWithoutRunTime(out.resolve("report.html"))).isEqualTo(report);
    }

    @Test
    void nightByNightEndsLikeOneRunOverAllFiles() throws IOException {
        Path oneRun = tmp.resolve("one");
        assertThat(Outputs.evaluate(copyCase(tmp.resolve("all")).toString(), "--out", oneRun.toString())).isZero();

        // given the same inbox, fed in three nights by the date in each file name
        Path job = copyCase(tmp.resolve("nights"));
        Path inbox = job.getParent().resolve("inbox");
        Path held = Files.createDirectories(tmp.resolve("held"));
        TreeMap<String, List<Path>> nights = new TreeMap<>();
        try (Stream<Path> files = Files.list(inbox)) {
            for (Path f : files.toList()) {
                Matcher m = Pattern.compile("(20\\d\\d)-?(\\d\\d)-?(\\d\\d)").matcher(f.getFileName().toString());
                nights.computeIfAbsent(m.find() ? m.group(1) + m.group(2) + m.group(3) : "0", k -> new ArrayList<>()).add(f);
                Files.move(f, held.resolve(f.getFileName()));
            }
        }
        assertThat(nights).hasSizeGreaterThanOrEqualTo(3);
        Path out = tmp.resolve("out");
        for (List<Path> night : nights.values()) {
            for (Path f : night) {
                Files.move(held.resolve(f.getFileName()), f);
            }
            assertThat(Outputs.evaluate(job.toString(), "--out", out.toString())).isZero();
        }

        for (String f : OUTPUTS) {
            assertThat(Outputs.text(out.resolve(f))).as(f).isEqualTo(Outputs.text(oneRun.resolve(f)));
        }
    }

    @Test
    void aRunKilledDuringIngestAndStartedAgainEndsInTheSameOutputs() throws Exception {
        Path reference = tmp.resolve("reference");
        assertThat(Outputs.evaluate(copyCase(tmp.resolve("ref")).toString(), "--out", reference.toString())).isZero();

        Path job = copyCase(tmp.resolve("killed"));
        Path out = tmp.resolve("out");
        for (int filesBeforeKill : new int[] {2, 9, 17}) {
            // when a child JVM is killed with SIGKILL while it ingests
            Process child = childRun(job, out);
            assertThat(waitForIngestedFiles(out, filesBeforeKill, child)).as("files ingested before the kill; log: "
                    + Outputs.text(tmp.resolve("child.log"))).isGreaterThanOrEqualTo(filesBeforeKill);
            // it was killed, not finished: a run that ends on its own would prove nothing about a crash
            assertThat(child.isAlive()).as("the child still ran when it was killed").isTrue();
            child.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
            assertThat(out.resolve("indicators.csv")).as("no killed run got as far as its outputs").doesNotExist();
        }
        // then a plain rerun finishes the job
        assertThat(Outputs.evaluate(job.toString(), "--out", out.toString())).isZero();
        for (String f : OUTPUTS) {
            assertThat(Outputs.text(out.resolve(f))).as(f).isEqualTo(Outputs.text(reference.resolve(f)));
        }
    }

    private Process childRun(Path job, Path out) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> cmd = List.of(java, "-cp", System.getProperty("java.class.path"),
                "-Dprocesevaluatie.test.pauseAfterFileMillis=300", "-Djava.awt.headless=true",
                Evaluate.class.getName(), job.toString(), "--out", out.toString());
        return new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(tmp.resolve("child.log").toFile()).start();
    }

    /** Waits until the run's logs show the given number of ingested files (or the child ends); returns the number seen. */
    private static long waitForIngestedFiles(Path out, int files, Process child) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        long ingested = 0;
        while (System.nanoTime() < deadline && child.isAlive()) {
            ingested = 0;
            Path logs = out.resolve("logs");
            if (Files.isDirectory(logs)) {
                try (Stream<Path> s = Files.list(logs)) {
                    for (Path log : s.toList()) {
                        ingested += Outputs.text(log).lines().filter(l -> l.contains(" ingest ") || l.contains(" refused: ")).count();
                    }
                }
            }
            if (ingested >= files) {
                return ingested;
            }
            Thread.sleep(50);
        }
        return ingested;
    }

    private static Path copyCase(Path dir) {
        Outputs.copyTree(CASE.resolve("inbox"), dir.resolve("inbox"));
        try {
            Files.copy(CASE.resolve("job.yaml"), dir.resolve("job.yaml"));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return dir.resolve("job.yaml");
    }

}
