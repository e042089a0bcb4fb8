package nl.procesevaluatie.indicators;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import nl.procesevaluatie.job.JobFile;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Small-cell suppression (indicators.md, Small numbers; details.md rules 43, 50, 57): a row counting people is
 * suppressed when its basis is 1 .. min_cell_size - 1; the basis is the count for counts, the numerator for
 * reach.penetration, else the denominator; an empty basis and 0 are never suppressed.
 */
class SuppressionTests {
    @TempDir
    Path dir;

    Suppression suppression;

    static final String GOALS = """
            instruments:
              - id: fun
                kind: survey
                files: "fun*.csv"
                columns: {respondent_id: R, date: D}
                items: [{column: F1}]
            goals:
              - {id: GT, criterion: {attended_at_least: {sessions: 1}}, target: 0.5}
              - {id: GP, population: professionals, criterion: {attended_at_least: {sessions: 1}}, target: 0.5}
              - {id: GO, population: organisations, criterion: {attended_at_least: {sessions: 1}}, target: 0.5}
              - {id: GR, population: respondents, instrument: fun, criterion: {score_at_least: 1}, target: 0.5}
            """;

    @BeforeEach
    void setUp() {
        JobFile job = Fixtures.job(dir, "as_of: 2023-03-31\nintervention: {code: X, planned_sessions: 4}\n" + GOALS);
        suppression = new Suppression(job);
    }

    static IndicatorRow count(String id, long n) {
        return Rows.count(id, Scope.ALL, "all", n);
    }

    static IndicatorRow share(String id, long numerator, long denominator) {
        return Rows.ratio(id, Scope.ALL, "all", Q.of(numerator), denominator);
    }

    @ParameterizedTest(name = "{0} with basis {1} -> {2}")
    @CsvSource({
            // counts of people: basis = the count; 0 is not suppressed, 1..4 are, 5 is not
            "reach.registered, 0, false", "reach.registered, 1, true", "reach.started, 4, true",
            "reach.completed, 5, false", "outcome.sdq.n, 3, true", "adoption.professionals_active, 1, true",
            // counts that are not people: never
            "adoption.organisations_active, 1, false", "maintenance.active_quarters, 2, false",
            "quality.registrations.read, 3, false", "quality.files_refused, 1, false"})
    void counts(String id, long n, boolean suppressed) {
        assertThat(suppression.apply(count(id, n)).suppressed()).isEqualTo(suppressed);
    }

    @ParameterizedTest(name = "{0} {1}/{2} -> {3}")
    @CsvSource({
            // shares and means of people: basis = the denominator, whatever the numerator
            "reach.start_rate, 0, 4, true", "reach.start_rate, 4, 5, false", "reach.dropout_rate, 0, 0, false",
            "fidelity.dose_delivered, 1, 1, true", "fidelity.quality, 3, 7, false",
            "determinant.clarity.negative_share, 0, 2, true", "outcome.sdq.pre_mean, 9, 4, true",
            // goals over trajects, professionals and respondents count people; over organisations never
            "goal.GT, 0, 3, true", "goal.GT, 5, 5, false", "goal.GP, 2, 2, true", "goal.GR, 1, 1, true",
            "goal.GO, 1, 1, false", "goal.GO, 0, 4, false", "goal.GT, 0, 0, false",
            // maintenance and cost never
            "maintenance.borging, 1, 2, false", "maintenance.active_quarters, 3, 3, false",
            "cost.per_started_client, 1000, 1, false"})
    void shares(String id, long numerator, long denominator, boolean suppressed) {
        assertThat(suppression.apply(share(id, numerator, denominator)).suppressed()).isEqualTo(suppressed);
    }

    @Test
    void penetrationIsJudgedOnItsNumeratorAlsoWithoutTarget() {
        IndicatorRow small = new IndicatorRow("reach.penetration", "all", "", "all", Q.of(3), Q.of(1000), Q.of(3, 1000),
                null, null, false, false);
        IndicatorRow large = new IndicatorRow("reach.penetration", "municipality", "Zeist", "all", Q.of(7), Q.of(2),
                Q.of(7, 2), null, null, false, false);
        IndicatorRow noTarget = new IndicatorRow("reach.penetration", "organisation", "A", "all", Q.of(2), null, null,
                null, null, false, false);
        IndicatorRow none = new IndicatorRow("reach.penetration", "organisation", "B", "all", Q.of(0), null, null,
                null, null, false, false);
        assertThat(suppression.apply(small).suppressed()).isTrue();   // 3 clients, target 1000
        assertThat(suppression.apply(large).suppressed()).isFalse();  // 7 clients, target 2
        assertThat(suppression.apply(noTarget).suppressed()).isTrue(); // 2 clients, no target
        assertThat(suppression.apply(none).suppressed()).isFalse();    // 0 clients
    }

