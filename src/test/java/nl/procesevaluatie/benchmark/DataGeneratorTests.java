package nl.procesevaluatie.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import nl.procesevaluatie.run.Evaluate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The benchmark's data generator: deterministic for a seed, and every file holds the rows it reports. */
class DataGeneratorTests {
    @TempDir
    Path dir;

    private static final DataGenerator.Options OPTIONS = DataGenerator.Options.of(200, 42);

    @Test
    void theSameSeedGivesTheSameBytesAndAnotherSeedOtherData() throws IOException {
        DataGenerator.generate(dir.resolve("a"), OPTIONS);
        DataGenerator.generate(dir.resolve("b"), OPTIONS);
        DataGenerator.generate(dir.resolve("c"), DataGenerator.Options.of(200, 43));

        Map<String, byte[]> a = contents(dir.resolve("a"));
        assertThat(a.keySet()).contains("job.yaml", "generator.properties", "inbox/registraties_20241128.csv",
                "inbox/contacten_20241128.csv", "inbox/registraties_20241129_correctie.csv");
        Map<String, byte[]> b = contents(dir.resolve("b"));
        assertThat(b.keySet()).isEqualTo(a.keySet());
        a.forEach((name, bytes) -> assertThat(Arrays.equals(b.get(name), bytes)).as(name + " is the same").isTrue());

        Map<String, byte[]> c = contents(dir.resolve("c"));
        assertThat(Arrays.equals(c.get("inbox/contacten_20241128.csv"), a.get("inbox/contacten_20241128.csv")))
                .as("another seed gives other sessions").isFalse();
    }

    @Test
    void everyFileHoldsTheRowsItReportsAndTheSizesAreRealistic() throws IOException {
        DataGenerator.Result r = DataGenerator.generate(dir, OPTIONS);

        for (Map.Entry<String, Long> e : r.rowsPerFile().entrySet()) {
            Path file = dir.resolve("inbox").resolve(e.getKey());
            int extraHeaderRows = e.getKey().startsWith("tevredenheid_") ? 1 : 0;
            assertThat(records(file) - 1 - extraHeaderRows).as(e.getKey()).isEqualTo(e.getValue());
        }
        try (Stream<Path> s = Files.list(dir.resolve("inbox"))) {
            assertThat(s.map(p -> p.getFileName().toString()).sorted().toList()).isEqualTo(List.copyOf(r.rowsPerFile().keySet()));
        }
        // four nights, each with a registrations and a sessions export; the second with the correction
        for (String night : List.of("20241128", "20241129", "20241130", "20241201")) {
            assertThat(r.rowsPerFile().keySet()).contains("registraties_" + night + ".csv", "contacten_" + night + ".csv");
        }
        assertThat(r.rowsPerFile().getOrDefault("registraties_20241129_correctie.csv", 0L)).isPositive();
        assertThat(r.asOf()).hasToString("2024-12-01");
        // about one registration per traject, about twelve sessions per traject
        assertThat(r.registrations()).isBetween(200L, 220L);
        assertThat(r.sessions()).isBetween(200L * 9, 200L * 14);
        assertThat(r.rowsPerDataset().keySet()).containsOnly("registrations", "sessions", "midi", "tevredenheid", "observatie",
                "opvoedstress");
        assertThat(Files.readString(dir.resolve("generator.properties"))).contains("trajects=200", "seed=42", "nights=4",
                "rows.contacten_20241128.csv=" + r.rowsPerFile().get("contacten_20241128.csv"));
    }

    @Test
    void theJobFileIsValidAndTheRunWouldRefuseNoFileAndRejectFewRows() throws IOException {
        DataGenerator.Result r = DataGenerator.generate(dir, DataGenerator.Options.of(2000, 7));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();

        int code = Evaluate.run(List.of(r.jobFile().toString(), "--check"), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));

