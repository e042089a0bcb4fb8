package nl.procesevaluatie.run;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import nl.procesevaluatie.inbox.InboxFile;
import nl.procesevaluatie.inbox.InboxScanner;
import nl.procesevaluatie.ingest.FileIngester;
import nl.procesevaluatie.ingest.Pseudonymiser;
import nl.procesevaluatie.job.JobFile;
import nl.procesevaluatie.store.FileRecord;
import nl.procesevaluatie.store.RejectRecord;

/**
 * {@code --check}: the job file is valid (or the run never got here); reads every inbox file as the run
 * would and prints what would be loaded, rejected or refused. Opens no store and writes nothing. Exit code
 * 3 when any file would be refused.
 */
final class InboxCheck {
    private final JobFile job;
    private final PrintStream out;

    InboxCheck(JobFile job, PrintStream out) {
        this.job = job;
        this.out = out;
    }

    int run(RunOptions options) {
        out.println("job file " + job.source() + " is valid: evaluation '" + job.evaluation() + "', as of " + job.asOf()
                + ", " + job.instruments().size() + " instruments, " + job.goals().size() + " goals");
        InboxScanner.Scan scan = new InboxScanner(options.settle()).scan(job);
        scan.emptyGlobs().forEach(w -> out.println("warning: " + w));
        scan.settling().forEach(f -> out.println("settling (next run): " + f));
        scan.notRegular().forEach(f -> out.println("not read: " + f + " is a symbolic link or special file; put the export itself in the inbox"));
        scan.unreadable().forEach(f -> out.println("not read: " + f + " could not be read (vanished or no read permission)"));
        // a throw-away key: --check stores nothing, so pseudonyms are never kept
        FileIngester ingester = new FileIngester(job, null, new Pseudonymiser(new byte[32]));
        long refused = 0;
        for (InboxFile f : scan.files()) {
            if (f.duplicate()) {
                out.printf("  %-14s %-40s copy of an earlier file: not loaded%n", f.dataset(), f.name());
                continue;
            }
            List<RejectRecord> rejects = new ArrayList<>();
            FileRecord r;
            try {
                r = ingester.inspect(f, rejects);
            } catch (FileIngester.FileUnavailableException e) {
                out.printf("  %-14s %-40s NOT READ: %s%n", f.dataset(), f.name(), e.getMessage());
                continue;
            }
            if (r.refused()) {
                refused++;
                out.printf("  %-14s %-40s REFUSED: %s%n", f.dataset(), f.name(), r.reason());
            } else {
                out.printf("  %-14s %-40s %d rows: %d accepted, %d rejected, %d skipped%n", f.dataset(), f.name(), r.read(),
                        r.accepted(), r.rejected(), r.skipped());
                rejects.stream().limit(3).forEach(x -> out.printf("      line %d: %s %s%n", x.line(), x.field(), x.reason()));
                if (rejects.size() > 3) {
                    out.printf("      ... and %d more rejected rows%n", rejects.size() - 3);
                }
            }
        }
        out.println(scan.files().size() + " file readings, " + refused + " would be refused. Nothing was written.");
        // a script or a person checking a new export learns from the exit code alone that it would not load
        return refused > 0 ? Evaluate.WOULD_REFUSE : Evaluate.OK;
    }
}
