package nl.procesevaluatie.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.procesevaluatie.indicators.IndicatorRow;
import nl.procesevaluatie.indicators.Q;
import nl.procesevaluatie.job.JobFile;
import nl.procesevaluatie.job.JobFileReader;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/** Report inputs for the tests: the small-clean acceptance case, and a self-contained job with rows built inline. */
final class ReportFixtures {
    static final Path SMALL_CLEAN = Path.of("..", "shared", "acceptance", "small-clean").toAbsolutePath().normalize();
    static final Path OWN_JOB = Path.of("src", "test", "resources", "report", "job.yaml");
    static final Instant STARTED = Instant.parse("2022-04-01T02:00:00Z");

    private ReportFixtures() {}

    static boolean smallCleanPresent() {
        return Files.exists(SMALL_CLEAN.resolve("expected").resolve("indicators.csv"));
    }

    /** small-clean's job and expected indicators.csv, as the pipeline would hand them over. */
    static ReportInput smallClean(String language) {
        JobFile job = new JobFileReader().read(SMALL_CLEAN.resolve("job.yaml"));
        List<IndicatorRow> rows = readIndicators(SMALL_CLEAN.resolve("expected").resolve("indicators.csv"));
        List<FileFacts> files = new ArrayList<>();
        try (var list = Files.list(SMALL_CLEAN.resolve("inbox"))) {
            list.map(p -> p.getFileName().toString()).sorted().forEach(name -> {
                String dataset = name.substring(0, name.indexOf('_'));
                files.add(new FileFacts(name, dataset, false, 10, 10, 0, 0, null, null, null));
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new ReportInput(job, job.asOf(), language, rows, files, List.of(), STARTED, "0.1.0-test");
    }

    /** Rows of an indicators.csv; a row is a count when it has a numerator, no denominator and a value. */
    static List<IndicatorRow> readIndicators(Path csv) {
        List<IndicatorRow> rows = new ArrayList<>();
        try (CSVParser p = CSVParser.builder().setPath(csv).setCharset(StandardCharsets.UTF_8)
                .setFormat(CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()).get()) {
            for (CSVRecord r : p) {
                Q num = q(r.get("numerator"));
                Q den = q(r.get("denominator"));
                Q value = q(r.get("value"));
                String target = r.get("target");
                String status = r.get("status");
                rows.add(new IndicatorRow(r.get("indicator"), r.get("scope"), r.get("scope_value"), r.get("period"), num, den,
                        value, target.isEmpty() ? null : new BigDecimal(target), status.isEmpty() ? null : status,
                        Boolean.parseBoolean(r.get("suppressed")), num != null && den == null && value != null));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }

    static Q q(String s) {
        return s == null || s.isEmpty() ? null : Q.of(new BigDecimal(s));
    }

    static JobFile ownJob() {
        return new JobFileReader().read(OWN_JOB);
    }

    static ReportInput input(JobFile job, String language, List<IndicatorRow> rows, List<FileFacts> files,
            List<RejectFacts> rejects) {
        return new ReportInput(job, job.asOf() == null ? LocalDate.of(2022, 3, 31) : job.asOf(), language, rows, files, rejects,
                STARTED, "0.1.0-test");
    }

    static IndicatorRow withStatus(IndicatorRow r, String status) {
        return new IndicatorRow(r.indicator(), r.scope(), r.scopeValue(), r.period(), r.numerator(), r.denominator(), r.value(),
                r.target(), status, r.suppressed(), r.count());
    }
}
