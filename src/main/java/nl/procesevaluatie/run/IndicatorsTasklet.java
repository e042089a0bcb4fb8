package nl.procesevaluatie.run;

import java.util.ArrayList;
import java.util.List;
import nl.procesevaluatie.indicators.EvaluationData;
import nl.procesevaluatie.indicators.IndicatorCalculator;
import nl.procesevaluatie.indicators.IndicatorCsv;
import nl.procesevaluatie.indicators.IndicatorRow;
import nl.procesevaluatie.ingest.InboxState;
import nl.procesevaluatie.job.Instrument;
import nl.procesevaluatie.output.OutputFiles;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/** Step 3: read the store once, compute every indicator, write indicators.csv, its public version and rejects.csv. */
final class IndicatorsTasklet implements Tasklet {
    private final RunContext run;

    IndicatorsTasklet(RunContext run) {
        this.run = run;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        List<nl.procesevaluatie.report.Notice> kept = LastRun.reusable(run);
        if (kept != null) {
            run.keep(kept);
            run.log.info("nothing new since the last run (no new file, the same job file, reference date, options and"
                    + " software): its indicators, dataset and reports stand");
            return RepeatStatus.FINISHED;
        }
        LastRun.forget(run.job.output());
        List<IndicatorRow> rows = compute(run);
        OutputFiles.write(run.job.output().resolve("indicators.csv"), IndicatorCsv.full(rows));
        OutputFiles.write(run.job.output().resolve("indicators-public.csv"), IndicatorCsv.publicVersion(rows));
        InboxState inbox = run.inbox();
        OutputFiles.write(run.job.output().resolve("rejects.csv"), InboxState.rejectsCsv(inbox.rejects()));
        run.log.info("indicators: " + rows.size() + " rows as of " + run.asOf());
        return RepeatStatus.FINISHED;
    }

    static List<IndicatorRow> compute(RunContext run) {
        long start = System.nanoTime();
        EvaluationData data = EvaluationData.load(run.job, run.asOf(), run.store);
        run.log.info(String.format("indicators: stored rows loaded in %.1f s", (System.nanoTime() - start) / 1e9));
        List<String> datasets = new ArrayList<>(List.of("registrations"));
        if (run.job.sessions() != null) {
            datasets.add("sessions");
        }
        run.job.instruments().stream().map(Instrument::id).forEach(datasets::add);
        InboxState inbox = run.inbox();
        List<IndicatorRow> rows = new IndicatorCalculator().calculate(data, new IndicatorCalculator.QualityInput(
                datasets, inbox.records(), data.registrationWarnings(), data.sessionWarnings()));
        run.rows(rows);
        run.data(data);
        run.log.info(String.format("indicators computed in %.1f s", (System.nanoTime() - start) / 1e9));
        return rows;
    }
}