    @Test
    void statisticsAreJudgedOnTheirDenominatorAndEmptyBasisIsNotSuppressed() {
        IndicatorRow median = Rows.statistic("reach.wait_days.median", Scope.ALL, "all", Q.of(14), 3);
        IndicatorRow effect = Rows.statistic("outcome.sdq.effect_size", Scope.ALL, "all", null, 6);
        IndicatorRow emptyBasis = new IndicatorRow("fidelity.quality", "all", "", "all", null, null, null, null, null,
                false, false);
        assertThat(suppression.apply(median).suppressed()).isTrue();
        assertThat(suppression.apply(effect).suppressed()).isFalse();
        assertThat(suppression.apply(emptyBasis).suppressed()).isFalse();
    }

    @Test
    void goalQuarterRowsAreSuppressedAsTheGoalsOtherRows() {
        IndicatorRow quarter = Rows.ratio("goal.GT", Scope.organisation("A"), "2023-Q1", Q.of(1), 2,
                new BigDecimal("0.5"), "met");
        assertThat(suppression.apply(quarter).suppressed()).isTrue();
    }

    @Test
    void minCellSizeBounds(@TempDir Path other) {
        // min_cell_size 1: the range 1..0 is empty, nothing is suppressed
        Suppression one = new Suppression(Fixtures.job(other.resolve("one"),
                "as_of: 2023-03-31\nmin_cell_size: 1\nintervention: {code: X, planned_sessions: 4}\n"));
        assertThat(one.apply(count("reach.registered", 1)).suppressed()).isFalse();
        // min_cell_size 10: 9 is suppressed, 10 is not
        Suppression ten = new Suppression(Fixtures.job(other.resolve("ten"),
                "as_of: 2023-03-31\nmin_cell_size: 10\nintervention: {code: X, planned_sessions: 4}\n"));
        assertThat(ten.apply(share("reach.start_rate", 9, 9)).suppressed()).isTrue();
        assertThat(ten.apply(share("reach.start_rate", 9, 10)).suppressed()).isFalse();
    }

    @Test
    void publicFileLeavesSuppressedFiguresAndStatusEmpty() {
        IndicatorRow goal = suppression.apply(Rows.ratio("goal.GT", Scope.organisation("A"), "all", Q.of(1), 1,
                new BigDecimal("0.5"), "met"));
        IndicatorRow open = suppression.apply(Rows.ratio("goal.GT", Scope.ALL, "all", Q.of(5), 6,
                new BigDecimal("0.5"), "met"));
        String publicCsv = IndicatorCsv.publicVersion(List.of(goal, open));
        assertThat(publicCsv).isEqualTo(IndicatorCsv.HEADER
                + "goal.GT,organisation,A,all,,,,0.5000,,true\n"
                + "goal.GT,all,,all,5,6,0.8333,0.5000,met,false\n");
        // the full file keeps everything
        assertThat(IndicatorCsv.full(List.of(goal))).isEqualTo(IndicatorCsv.HEADER
                + "goal.GT,organisation,A,all,1,1,1.0000,0.5000,met,true\n");
    }

    @Test
    void calculatorAppliesSuppressionToEveryRow(@TempDir Path other) {
        JobFile job = Fixtures.job(other, "as_of: 2023-03-31\nintervention: {code: X, planned_sessions: 4}\n" + GOALS);
        // one traject, completed after four sessions: its rows count one person, in every family that counts people
        List<IndicatorRow> rows = Fixtures.calculate(Fixtures.data(job,
                Fixtures.rows(Fixtures.reg("t1", "A", "2023-01-01").start("2023-01-02").end("2023-02-01", "completed").prof("p")),
                Fixtures.attendedSessions("t1", 4, "2023-01-02"), List.of()));
        assertThat(Fixtures.at(rows, "reach.registered", "org:A").suppressed()).isTrue();
        assertThat(Fixtures.at(rows, "goal.GP", "org:A").suppressed()).isTrue();
        assertThat(Fixtures.at(rows, "goal.GO", "org:A").suppressed()).isFalse();
        assertThat(Fixtures.at(rows, "adoption.organisations_active", "all").suppressed()).isFalse();
        // respondent goal with no respondents: basis 0
        assertThat(Fixtures.at(rows, "goal.GR", "all").suppressed()).isFalse();
        assertThat(Fixtures.at(rows, "quality.files_refused", "all").suppressed()).isFalse();
        // every row, of every family, leaves the calculator judged by the rule: judging it again changes nothing
        Suppression rule = new Suppression(job);
        assertThat(rows).hasSizeGreaterThan(50);
        assertThat(rows).allSatisfy(r -> assertThat(r.suppressed()).as(r.toString()).isEqualTo(rule.apply(r).suppressed()));
        assertThat(rows).filteredOn(IndicatorRow::suppressed).extracting(r -> r.indicator().substring(0, r.indicator().indexOf('.')))
                .as("families with suppressed rows").contains("reach", "fidelity", "goal", "adoption");
    }
}
