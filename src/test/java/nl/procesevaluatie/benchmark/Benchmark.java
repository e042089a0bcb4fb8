package nl.procesevaluatie.benchmark;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Measures the pipeline at growing sizes: for each N, writes an evaluation of N trajects with
 * {@link DataGenerator}, runs {@code java -Xmx2g -jar procesevaluatie.jar job.yaml --out ...} in a child JVM
 * (the first run: everything ingested, indicators, report), adds one night ({@code --next-night}) and runs
 * again (the nightly increment). Wall times include the JVM start; step times come from the run's log and
 * the peak heap from its GC log ({@code -Xlog:gc*}). Prints a table and writes {@code benchmark-results.csv}
 * (one row per size and repetition) and {@code benchmark-files.csv} (one row per ingested file) to the work
 * folder.
 *
 * <pre>
 * Benchmark [--sizes 10000,100000,500000] [--work DIR] [--seed S] [--jar target/procesevaluatie.jar]
 *           [--xmx 2g] [--repeat 1] [--timeout SECONDS] [--nights 4]
 * </pre>
 */
public final class Benchmark {

    record Config(List<Integer> sizes, Path work, long seed, Path jar, String xmx, int repeat, long timeoutSeconds, int nights) {}

    /** One child run. */
    record Run(String label, List<String> command, int exitCode, boolean timedOut, double wallSeconds, Instant started,
            Instant ended, RunLogParser.Steps steps, RunLogParser.Heap heap, double peakRssMb, Path console) {

        boolean ok() {
            return !timedOut && exitCode == 0 && steps.ok();
        }
    }

    /** One size, one repetition. */
    record Measurement(int trajects, int repetition, DataGenerator.Result data, double generateSeconds, Run first,
            DataGenerator.Result night, Run increment, Run rerun) {}

    private static final String USAGE = """
            usage: benchmark [--sizes 10000,100000,500000] [--work DIR] [--seed S] [--jar PATH] [--xmx 2g]
                             [--repeat R] [--timeout SECONDS] [--nights K]
              --sizes    numbers of trajects, comma-separated (default 10000,100000,500000)
              --work     folder for the generated evaluations and the results (default: beside the jar, benchmark/)
              --seed     generator seed (default %d)
              --jar      the fat jar to measure (default target/procesevaluatie.jar)
              --xmx      heap of the measured runs (default 2g)
              --repeat   repetitions per size; the table shows the fastest first run, the CSV all (default 1)
              --timeout  stop a run after this many seconds and report how far it got (default 0: no limit)
              --nights   nights in the generated inbox before the increment (default 4)
            """.formatted(DataGenerator.Options.DEFAULT_SEED);

    private final Config config;
    private final Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    private Path jar;
    private double jvmStartSeconds;

    Benchmark(Config config) {
        this.config = config;
    }

    public static void main(String[] args) {
        Config c;
        try {
            Map<String, String> a = DataGenerator.parse(args);
            if (a.containsKey("--help")) {
                System.out.print(USAGE);
                return;
            }
            for (String k : a.keySet()) {
                if (!List.of("--sizes", "--work", "--seed", "--jar", "--xmx", "--repeat", "--timeout", "--nights").contains(k)) {
                    throw new IllegalArgumentException("unknown option " + k);
                }
            }
            List<Integer> sizes = Arrays.stream(a.getOrDefault("--sizes", "10000,100000,500000").split(","))
                    .map(String::trim).filter(s -> !s.isEmpty()).map(s -> Integer.parseInt(s.replace("_", ""))).toList();
            Path jar = Path.of(a.getOrDefault("--jar", "target/procesevaluatie.jar")).toAbsolutePath().normalize();
            Path work = a.containsKey("--work") ? Path.of(a.get("--work")) : jar.getParent().resolve("benchmark");
            c = new Config(sizes, work.toAbsolutePath().normalize(),
                    Long.parseLong(a.getOrDefault("--seed", Long.toString(DataGenerator.Options.DEFAULT_SEED))), jar,
                    a.getOrDefault("--xmx", "2g"), Integer.parseInt(a.getOrDefault("--repeat", "1")),
                    Long.parseLong(a.getOrDefault("--timeout", "0")), Integer.parseInt(a.getOrDefault("--nights", "4")));
            if (!Files.isRegularFile(jar)) {
                throw new IllegalArgumentException("no jar at " + jar + " (build it with ./mvnw -DskipTests package, or use ./benchmark)");
            }
        } catch (IllegalArgumentException e) {
            System.err.println("error: " + e.getMessage());
            System.err.print(USAGE);
            System.exit(2);
            return;
        }
        try {
            new Benchmark(c).run();
        } catch (IOException | UncheckedIOException e) {
            System.err.println("error: " + e.getMessage());
            System.exit(1);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            System.exit(1);
        }
    }

