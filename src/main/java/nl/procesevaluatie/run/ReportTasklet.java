package nl.procesevaluatie.run;

import java.util.List;
import nl.procesevaluatie.indicators.IndicatorRow;
import nl.procesevaluatie.ingest.InboxState;
import nl.procesevaluatie.report.FileFacts;
import nl.procesevaluatie.report.Notice;
import nl.procesevaluatie.report.OrganisationReports;
import nl.procesevaluatie.report.RejectFacts;
import nl.procesevaluatie.report.ReportInput;
import nl.procesevaluatie.report.ReportWriter;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/** Step 4: render the report from the indicator rows (never a second computation) and write run.json. */
final class ReportTasklet implements Tasklet {
    private final RunContext run;

    ReportTasklet(RunContext run) {
        this.run = run;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        if (run.kept() != null) {
            RunJson.write(run, run.inbox(), run.kept(), false);
            run.kept().forEach(n -> run.log.warn("partial: " + n.english()));
            run.log.info("report: " + run.job.output().resolve("report.html") + " (unchanged: nothing new since the last run)");
            return RepeatStatus.FINISHED;
        }
        List<IndicatorRow> rows = run.rows() != null ? run.rows() : IndicatorsTasklet.compute(run);
        InboxState inbox = run.inbox();
        List<Notice> notices = run.notices(rows);
        ReportInput input = new ReportInput(run.job, run.asOf(), run.job.language(), rows, files(inbox), rejects(inbox),
                run.started, run.version, notices);
        new ReportWriter().write(input, run.job.output(), run.options.pdf());
        long start = System.nanoTime();
        var written = OrganisationReports.write(input, run.job.output(), run.options.pdf(), run.options.organisation());
        if (run.options.organisation() != null && !written.containsKey(run.options.organisation())) {
            run.log.warn("--organisation: no organisation '" + run.options.organisation() + "' among the trajects; no organisation report written");
        }
        run.log.info(String.format("organisation reports: %d in %.1f s, in %s", run.options.organisation() == null ? written.size()
                : written.containsKey(run.options.organisation()) ? 1 : 0, (System.nanoTime() - start) / 1e9,
                run.job.output().resolve(OrganisationReports.FOLDER)));
        RunJson.write(run, inbox, notices, true);
        LastRun.save(run, notices);
        notices.forEach(n -> run.log.warn("partial: " + n.english()));
        run.log.info("report: " + run.job.output().resolve("report.html"));
        return RepeatStatus.FINISHED;
    }

    /** The registry entries as the report's facts (report/ knows nothing of ingest/ or store/). */
    static List<FileFacts> files(InboxState inbox) {
        return inbox.records().stream().map(r -> new FileFacts(r.name(), r.dataset(), r.refused(), r.read(), r.accepted(),
                r.rejected(), r.skipped(), r.field(), r.value(), r.reason())).toList();
    }

    static List<RejectFacts> rejects(InboxState inbox) {
        return inbox.rejects().stream().map(l -> new RejectFacts(l.file(), l.line(), l.dataset(), l.field(), l.value(), l.reason()))
                .toList();
    }
}
