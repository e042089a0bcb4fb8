package nl.procesevaluatie.run;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.procesevaluatie.ingest.Pseudonymiser;
import nl.procesevaluatie.job.InvalidJobFileException;
import nl.procesevaluatie.job.JobFile;
import nl.procesevaluatie.job.JobFileReader;
import nl.procesevaluatie.output.OutputFiles;
import nl.procesevaluatie.store.StoreException;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code ./evaluate JOB.yaml [options]}: validates the job file before anything is written, takes the
 * evaluation's lock, and runs (or restarts) the evaluation job. Exit codes: 0 ok, 1 failed, 2 invalid,
 * 3 ({@code --check} only) a file would be refused.
 */
public final class Evaluate {
    public static final int OK = 0;
    public static final int FAILED = 1;
    public static final int INVALID = 2;
    /** {@code --check}: at least one inbox file would be refused. */
    public static final int WOULD_REFUSE = 3;

    private Evaluate() {}

    public static void main(String[] args) {
        System.exit(run(Arrays.asList(args), System.out, System.err));
    }

    public static int run(List<String> args, PrintStream out, PrintStream err) {
        if (!args.isEmpty() && args.get(0).equals("init")) {
            return nl.procesevaluatie.init.InitCommand.run(args.subList(1, args.size()), out, err);
        }
        RunOptions options;
        JobFile job;
        try {
            options = RunOptions.parse(args);
            if (options.help()) {
                out.print(RunOptions.HELP);
                return OK;
            }
            job = applyOptions(new JobFileReader().read(options.jobFile()), options);
            OutputFolderCheck.refuseInsideInbox(job.inbox(), options.out() != null ? options.out() : job.output());
        } catch (RunOptions.UsageException | InvalidJobFileException e) {
            err.println("error: " + e.getMessage());
            return INVALID;
        }
        if (options.check()) {
            return new InboxCheck(job, out).run(options);
        }
        try (RunLock lock = RunLock.acquire(job.output().resolve(".evaluate.lock"), options.lockWait());
                PostgresLock dbLock = PostgresLock.acquire(job.database(), job.evaluation(), options.lockWait(), err)) {
            return launch(job, options, err);
        } catch (RunLock.HeldException e) {
            err.println("error: " + e.getMessage());
            return FAILED;
        } catch (RuntimeException e) {
            err.println("error: the run failed: " + oneLine(e));
            return FAILED;
        }
    }


    static JobFile applyOptions(JobFile job, RunOptions o) {
        JobFile j = job.withAsOf(o.asOf() != null ? o.asOf() : job.asOf() != null ? job.asOf() : LocalDate.now());
        if (o.out() != null) {
            j = j.withOutput(o.out().toAbsolutePath().normalize());
        }
        if (o.lang() != null) {
            j = j.withLanguage(o.lang());
        }
        if (o.db() != null) {
            j = j.withDatabase(o.db());
        }
        return j;
    }

    private static int launch(JobFile job, RunOptions options, PrintStream err) {
        Path out = job.output();
        try {
            OutputFiles.createDirectories(out, OutputFiles.FOLDER);
        } catch (java.io.IOException e) {
            err.println("error: cannot create the output folder " + out + ": " + e.getMessage());
            return FAILED;
        }
        OutputFiles.restrict(out);
        if (job.database() == null) {
            try {
                OutputFiles.restrict(OutputFiles.createDirectories(out.resolve("store"), OutputFiles.FOLDER));
            } catch (java.io.IOException e) {
                err.println("error: cannot create the store folder in " + out + ": " + e.getMessage());
                return FAILED;
            }
        }
        String url = job.database() != null ? PostgresSchema.isolate(job.database(), job.evaluation()) : hsqldbUrl(out.resolve("store"));
        Map<String, Object> props = new HashMap<>();
        props.put("spring.main.web-application-type", "none");
        props.put("spring.main.banner-mode", "off");
        props.put("spring.main.log-startup-info", "false");
        props.put("spring.batch.job.enabled", "false");
        props.put("spring.batch.jdbc.initialize-schema", "always");
        props.put("spring.datasource.url", url);
        props.put("spring.datasource.hikari.maximum-pool-size", "4");
        props.put("logging.level.root", "WARN");
        props.put("logging.level.org.springframework.batch", "ERROR");
        props.put("logging.level.org.apache.pdfbox", "ERROR"); // font fallback notes on every PDF
        if (url.startsWith("jdbc:hsqldb:")) {
            props.put("spring.datasource.username", "SA");
            props.put("spring.datasource.password", "");
        }
        String version = version();
        java.time.Instant started = java.time.Instant.now();
        try (RunLog log = new RunLog(RunLog.logFileFor(out, started), System.console() != null, err)) {
            SpringApplicationBuilder builder = new SpringApplicationBuilder(EvaluationApplication.class).properties(props)
                    .initializers(ctx -> ctx.getBeanFactory().registerSingleton("runSettings",
                            new RunContext.Settings(job, options, Pseudonymiser.fromEnvironment(), log, version)));
            try (ConfigurableApplicationContext ctx = builder.run()) {
                RunContext run = ctx.getBean(RunContext.class);
                if (options.rebuild()) {
                    log.info("--rebuild: dropping the stored rows; the whole inbox is ingested again");
                    run.store.drop();
                }
                try {
                    run.store.createSchema();
                } catch (StoreException e) {
                    // a store of another format is refused here, before any step, so its one line is all the user sees
                    log.summary("error: " + e.getMessage());
                    return FAILED;
                }
                JobExecution execution = startOrRestart(ctx, job, options, log);
                if (execution.getStatus() == BatchStatus.COMPLETED) {
                    log.summary(summary(run));
                    return OK;
                }
                Throwable cause = execution.getAllFailureExceptions().stream().findFirst().orElse(null);
                boolean rebuild = cause instanceof StoreException s && s.needsRebuild(); // running again would not help
                log.summary("error: the run failed (" + execution.getStatus() + "): " + (cause == null ? "no cause recorded" : oneLine(cause))
                        + (rebuild ? "" : "; run it again to continue where it stopped"));
                return FAILED;
            }
        }
    }

