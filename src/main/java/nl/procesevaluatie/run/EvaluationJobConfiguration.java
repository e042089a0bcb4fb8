package nl.procesevaluatie.run;

import nl.procesevaluatie.inbox.InboxFile;
import javax.sql.DataSource;
import nl.procesevaluatie.store.FileRecord;
import nl.procesevaluatie.store.Store;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The evaluation as a Spring Batch job, read top to bottom: scan the inbox, ingest each new file (a chunk
 * of one file: read, validate, store), compute the indicators, write the analysis dataset, render the report. A run killed anywhere
 * is restarted from its failed step; ingest is idempotent, so a half-done step is simply done again.
 */
@Configuration(proxyBeanMethods = false)
class EvaluationJobConfiguration {
    static final String JOB_NAME = "evaluationJob";

    @Bean
    RunContext runContext(RunContext.Settings settings, DataSource dataSource) {
        return new RunContext(settings, new Store(dataSource));
    }

    // step 1 configuration
    @Bean
    Step scanInboxStep(JobRepository repository, PlatformTransactionManager tm, RunContext run) {
        return new StepBuilder("scanInboxStep", repository).tasklet(new ScanInboxTasklet(run), tm)
                .allowStartIfComplete(true).build();
    }

    // step 2 configuration
    @Bean
    Step ingestStep(JobRepository repository, PlatformTransactionManager tm, RunContext run) {
        return new StepBuilder("ingestStep", repository).<InboxFile, FileRecord>chunk(1)
                .transactionManager(tm)
                .reader(new PendingFileReader(run))
                .processor(new IngestFileProcessor(run))
                .writer(chunk -> chunk.forEach(run.processedThisRun::add))
                .build();
    }

    // step 3 configuration
    @Bean
    Step indicatorsStep(JobRepository repository, PlatformTransactionManager tm, RunContext run) {
        return new StepBuilder("indicatorsStep", repository).tasklet(new IndicatorsTasklet(run), tm).build();
    }

    // step 3b: the researcher's analysis dataset beside indicators.csv
    @Bean
    Step analysisStep(JobRepository repository, PlatformTransactionManager tm, RunContext run, DataSource dataSource) {
        return new StepBuilder("analysisStep", repository).tasklet(new AnalysisTasklet(run, dataSource), tm).build();
    }

    // step 4 configuration
    @Bean
    Step reportStep(JobRepository repository, PlatformTransactionManager tm, RunContext run) {
        return new StepBuilder("reportStep", repository).tasklet(new ReportTasklet(run), tm).build();
    }

    @Bean
    Job evaluationJob(JobRepository repository, Step scanInboxStep, Step ingestStep, Step indicatorsStep, Step analysisStep,
            Step reportStep) {
        return new JobBuilder(JOB_NAME, repository)
                .start(scanInboxStep)
                .next(ingestStep)
                .next(indicatorsStep)
                .next(analysisStep)
                .next(reportStep)
                .build();
    }
}
