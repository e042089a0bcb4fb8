package nl.procesevaluatie.indicators;

import static nl.procesevaluatie.indicators.Fixtures.at;
import static nl.procesevaluatie.indicators.Fixtures.expectCount;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import nl.procesevaluatie.store.FileRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * quality.* (indicators.md, Data quality; details.md rules 21, 23, 29, 30, 43): per dataset or instrument the
 * sums over its loaded files; a refused file adds nothing but counts in quality.files_refused; warnings come from
 * the stored rows; instruments have none.
 */
class QualityIndicatorsTests {

    static FileRecord loaded(String dataset, String name, long read, long accepted, long rejected, long skipped) {
        return new FileRecord(dataset, "h-" + dataset + name, name, false, read, accepted, rejected, skipped, null, null, null);
    }

    static FileRecord refused(String dataset, String name, long read, long rejected) {
        return new FileRecord(dataset, "h-" + dataset + name, name, true, read, 0, rejected, 0, "", "", "too many rejects");
    }

    @Test
    void sumsPerDatasetAndRefusedFiles(@TempDir Path dir) {
        List<FileRecord> files = List.of(
                // registrations: 10 + 5 read; 8 + 5 accepted; 1 rejected; 1 skipped. The refused file adds nothing.
                loaded("registrations", "reg1.csv", 10, 8, 1, 1),
                loaded("registrations", "reg2.csv", 5, 5, 0, 0),
                refused("registrations", "reg3.csv", 4, 3),
                // sessions: one file
                loaded("sessions", "ses1.csv", 20, 19, 1, 0),
                // instrument fun: one loaded, one refused (missing column: nothing read)
                loaded("fun", "fun1.csv", 3, 3, 0, 0),
                refused("fun", "fun2.csv", 0, 0));
        var job = Fixtures.job(dir, "as_of: 2023-03-31\nintervention: {code: X, planned_sessions: 4}\n");
        List<IndicatorRow> rows = new IndicatorCalculator().calculate(Fixtures.data(job, List.of(), List.of(), List.of()),
                new IndicatorCalculator.QualityInput(List.of("registrations", "sessions", "fun"), files, 3, 2));
        expectCount(at(rows, "quality.registrations.read", "all"), 15);
        expectCount(at(rows, "quality.registrations.accepted", "all"), 13);
        expectCount(at(rows, "quality.registrations.rejected", "all"), 1);
        expectCount(at(rows, "quality.registrations.skipped", "all"), 1);
        expectCount(at(rows, "quality.registrations.warnings", "all"), 3);
        expectCount(at(rows, "quality.sessions.read", "all"), 20);
        expectCount(at(rows, "quality.sessions.rejected", "all"), 1);
        expectCount(at(rows, "quality.sessions.warnings", "all"), 2);
        expectCount(at(rows, "quality.fun.read", "all"), 3);
        expectCount(at(rows, "quality.fun.warnings", "all"), 0);
        // two refused files, one of registrations and one of fun
        IndicatorRow refusedRow = at(rows, "quality.files_refused", "all");
        expectCount(refusedRow, 2);
        // quality rows are never suppressed and only exist for scope all, period all
        assertThat(rows.stream().filter(r -> r.indicator().startsWith("quality.")))
                .hasSize(16)
                .allMatch(r -> !r.suppressed() && r.isAllScope() && r.isAllPeriod());
    }

    @Test
    void noFilesGivesZeroRows(@TempDir Path dir) {
        var job = Fixtures.job(dir, "as_of: 2023-03-31\nintervention: {code: X, planned_sessions: 4}\n");
        List<IndicatorRow> rows = new IndicatorCalculator().calculate(Fixtures.data(job, List.of(), List.of(), List.of()),
                new IndicatorCalculator.QualityInput(List.of("registrations"), List.of(), 0, 0));
        expectCount(at(rows, "quality.registrations.read", "all"), 0);
        expectCount(at(rows, "quality.files_refused", "all"), 0);
        assertThat(rows.stream().filter(r -> r.indicator().startsWith("quality.sessions"))).isEmpty();
    }
}