    /**
     * A run killed before it finished (its execution is still marked running, or failed) is restarted when
     * it had the same parameters, so Spring Batch continues at the step that did not complete; otherwise
     * a new instance starts. We hold the lock, so an execution marked running is stale.
     */
    private static JobExecution startOrRestart(ConfigurableApplicationContext ctx, JobFile job, RunOptions options, RunLog log)
            throws RuntimeException {
        JobOperator operator = ctx.getBean(JobOperator.class);
        JobRepository repository = ctx.getBean(JobRepository.class);
        Job batchJob = ctx.getBean(Job.class);
        JobParameters params = new JobParametersBuilder()
                .addString("evaluation", job.evaluation())
                .addString("asOf", job.asOf().toString())
                .addString("language", job.language())
                .addString("pdf", Boolean.toString(options.pdf()))
                .addLong("run", System.currentTimeMillis())
                .toJobParameters();
        try {
            JobInstance last = repository.getLastJobInstance(EvaluationJobConfiguration.JOB_NAME);
            JobExecution previous = last == null ? null : repository.getLastJobExecution(last);
            if (previous != null && previous.getStatus().isRunning()) {
                log.warn("the previous run (started " + previous.getStartTime() + ") did not finish; recovering it");
                previous = operator.recover(previous);
            }
            if (previous != null && !options.rebuild()
                    && (previous.getStatus() == BatchStatus.FAILED || previous.getStatus() == BatchStatus.STOPPED)
                    && sameRun(previous.getJobParameters(), params)) {
                log.info("restarting the unfinished run of " + previous.getStartTime());
                return operator.restart(previous);
            }
            return operator.start(batchJob, params);
        } catch (Exception e) {
            throw new IllegalStateException(oneLine(e), e);
        }
    }

    private static boolean sameRun(JobParameters a, JobParameters b) {
        for (String key : List.of("evaluation", "asOf", "language", "pdf")) {
            if (!String.valueOf(a.getString(key)).equals(String.valueOf(b.getString(key)))) {
                return false;
            }
        }
        return true;
    }

    private static String summary(RunContext run) {
        long loaded = run.processedThisRun.stream().filter(r -> !r.refused()).count();
        long refused = run.processedThisRun.stream().filter(r -> r.refused()).count();
        int notices = run.notices().size();
        return "ok: " + run.job.evaluation() + " as of " + run.asOf() + ": " + loaded + " new files loaded, " + refused
                + " refused" + (notices == 0 ? "" : "; the figures are partial (" + notices + (notices == 1 ? " notice" : " notices")
                + " above, also at the top of the report)") + "; report in " + run.job.output().resolve("report.html");
    }

    static String hsqldbUrl(Path storeDir) {
        // CACHED tables keep rows on disk, not in the heap; a cache of 400k rows / 256 MB keeps reading the
        // session table from thrashing without crowding a 2 GB heap
        return "jdbc:hsqldb:file:" + storeDir.toAbsolutePath().resolve("evaluation")
                + ";shutdown=true;hsqldb.default_table_type=cached;hsqldb.tx=mvcc"
                + ";hsqldb.cache_rows=400000;hsqldb.cache_size=262144;hsqldb.nio_data_file=true";
    }

    static String version() {
        String v = Evaluate.class.getPackage().getImplementationVersion();
        return v == null ? "dev" : v;
    }

    static String oneLine(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String m = e.getMessage() != null ? e.getMessage() : root.toString();
        if (root != e && root.getMessage() != null && !m.contains(root.getMessage())) {
            m = m + " (" + root.getMessage() + ")";
        }
        return m.replace('\n', ' ');
    }
}
