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
import nl.procesevaluatie.report.Notice;
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
    /** Files that could not be opened during ingest this run (vanished after the scan, no permission). */
    final List<String> unavailableThisRun = java.util.Collections.synchronizedList(new ArrayList<>());

    private InboxScanner.Scan scan;
    private List<Notice> notices = List.of();

    /** The notices of the report step, for the run's closing line. */
    synchronized List<Notice> notices() {
        return notices;
    }
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

    /** What makes this run's figures partial (issue: partial data must look partial), in a fixed order. */
    synchronized List<Notice> notices(List<IndicatorRow> rows) {
        List<Notice> out = new ArrayList<>();
        notices = out;
        boolean noTrajects = rows.stream().noneMatch(r -> r.indicator().equals("reach.registered") && r.scope().equals("all")
                && r.period().equals(IndicatorRow.ALL) && r.numerator() != null && r.numerator().num().signum() > 0);
        if (noTrajects) {
            out.add(new Notice(Notice.Kind.NO_TRAJECTS, "", 0, ""));
        }
        for (FileRecord r : inbox().records()) {
            if (!r.refused() && r.unfinishedLine() > 0) {
                out.add(new Notice(Notice.Kind.UNFINISHED_FILE, r.name(), r.unfinishedLine(), ""));
            }
        }
        java.util.Set<String> unreadable = new java.util.TreeSet<>(InboxScanner::compareCodePoints);
        unreadable.addAll(scan().unreadable());
        unreadable.addAll(unavailableThisRun);
        unreadable.forEach(f -> out.add(new Notice(Notice.Kind.UNREADABLE_FILE, f, 0, "")));
        scan().notRegular().forEach(f -> out.add(new Notice(Notice.Kind.NOT_A_REGULAR_FILE, f, 0, "")));
        for (FileRecord r : inbox().records()) {
            if (r.refused()) {
                out.add(new Notice(Notice.Kind.REFUSED_FILE, r.name(), 0, r.reason()));
            }
        }
        return out;
    }

    private List<Notice> kept;

    /** The last run's notices when its outputs stand for this run (nothing new since), else null. */
    synchronized List<Notice> kept() {
        return kept;
    }

    synchronized void keep(List<Notice> lastNotices) {
        this.kept = lastNotices;
        this.notices = lastNotices;
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