        String report = out.toString(StandardCharsets.UTF_8);
        assertThat(code).as(err.toString(StandardCharsets.UTF_8)).isZero();
        assertThat(report).contains("is valid", "4 instruments", "0 would be refused").doesNotContain("REFUSED");
        long read = 0, rejected = 0, skipped = 0;
        for (String line : report.lines().toList()) {
            var m = java.util.regex.Pattern.compile(" (\\d+) rows: (\\d+) accepted, (\\d+) rejected, (\\d+) skipped").matcher(line);
            if (m.find()) {
                read += Long.parseLong(m.group(1));
                rejected += Long.parseLong(m.group(3));
                skipped += Long.parseLong(m.group(4));
            }
        }
        assertThat(read).isEqualTo(r.total());
        assertThat((double) rejected / read).isBetween(0.002, 0.01); // about 0.5% bad rows
        assertThat(skipped).isPositive(); // a few registrations of another intervention
    }

    @Test
    void theNextNightAddsOneDaysFilesAndMovesAsOf() throws IOException {
        DataGenerator.generate(dir.resolve("a"), OPTIONS);
        DataGenerator.generate(dir.resolve("b"), OPTIONS);
        Map<String, byte[]> before = contents(dir.resolve("a"));

        DataGenerator.Result night = DataGenerator.nextNight(dir.resolve("a"));
        DataGenerator.nextNight(dir.resolve("b"));

        assertThat(night.asOf()).hasToString("2024-12-02");
        assertThat(night.rowsPerFile().keySet()).allMatch(name -> name.contains("_20241202"));
        assertThat(night.rowsPerFile().keySet()).contains("registraties_20241202.csv", "contacten_20241202.csv");
        assertThat(night.total()).isPositive();
        Map<String, byte[]> after = contents(dir.resolve("a"));
        before.forEach((name, bytes) -> {
            if (name.startsWith("inbox/")) {
                assertThat(Arrays.equals(after.get(name), bytes)).as(name + " is unchanged").isTrue();
            }
        });
        assertThat(Files.readString(dir.resolve("a/job.yaml"))).contains("as_of: 2024-12-02");
        assertThat(Files.readString(dir.resolve("a/generator.properties"))).contains("nights=5", "initial_nights=4");
        Map<String, byte[]> b = contents(dir.resolve("b"));
        after.forEach((name, bytes) -> assertThat(Arrays.equals(b.get(name), bytes)).as(name + " is the same").isTrue());
    }

    @Test
    void runLogTimingsAndGcHeapAreRead() {
        RunLogParser.Steps s = RunLogParser.parse(List.of(
                "2024-12-02T02:15:03Z inbox /data/inbox: 3 files, 3 distinct contents over the datasets",
                "2024-12-02T02:15:05Z ingest registrations registraties_1.csv: 100 read, 98 accepted, 1 rejected, 1 skipped (1.5 s)",
                "2024-12-02T02:15:06Z warning: contacten_x.csv (sessions) refused: missing column(s) 'Gesprek'",
                "2024-12-02T02:15:09Z ingest sessions contacten 2.csv: 1200 read, 1200 accepted, 0 rejected, 0 skipped (2,5 s)",
                "2024-12-02T02:15:19Z indicators computed in 9.0 s",
                "2024-12-02T02:15:20Z indicators: 512 rows as of 2024-12-01",
                "2024-12-02T02:15:24Z report: /out/report.html",
                "2024-12-02T02:15:24.5Z ok: ev as of 2024-12-01: 2 new files loaded, 1 refused; report in /out/report.html"));

        assertThat(s.files()).hasSize(3);
        assertThat(s.files().get(2).file()).isEqualTo("contacten 2.csv");
        assertThat(s.rowsRead()).isEqualTo(1300);
        assertThat(s.ingestFileSeconds()).isEqualTo(4.0);
        assertThat(s.startupSeconds(java.time.Instant.parse("2024-12-02T02:15:00Z"))).isEqualTo(3.0);
        assertThat(s.ingestSeconds()).isEqualTo(6.0);
        assertThat(s.indicatorsSeconds()).isEqualTo(11.0);
        assertThat(s.indicatorsComputeSeconds()).isEqualTo(9.0);
        assertThat(s.reportSeconds()).isEqualTo(4.0);
        assertThat(s.ok()).isTrue();

        RunLogParser.Heap h = RunLogParser.heap(List.of(
                "[0.2s][info][gc          ] GC(0) Pause Young (Normal) (G1 Evacuation Pause) 24M->3M(256M) 3.500ms",
                "[0.9s][info][gc,metaspace] GC(1) Metaspace: 73K(320K)->73K(320K) NonClass: 70K(192K)->70K(192K)",
                "[1.2s][info][gc             ] GC(1) Pause Full (G1 Compaction Pause) 1900M->1200M(2048M) 500.000ms",
                "[2.0s][info][gc,heap,exit   ]  garbage-first heap   total 2097152K, used 1024000K [0x0000000080000000, 0x0)"));
        assertThat(h.peakUsedMb()).isEqualTo(1900.0);
        assertThat(h.maxAfterGcMb()).isEqualTo(1200.0);
        assertThat(h.maxCommittedMb()).isEqualTo(2048.0);
        assertThat(h.pauses()).isEqualTo(2);
        assertThat(h.pauseSeconds()).isEqualTo(0.5035, org.assertj.core.data.Offset.offset(1e-9));
    }

    /** Every regular file under {@code root}, by relative path. */
    private static Map<String, byte[]> contents(Path root) throws IOException {
        Map<String, byte[]> m = new TreeMap<>();
        try (Stream<Path> s = Files.walk(root)) {
            for (Path p : s.filter(Files::isRegularFile).toList()) {
                m.put(root.relativize(p).toString().replace('\\', '/'), Files.readAllBytes(p));
            }
        }
        return m;
    }

    /** CSV records (header included): line ends outside quoted cells, as Excel writes them (CRLF). */
    private static long records(Path file) throws IOException {
        String text = new String(Files.readAllBytes(file), CsvFile.WINDOWS_1252);
        assertThat(text).endsWith("\r\n");
        long n = 0;
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (c == '\n' && !quoted) {
                n++;
            }
        }
        return n;
    }
}
