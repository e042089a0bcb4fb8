package nl.procesevaluatie.report;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import nl.procesevaluatie.indicators.IndicatorRow;
import nl.procesevaluatie.job.JobFile;

/**
 * Everything the report shows. Every figure comes from {@code rows}, the rows of indicators.csv; the
 * report never computes a figure of its own (an organisation's report also shows the median and range of
 * the other organisations' rows). {@code files} and {@code rejects} are the run's facts about the inbox,
 * for the data-quality section. {@code organisation} is set for one organisation's report.
 */
public record ReportInput(
        JobFile job,
        LocalDate asOf,
        String language,
        List<IndicatorRow> rows,
        List<FileFacts> files,
        List<RejectFacts> rejects,
        Instant runStarted,
        String version,
        List<Notice> notices,
        String organisation) {

    /** Without notices (tests and renders of a whole, healthy evaluation). */
    public ReportInput(JobFile job, LocalDate asOf, String language, List<IndicatorRow> rows, List<FileFacts> files,
            List<RejectFacts> rejects, Instant runStarted, String version) {
        this(job, asOf, language, rows, files, rejects, runStarted, version, List.of(), null);
    }

    /** The main report, over every organisation. */
    public ReportInput(JobFile job, LocalDate asOf, String language, List<IndicatorRow> rows, List<FileFacts> files,
            List<RejectFacts> rejects, Instant runStarted, String version, List<Notice> notices) {
        this(job, asOf, language, rows, files, rejects, runStarted, version, notices, null);
    }

    /** Whether this is one organisation's report (its rows are that organisation's, scoped as all). */
    public boolean forOrganisation() {
        return organisation != null;
    }
}
