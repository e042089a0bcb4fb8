package nl.procesevaluatie.run;

import javax.sql.DataSource;
import nl.procesevaluatie.analysis.AnalysisDataset;
import nl.procesevaluatie.indicators.EvaluationData;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/** Writes the analysis dataset (files and database tables) from the data the indicators step loaded. */
final class AnalysisTasklet implements Tasklet {
    private final RunContext run;
    private final DataSource dataSource;

    AnalysisTasklet(RunContext run, DataSource dataSource) {
        this.run = run;
        this.dataSource = dataSource;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        if (run.kept() != null) {
            return RepeatStatus.FINISHED; // nothing new: last run's dataset stands
        }
        long start = System.nanoTime();
        EvaluationData data = run.data();
        if (data == null) { // restarted in a new process after the indicators step: load the store again
            IndicatorsTasklet.compute(run);
            data = run.data();
        }
        AnalysisDataset dataset = AnalysisDataset.of(data, run.pseudonymiser::pseudonym);
        long built = System.nanoTime();
        dataset.writeFiles(run.job.output());
        long files = System.nanoTime();
        dataset.writeTables(dataSource, run.job.output());
        long tables = System.nanoTime();
        run.data(null); // the stored rows are not needed any more: free them for the report
        run.log.info(String.format("analysis: %d trajects, %d responses: built in %.1f s, %s/ written in %.1f s,"
                + " analysis_* tables in %.1f s", dataset.trajectRows(), dataset.responseRows(), (built - start) / 1e9,
                AnalysisDataset.FOLDER, (files - built) / 1e9, (tables - files) / 1e9));
        return RepeatStatus.FINISHED;
    }
}
