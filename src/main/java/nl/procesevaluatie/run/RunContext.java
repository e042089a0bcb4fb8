package nl.procesevaluatie.run;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.procesevaluatie.inbox.HashCache;
import nl.procesevaluatie.inbox.InboxScanner;
import nl.procesevaluatie.indicators.EvaluationData;
import nl.procesevaluatie.indicators.IndicatorRow;
import nl.procesevaluatie.ingest.InboxState;
import nl.procesevaluatie.ingest.Pseudonymiser;
import nl.procesevaluatie.job.JobFile;
import nl.procesevaluatie.store.FileRecord;
import nl.procesevaluatie.store.Store;

/**
 * What the steps of one run share: the validated job (with the command line applied), the store, and
 * state that a step computes once. After a restart in a new process the state is rebuilt lazily from
 * the inbox and the store, so no step depends on another step's memory.
 */
final class RunContext {
    final JobFile job;
    final RunOptions options;
    final Store store;
    final Pseudonymiser pseudonymiser;
    final RunLog log;
    final Instant started = Instant.now();
    final String version;
    /** Files loaded or refused by this run, for run.json. */
    final List<FileRecord> processedThisRun = new ArrayList<>();

    private InboxScanner.Scan scan;
    private List<IndicatorRow> rows;

    /** What the command line decided before the Spring context started. */
    record Settings(JobFile job, RunOptions options, Pseudonymiser pseudonymiser, RunLog log, String version) {}

    RunContext(Settings s, Store store) {
        this.job = s.job();
        this.options = s.options();
        this.store = store;
        this.pseudonymiser = s.pseudonymiser();
        this.log = s.log();
        this.version = s.version();
    }

    LocalDate asOf() {
        return job.asOf();
    }

    synchronized InboxScanner.Scan scan() {
        if (scan == null) {
            // the hashes of files already read on an earlier night are remembered beside the outputs
            HashCache hashes = HashCache.at(job.output().resolve(".inbox-hashes"));
            scan = new InboxScanner(options.settle(), hashes).scan(job);
            hashes.save();
        }
        return scan;
    }

    private InboxState inbox;

    /** The inbox as the outputs describe it; read after ingest, once per run. */
    synchronized InboxState inbox() {
        if (inbox == null) {
            inbox = new InboxState(scan().files(), store);
        }
        return inbox;
    }

    private EvaluationData data;

    /** The data the indicators were computed from, kept for the analysis step. */
    synchronized EvaluationData data() {
        return data;
    }

    synchronized void data(EvaluationData loaded) {
        this.data = loaded;
    }

    synchronized List<IndicatorRow> rows() {
        return rows;
    }

    synchronized void rows(List<IndicatorRow> computed) {
        this.rows = computed;
    }
}