    void run() throws IOException, InterruptedException {
        Files.createDirectories(config.work());
        // measure a copy: a rebuild of target/ during a long benchmark must not change what is measured
        jar = config.work().resolve("procesevaluatie.jar");
        Files.copy(config.jar(), jar, StandardCopyOption.REPLACE_EXISTING);
        System.out.printf("benchmark of %s (copied to %s), child JVMs -Xmx%s, %d cores, work folder %s%n", config.jar(), jar,
                config.xmx(), Runtime.getRuntime().availableProcessors(), config.work());
        prepareStart();
        jvmStartSeconds = jvmStart();
        System.out.printf("JVM start (java -jar procesevaluatie.jar --help, best of 3): %.2f s%n", jvmStartSeconds);
        List<Measurement> all = new ArrayList<>();
        for (int n : config.sizes()) {
            for (int rep = 1; rep <= config.repeat(); rep++) {
                Measurement m = measure(n, rep);
                all.add(m);
                writeCsv(all);
                printSteps(m);
                if (!m.first().ok()) {
                    System.out.println("  " + howFar(m));
                }
            }
        }
        printTable(best(all), all);
        System.out.println();
        System.out.println("results: " + config.work().resolve("benchmark-results.csv"));
        System.out.println("files:   " + config.work().resolve("benchmark-files.csv"));
    }

