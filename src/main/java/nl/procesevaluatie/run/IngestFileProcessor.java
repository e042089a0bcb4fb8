package nl.procesevaluatie.run;

import nl.procesevaluatie.inbox.InboxFile;
import nl.procesevaluatie.ingest.FileIngester;
import nl.procesevaluatie.store.FileRecord;
import org.springframework.batch.infrastructure.item.ItemProcessor;

/** Ingests one file (streaming, in its own database transaction) and returns its registry entry. */
final class IngestFileProcessor implements ItemProcessor<InboxFile, FileRecord> {
    private final RunContext run;
    private final FileIngester ingester;

    IngestFileProcessor(RunContext run) {
        this.run = run;
        this.ingester = new FileIngester(run.job, run.store, run.pseudonymiser);
    }

    /** Fault injection for the crash tests: a pause after each file widens the window for a kill. */
    private static final long PAUSE_MILLIS = Long.getLong("procesevaluatie.test.pauseAfterFileMillis", 0);

    @Override
    public FileRecord process(InboxFile file) throws InterruptedException {
        long start = System.nanoTime();
        FileRecord r;
        try {
            r = ingester.ingest(file, rows -> {
                double seconds = Math.max(1e-3, (System.nanoTime() - start) / 1e9);
                run.log.progress("ingest " + file.dataset() + " " + file.name() + ": " + rows + " rows ("
                        + Math.round(rows / seconds) + " rows/s)");
            });
        } catch (FileIngester.FileUnavailableException e) {
            // not registered: the next night reads it; the other files go on
            run.log.warn(e.getMessage());
            run.unavailableThisRun.add(file.name());
            return null;
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        if (r.refused()) {
            run.log.warn(file.name() + " (" + file.dataset() + ") refused: " + r.reason());
        } else {
            run.log.info(String.format("ingest %s %s: %d read, %d accepted, %d rejected, %d skipped (%.1f s)", file.dataset(),
                    file.name(), r.read(), r.accepted(), r.rejected(), r.skipped(), seconds));
        }
        if (PAUSE_MILLIS > 0) {
            Thread.sleep(PAUSE_MILLIS);
        }
        return r;
    }
}
