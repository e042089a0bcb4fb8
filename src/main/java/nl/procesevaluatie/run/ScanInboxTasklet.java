package nl.procesevaluatie.run;

import nl.procesevaluatie.inbox.InboxFile;
import nl.procesevaluatie.inbox.InboxScanner;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/** Step 1: list and hash the inbox in load order; a glob that matches nothing is a warning, not an error. */
final class ScanInboxTasklet implements Tasklet {
    private final RunContext run;

    ScanInboxTasklet(RunContext run) {
        this.run = run;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        run.store.createSchema();
        InboxScanner.Scan scan = run.scan();
        scan.emptyGlobs().forEach(run.log::warn);
        scan.settling().forEach(f -> run.log.info("settling: " + f + " was modified less than "
                + run.options.settle().toSeconds() + " s ago; it waits for the next run"));
        long distinct = scan.files().stream().filter(f -> !f.duplicate()).count();
        run.log.info("inbox " + run.job.inbox() + ": " + scan.files().stream().map(InboxFile::name).distinct().count()
                + " files, " + distinct + " distinct contents over the datasets");
        return RepeatStatus.FINISHED;
    }
}