    private double jvmStart() throws IOException, InterruptedException {
        double best = Double.MAX_VALUE;
        for (int i = 0; i < 3; i++) {
            ProcessBuilder pb = new ProcessBuilder(java.toString(), "-Xmx" + config.xmx(), "-jar", jar.toString(), "--help")
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD);
            long t0 = System.nanoTime();
            pb.start().waitFor();
            best = Math.min(best, (System.nanoTime() - t0) / 1e9);
        }
        return best;
    }

    /** The unpacked jar and its class-data archive, as ./evaluate runs it (issue 17); null before prepareStart. */
    private Path appJar;
    private Path classArchive;

    /**
     * Runs are measured the way ./evaluate starts them after its first run: from the unpacked jar with a
     * class-data-sharing archive. The archive is made here by an unmeasured run over a small evaluation.
     */
    private void prepareStart() throws IOException, InterruptedException {
        Path app = config.work().resolve("app");
        deleteRecursively(app);
        Process x = new ProcessBuilder(java.toString(), "-Djarmode=tools", "-jar", jar.toString(), "extract", "--destination",
                app.toString()).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        if (x.waitFor() != 0) {
            throw new IOException("cannot unpack " + jar);
        }
        appJar = app.resolve("procesevaluatie.jar");
        Path training = config.work().resolve("class-archive-training");
        deleteRecursively(training);
        DataGenerator.generate(training, new DataGenerator.Options(2000, config.seed(), 2, 5, 8));
        Path archive = app.resolve("app.jsa");
        long t0 = System.nanoTime();
        ProcessBuilder pb = new ProcessBuilder(java.toString(), "-Xms" + config.xmx(), "-Xmx" + config.xmx(), "-XX:+UseParallelGC",
                "-XX:ArchiveClassesAtExit=" + archive, "-Xlog:cds=off", "-Xlog:cds+dynamic=off", "-Djava.awt.headless=true",
                "-jar", appJar.toString(), training.resolve("job.yaml").toString(), "--out", training.resolve("out").toString())
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD);
        pb.environment().put("PROCESEVALUATIE_PSEUDONYM_KEY", "benchmark-only-key-not-a-secret");
        pb.environment().remove("PROCESEVALUATIE_PSEUDONYM_KEY_FILE");
        pb.start().waitFor();
        classArchive = Files.isRegularFile(archive) ? archive : null;
        System.out.printf("start-up as ./evaluate: unpacked jar, class-data archive %s (trained on 2,000 trajects in %.1f s)%n",
                classArchive == null ? "NOT made" : classArchive, (System.nanoTime() - t0) / 1e9);
    }

    private Measurement measure(int n, int rep) throws IOException, InterruptedException {
        Path dir = config.work().resolve("n" + n);
        deleteRecursively(dir);
        System.out.printf("%nN = %,d trajects%s: generating into %s ...%n", n, config.repeat() > 1 ? " (repetition " + rep + ")" : "", dir);
        long t0 = System.nanoTime();
        DataGenerator.Result data = DataGenerator.generate(dir,
                new DataGenerator.Options(n, config.seed(), config.nights(), 300, 342));
        double gen = (System.nanoTime() - t0) / 1e9;
        System.out.printf("  %,d registrations, %,d sessions, %,d responses (%,d rows, %.0f MB) in %.1f s%n", data.registrations(),
                data.sessions(), data.responses(), data.total(), folderBytes(dir.resolve("inbox")) / 1e6, gen);
        Run first = evaluate(dir, "first-run", null, n);
        DataGenerator.Result night = null;
        Run increment = null;
        Run rerun = null;
        if (first.ok()) {
            night = DataGenerator.nextNight(dir);
            System.out.printf("  next night %s: %,d registrations, %,d sessions, %,d responses%n", night.asOf(),
                    night.registrations(), night.sessions(), night.responses());
            increment = evaluate(dir, "increment", night.asOf().toString(), n);
            if (increment.ok()) {
                // the same night again: a run that finds no new file
                rerun = evaluate(dir, "no-new-file", night.asOf().toString(), n);
            }
        } else {
            System.out.println("  the first run did not finish: no increment measured");
        }
        return new Measurement(n, rep, data, gen, first, night, increment, rerun);
    }

    /** Runs the evaluation in a child JVM and collects its timings. */
    private Run evaluate(Path dir, String label, String asOf, int n) throws IOException, InterruptedException {
        Path out = dir.resolve("out");
        Path logs = out.resolve("logs");
        Path gc = dir.resolve(label + "-gc.log");
        Path console = dir.resolve(label + "-console.txt");
        // the same JVM options as ./evaluate
        List<String> cmd = new ArrayList<>(List.of(java.toString(), "-Xms" + config.xmx(), "-Xmx" + config.xmx(), "-XX:+UseParallelGC"));
        if (classArchive != null) {
            cmd.addAll(List.of("-XX:SharedArchiveFile=" + classArchive, "-Xshare:auto", "-Xlog:cds=off", "-Xlog:cds+dynamic=off"));
        }
        cmd.addAll(List.of("-Djava.awt.headless=true", "-Xlog:gc*:file=" + gc + ":uptime,level,tags", "-jar",
                (appJar != null ? appJar : jar).toString(), dir.resolve("job.yaml").toString(), "--out", out.toString()));
        if (asOf != null) {
            cmd.add("--as-of");
            cmd.add(asOf);
        }
        Map<Path, Long> before = logSizes(logs);
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(console.toFile());
        // a fixed key: the run must not create ~/.config/procesevaluatie/pseudonym.key on the benchmark machine
        pb.environment().put("PROCESEVALUATIE_PSEUDONYM_KEY", "benchmark-only-key-not-a-secret");
        pb.environment().remove("PROCESEVALUATIE_PSEUDONYM_KEY_FILE");
        pb.environment().remove("JAVA_TOOL_OPTIONS");
        System.out.printf("  %s: %s%n", label, String.join(" ", cmd.subList(1, cmd.size())));
        Instant started = Instant.now();
        long t0 = System.nanoTime();
        Process p = pb.start();
        double rss = 0;
        boolean timedOut = false;
        long nextBeat = 60;
        while (!p.waitFor(1, TimeUnit.SECONDS)) {
            rss = Math.max(rss, peakRssMb(p.pid()));
            long elapsed = (System.nanoTime() - t0) / 1_000_000_000L;
            if (elapsed >= nextBeat) {
                nextBeat += 60;
                RunLogParser.Steps s = RunLogParser.parse(newLogLines(logs, before));
                System.out.printf("    ... %d s (N=%,d %s): %d files done, last: %s%n", elapsed, n, label, s.files().size(),
                        s.lastLine() == null ? "(nothing logged yet)" : clip(s.lastLine(), 120));
            }
            if (config.timeoutSeconds() > 0 && elapsed >= config.timeoutSeconds()) {
                timedOut = true;
                System.out.printf("    timeout after %d s: stopping process %d%n", elapsed, p.pid());
                p.destroy();
                if (!p.waitFor(30, TimeUnit.SECONDS)) {
                    p.destroyForcibly();
                    p.waitFor();
                }
                break;
            }
        }
        double wall = (System.nanoTime() - t0) / 1e9;
        Instant ended = Instant.now();
        RunLogParser.Steps steps = RunLogParser.parse(newLogLines(logs, before));
        RunLogParser.Heap heap = RunLogParser.heap(Files.exists(gc) ? Files.readAllLines(gc, StandardCharsets.UTF_8) : List.of());
        Run r = new Run(label, cmd, timedOut ? -1 : p.exitValue(), timedOut, wall, started, ended, steps, heap, rss, console);
        if (r.ok()) {
            System.out.printf("  %s: %.1f s wall, exit 0, %,d rows ingested, peak heap %.0f MB%n", label, wall,
                    steps.rowsRead(), heap.peakUsedMb());
            Map<String, Double> repository = JobRepositoryTimings.of(logs.getParent());
            if (!repository.isEmpty()) {
                System.out.printf("  %s steps (Spring Batch job repository): %s%n", label, JobRepositoryTimings.format(repository));
            }
        } else {
            System.out.printf("  %s: %s after %.1f s; %d files ingested (%,d rows); last log line: %s; console: %s%n", label,
                    timedOut ? "TIMED OUT" : "FAILED (exit " + r.exitCode() + ")", wall, steps.files().size(), steps.rowsRead(),
                    steps.lastLine(), console);
        }
        return r;
    }

    private static Map<Path, Long> logSizes(Path logs) throws IOException {
        Map<Path, Long> sizes = new TreeMap<>();
        if (Files.isDirectory(logs)) {
            try (Stream<Path> s = Files.list(logs)) {
                for (Path p : s.toList()) {
                    sizes.put(p, Files.size(p));
                }
            }
        }
        return sizes;
    }

    /** The lines the run added to its log file(s) (a new file, or appended to one of the same second). */
    private static List<String> newLogLines(Path logs, Map<Path, Long> before) {
        List<String> lines = new ArrayList<>();
        try {
            for (Map.Entry<Path, Long> e : logSizes(logs).entrySet()) {
                if (!e.getKey().getFileName().toString().startsWith("run-")) {
                    continue;
                }
                long from = before.getOrDefault(e.getKey(), 0L);
                if (e.getValue() > from) {
                    try (InputStream in = Files.newInputStream(e.getKey())) {
                        in.skipNBytes(from);
                        lines.addAll(new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList());
                    }
                }
            }
        } catch (IOException e) {
            // the log is being written: what could be read is enough for a progress line
        }
        return lines;
    }

    /** The child's resident-set high-water mark (Linux), polled while it runs. */
    private static double peakRssMb(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024.0;
                }
            }
        } catch (IOException | RuntimeException e) {
            // not Linux, or the process just ended
        }
        return 0;
    }

    // ---- reporting ----

    /** Per size, the repetition with the fastest first run (finished runs first). */
    private static List<Measurement> best(List<Measurement> all) {
        Map<Integer, Measurement> best = new LinkedHashMap<>();
        for (Measurement m : all) {
            best.merge(m.trajects(), m, (a, b) -> {
                if (a.first().ok() != b.first().ok()) {
                    return a.first().ok() ? a : b;
                }
                return b.first().wallSeconds() < a.first().wallSeconds() ? b : a;
            });
        }
        return new ArrayList<>(best.values());
    }

    private double microsPerRow(Measurement m) {
        return (m.first().wallSeconds() - jvmStartSeconds) * 1e6 / m.data().total();
    }

    /** The fastest finished increment of size n, over the repetitions. */
    private static String increment(int n, List<Measurement> all) {
        return fastest(n, all, Measurement::increment);
    }

    /** The fastest finished run of size n picked by {@code which}, over the repetitions. */
    private static String fastest(int n, List<Measurement> all, java.util.function.Function<Measurement, Run> which) {
        Double best = null;
        boolean any = false;
        for (Measurement m : all) {
            Run r = m.trajects() == n ? which.apply(m) : null;
            if (r != null) {
                any = true;
                if (r.ok() && (best == null || r.wallSeconds() < best)) {
                    best = r.wallSeconds();
                }
            }
        }
        return best != null ? fmt(best, 1) : any ? "FAILED" : "-";
    }

    /** Ingest and indicators time per row: the steps that grow with the data. */
    private static Double variableMicrosPerRow(Measurement m) {
        Double ingest = m.first().steps().ingestSeconds();
        Double indicators = m.first().steps().indicatorsSeconds();
        return ingest == null || indicators == null ? null : (ingest + indicators) * 1e6 / m.data().total();
    }

    /** For a run that did not finish: the files done, the file it was in, and why it stopped. */
    private static String howFar(Measurement m) {
        Run f = m.first();
        RunLogParser.Steps s = f.steps();
        List<String> order = new ArrayList<>();
        for (String d : List.of("registrations", "sessions", "midi", "tevredenheid", "observatie", "opvoedstress")) {
            m.data().rowsPerFile().keySet().stream().filter(n -> DataGenerator.datasetOf(n).equals(d)).sorted().forEach(order::add);
        }
        String doing;
        if (s.inbox() == null) {
            doing = "starting (before the inbox scan finished)";
        } else if (s.files().size() < order.size()) {
            String next = order.get(s.files().size());
            doing = String.format(Locale.ROOT, "ingesting %s (%,d rows) since %s s", next, m.data().rowsPerFile().get(next),
                    fmt(RunLogParser.seconds(f.started(), s.ingestEnd()), 0));
        } else if (s.indicators() == null) {
            doing = "computing the indicators since " + fmt(RunLogParser.seconds(f.started(), s.ingestEnd()), 0) + " s";
        } else {
            doing = "writing the report since " + fmt(RunLogParser.seconds(f.started(), s.indicators()), 0) + " s";
        }
        return String.format(Locale.ROOT, "%s after %.0f s: %d of %d files ingested (%,d of %,d rows), stopped while %s; %s",
                f.timedOut() ? "timed out" : "failed (exit " + f.exitCode() + ")", f.wallSeconds(), s.files().size(), order.size(),
                s.rowsRead(), m.data().total(), doing, f.timedOut() ? "killed" : "last log line: " + s.lastLine());
    }

    private void printTable(List<Measurement> ms, List<Measurement> all) {
        System.out.println();
        System.out.println("First run = empty store, whole inbox; increment = one more night on top; no new = the same night again."
                + " Rows = data rows written by the");
        System.out.println("generator (all read by the run). rows/s = rows / step time (ingest: rows ingested). us/row = (first-run wall"
                + " - JVM start " + String.format(Locale.ROOT, "%.2f", jvmStartSeconds) + " s) / rows; ratio = us/row / us/row at the"
                + " smallest N.");
        if (config.repeat() > 1) {
            System.out.println("With repetitions: the fastest first run per N, and the fastest increment per N.");
        }
        System.out.println("us/row* and ratio* count only the steps that grow with the rows (ingest + indicators), without startup,"
                + " report and shutdown.");
        String h = String.format(Locale.ROOT, "%9s %9s %10s %9s | %9s %10s %10s %10s %9s | %9s %8s | %8s %6s | %8s %6s",
                "N", "regs", "sessions", "responses", "first s", "ingest r/s", "indic r/s", "report r/s", "heap MB", "incr s", "no new s",
                "us/row", "ratio", "us/row*", "ratio*");
        System.out.println(h);
        System.out.println("-".repeat(h.length()));
        Double base = null, varBase = null;
        for (Measurement m : ms) {
            Run f = m.first();
            RunLogParser.Steps s = f.steps();
            double rows = m.data().total();
            double upr = microsPerRow(m);
            Double var = variableMicrosPerRow(m);
            if (base == null && f.ok()) {
                base = upr;
                varBase = var;
            }
            String firstCell = f.ok() ? fmt(f.wallSeconds(), 1)
                    : (f.timedOut() ? "T/O " : "FAIL ") + fmt(f.wallSeconds(), 0);
            System.out.println(String.format(Locale.ROOT, "%9d %9d %10d %9d | %9s %10s %10s %10s %9s | %9s %8s | %8s %6s | %8s %6s",
                    m.trajects(), m.data().registrations(), m.data().sessions(), m.data().responses(),
                    firstCell, rate(s.rowsRead(), s.ingestSeconds()), f.ok() ? rate(rows, s.indicatorsSeconds()) : "-",
                    f.ok() ? rate(rows, s.reportSeconds()) : "-", fmt(f.heap().peakUsedMb(), 0),
                    increment(m.trajects(), all), fastest(m.trajects(), all, Measurement::rerun),
                    f.ok() ? fmt(upr, 1) : "-", f.ok() && base != null ? fmt(upr / base, 2) : "-",
                    f.ok() ? fmt(var, 1) : "-", f.ok() && var != null && varBase != null ? fmt(var / varBase, 2) : "-"));
        }
        for (Measurement m : ms) {
            if (!m.first().ok()) {
                System.out.printf("N=%,d: %s%n", m.trajects(), howFar(m));
            }
        }
    }

    /** Where the time of one measurement went, per step and per dataset. */
    private void printSteps(Measurement m) {
        for (Run r : new Run[] {m.first(), m.increment(), m.rerun()}) {
            if (r == null) {
                continue;
            }
            RunLogParser.Steps s = r.steps();
            Double report = s.analysis() != null ? RunLogParser.seconds(s.analysis(), s.report()) : s.reportSeconds();
            System.out.printf(Locale.ROOT, "  %s steps: startup (JVM, Spring, scan+hash) %s s | ingest %s s (files %s s) | indicators %s s"
                            + " (computed in %s s)%s | analysis %s s | report %s s (%d organisation reports in %s s) | shutdown %s s"
                            + " | wall %.1f s; GC %d pauses %.1f s, peak heap %.0f MB, max after GC %.0f MB, peak RSS %.0f MB%n",
                    r.label(), fmt(s.startupSeconds(r.started()), 1), fmt(s.ingestSeconds(), 1), fmt(s.ingestFileSeconds(), 1),
                    fmt(s.indicatorsSeconds(), 1), fmt(s.indicatorsComputeSeconds(), 1), s.kept() ? " (nothing new: outputs kept)" : "",
                    fmt(s.analysisSeconds(), 1), fmt(report, 1), s.organisationReports(), fmt(s.organisationReportSeconds(), 1),
                    fmt(s.shutdownSeconds(r.ended()), 1), r.wallSeconds(), r.heap().pauses(), r.heap().pauseSeconds(),
                    r.heap().peakUsedMb(), r.heap().maxAfterGcMb(), r.peakRssMb());
            Map<String, double[]> perDataset = perDataset(s);
            double total = s.ingestFileSeconds();
            for (Map.Entry<String, double[]> e : perDataset.entrySet()) {
                double[] v = e.getValue();
                System.out.printf(Locale.ROOT, "      ingest %-14s %3.0f files %,11.0f rows %8.1f s %5.1f%% %10s rows/s%n", e.getKey(),
                        v[0], v[1], v[2], total > 0 ? 100 * v[2] / total : 0, rate(v[1], v[2]));
            }
        }
    }

    /** dataset -> {files, rows read, seconds}, in load order. */
    private static Map<String, double[]> perDataset(RunLogParser.Steps s) {
        Map<String, double[]> m = new LinkedHashMap<>();
        for (RunLogParser.FileStep f : s.files()) {
            double[] v = m.computeIfAbsent(f.dataset(), k -> new double[3]);
            v[0]++;
            v[1] += f.read();
            v[2] += f.seconds();
        }
        return m;
    }

    /** benchmark-results.csv and benchmark-files.csv: comma, \n, quoted where Commons CSV needs to (a file name with a comma). */
    private static final CSVFormat RESULTS_FORMAT = CSVFormat.DEFAULT.builder().setRecordSeparator('\n').get();

    private void writeCsv(List<Measurement> all) throws IOException {
        List<String> datasets = List.of("registrations", "sessions", "midi", "tevredenheid", "observatie", "opvoedstress");
        List<String> header = new ArrayList<>(List.of("trajects", "repetition", "registrations", "sessions", "responses", "rows",
                "inbox_mb", "generate_s", "jvm_start_s", "first_exit", "first_timed_out", "first_wall_s", "first_startup_s",
                "first_ingest_s", "first_ingest_files_s", "first_ingest_rows_per_s", "first_indicators_s",
                "first_indicators_compute_s", "first_indicators_rows_per_s", "first_report_s", "first_report_rows_per_s",
                "first_shutdown_s", "first_peak_heap_mb", "first_max_heap_after_gc_mb", "first_gc_pauses", "first_gc_pause_s",
                "first_peak_rss_mb", "us_per_row", "ratio_to_smallest", "variable_us_per_row", "variable_ratio_to_smallest"));
        datasets.forEach(d -> header.add("first_ingest_" + d + "_s"));
        header.addAll(List.of("increment_registrations", "increment_sessions", "increment_responses", "increment_exit",
                "increment_wall_s", "increment_startup_s", "increment_ingest_s", "increment_indicators_s", "increment_report_s",
                "increment_shutdown_s", "increment_peak_heap_mb", "increment_peak_rss_mb"));
        header.addAll(List.of("first_analysis_s", "first_organisation_reports_s", "increment_analysis_s",
                "increment_organisation_reports_s", "no_new_file_wall_s", "no_new_file_kept"));
        StringBuilder sb = new StringBuilder();
        StringBuilder files = new StringBuilder();
        CSVPrinter results = new CSVPrinter(sb, RESULTS_FORMAT);
        CSVPrinter filesOut = new CSVPrinter(files, RESULTS_FORMAT);
        results.printRecord(header);
        filesOut.printRecord("trajects", "repetition", "run", "dataset", "file", "read", "accepted", "rejected", "skipped", "refused",
                "seconds");
        Measurement smallest = all.stream().filter(m -> m.first().ok()).min(Comparator.comparingInt(Measurement::trajects)).orElse(null);
        double baseUpr = smallest == null ? Double.NaN
                : all.stream().filter(m -> m.trajects() == smallest.trajects() && m.first().ok()).mapToDouble(this::microsPerRow).min().orElse(Double.NaN);
        double baseVar = smallest == null ? Double.NaN
                : all.stream().filter(m -> m.trajects() == smallest.trajects() && m.first().ok())
                        .map(Benchmark::variableMicrosPerRow).filter(x -> x != null).mapToDouble(Double::doubleValue).min().orElse(Double.NaN);
        for (Measurement m : all) {
            Run f = m.first();
            RunLogParser.Steps s = f.steps();
            double rows = m.data().total();
            double upr = microsPerRow(m);
            List<Object> v = new ArrayList<>(List.of(m.trajects(), m.repetition(), m.data().registrations(), m.data().sessions(),
                    m.data().responses(), m.data().total(), csv(folderBytes(m.data().folder().resolve("inbox")) / 1e6, 1),
                    csv(m.generateSeconds(), 2), csv(jvmStartSeconds, 2), f.exitCode(), f.timedOut(), csv(f.wallSeconds(), 2),
                    csv(s.startupSeconds(f.started()), 2), csv(s.ingestSeconds(), 2), csv(s.ingestFileSeconds(), 2),
                    csv(perSecond(s.rowsRead(), s.ingestSeconds()), 0), csv(s.indicatorsSeconds(), 2), csv(s.indicatorsComputeSeconds(), 2),
                    csv(perSecond(rows, s.indicatorsSeconds()), 0), csv(s.reportSeconds(), 2), csv(perSecond(rows, s.reportSeconds()), 0),
                    csv(s.shutdownSeconds(f.ended()), 2), csv(f.heap().peakUsedMb(), 0), csv(f.heap().maxAfterGcMb(), 0),
                    f.heap().pauses(), csv(f.heap().pauseSeconds(), 2), csv(f.peakRssMb(), 0),
                    f.ok() ? csv(upr, 3) : "", f.ok() ? csv(upr / baseUpr, 3) : "",
                    f.ok() ? csv(variableMicrosPerRow(m), 3) : "",
                    f.ok() && variableMicrosPerRow(m) != null ? csv(variableMicrosPerRow(m) / baseVar, 3) : ""));
            Map<String, double[]> pd = perDataset(s);
            datasets.forEach(d -> v.add(pd.containsKey(d) ? csv(pd.get(d)[2], 2) : ""));
            Run i = m.increment();
            if (i == null) {
                for (int k = 0; k < 12; k++) {
                    v.add("");
                }
            } else {
                RunLogParser.Steps is = i.steps();
                v.addAll(List.of(m.night().registrations(), m.night().sessions(), m.night().responses(), i.exitCode(),
                        csv(i.wallSeconds(), 2), csv(is.startupSeconds(i.started()), 2), csv(is.ingestSeconds(), 2),
                        csv(is.indicatorsSeconds(), 2), csv(is.reportSeconds(), 2), csv(is.shutdownSeconds(i.ended()), 2),
                        csv(i.heap().peakUsedMb(), 0), csv(i.peakRssMb(), 0)));
            }
            v.add(csv(s.analysisSeconds(), 2));
            v.add(csv(s.organisationReportSeconds(), 2));
            v.add(i == null ? "" : csv(i.steps().analysisSeconds(), 2));
            v.add(i == null ? "" : csv(i.steps().organisationReportSeconds(), 2));
            v.add(m.rerun() == null ? "" : csv(m.rerun().wallSeconds(), 2));
            v.add(m.rerun() == null ? "" : m.rerun().steps().kept());
            results.printRecord(v.stream().map(String::valueOf).toList());
            for (Run r : new Run[] {f, i, m.rerun()}) {
                if (r == null) {
                    continue;
                }
                for (RunLogParser.FileStep x : r.steps().files()) {
                    filesOut.printRecord(m.trajects(), m.repetition(), r.label(), x.dataset(), x.file(), x.read(), x.accepted(),
                            x.rejected(), x.skipped(), x.refused(), csv(x.seconds(), 1));
                }
            }
        }
        Files.writeString(config.work().resolve("benchmark-results.csv"), sb.toString(), StandardCharsets.UTF_8);
        Files.writeString(config.work().resolve("benchmark-files.csv"), files.toString(), StandardCharsets.UTF_8);
    }

    // ---- small helpers ----

    private static Double perSecond(double rows, Double seconds) {
        return seconds == null || seconds <= 0 ? null : rows / seconds;
    }

    private static String rate(double rows, Double seconds) {
        Double r = perSecond(rows, seconds);
        return r == null ? "-" : String.format(Locale.ROOT, "%,.0f", r);
    }

    private static String fmt(Double v, int decimals) {
        return v == null ? "-" : String.format(Locale.ROOT, "%." + decimals + "f", v);
    }

    private static String csv(Double v, int decimals) {
        return v == null || v.isNaN() ? "" : String.format(Locale.ROOT, "%." + decimals + "f", v);
    }

    private static String clip(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max) + "...";
    }

    private static long folderBytes(Path dir) {
        try (Stream<Path> s = Files.list(dir)) {
            return s.mapToLong(p -> {
                try {
                    return Files.size(p);
                } catch (IOException e) {
                    return 0;
                }
            }).sum();
        } catch (IOException e) {
            return 0;
        }
    }

    static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
