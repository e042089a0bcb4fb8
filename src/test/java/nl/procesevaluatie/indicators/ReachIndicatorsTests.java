package nl.procesevaluatie.indicators;

import static nl.procesevaluatie.indicators.Fixtures.at;
import static nl.procesevaluatie.indicators.Fixtures.exists;
import static nl.procesevaluatie.indicators.Fixtures.expect;
import static nl.procesevaluatie.indicators.Fixtures.expectCount;
import static nl.procesevaluatie.indicators.Fixtures.periods;
import static nl.procesevaluatie.indicators.Fixtures.reg;
import static nl.procesevaluatie.indicators.Fixtures.scopes;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import nl.procesevaluatie.job.JobFile;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * reach.* on ten hand-made trajects, as_of 2023-03-31 (indicators.md, Reach; details.md rules 24, 25, 31, 32, 42, 43).
 *
 * <pre>
 * id   org mun         registered  started     ended       reason       client  notes
 * t01  A   Utrecht     2022-10-03  2022-10-13  2023-01-10  completed    c1      wait 10
 * t02  A   Utrecht     2022-11-01  2022-11-21  2023-02-01  dropped_out  c2      wait 20
 * t03  A   Zeist       2022-11-15  2022-11-10  2023-03-01  other        c1      wait -5 (started before registered)
 * t04  B   Zeist       2023-01-05  2023-02-04  -                        -       wait 30, anonymous
 * t05  B   -           2023-01-20  -           2023-02-01  not_started  c5      never started
 * t06  B   Utrecht     2023-02-10  2023-04-05  -                        c6      start after as_of: not started
 * t07  A   -           2023-03-01  2023-03-15  2023-03-31  completed    -       wait 14, ended on as_of, anonymous
 * t08  A   Utrecht     2023-04-02  ...                                         registered after as_of: not in T
 * t09  B   Zeist       2022-12-20  2023-01-09  2023-05-01  dropped_out  c9      wait 20, ended after as_of: not ended
 * t10  B   Amersfoort  2023-03-10  2023-03-20  2023-03-25  (none)       c9      wait 10, ended without reason
 * </pre>
 *
 * T = {t01..t07, t09, t10} (9). Started: t01 t02 t03 t04 t07 t09 t10 (7). Completed: t01 t07. Dropped out
 * and ended by as_of: t02 only. The dropout population (completed or dropped out): t01 t02 t07; t03 (other),
 * t05 (not_started) and t10 (no reason) are ended but in neither population (rule 42).
 */
class ReachIndicatorsTests {
    @TempDir
    Path dir;

    List<IndicatorRow> rows;

    @BeforeEach
    void compute() {
        JobFile job = Fixtures.job(dir, """
                as_of: 2023-03-31
                intervention: {code: X, planned_sessions: 4}
                target_population: {Utrecht: 300, Zeist: 120, Houten: 80}
                """);
        EvaluationData data = Fixtures.data(job, Fixtures.rows(
                reg("t01", "A", "2022-10-03").mun("Utrecht").start("2022-10-13").end("2023-01-10", "completed").client("c1"),
                reg("t02", "A", "2022-11-01").mun("Utrecht").start("2022-11-21").end("2023-02-01", "dropped_out").client("c2"),
                reg("t03", "A", "2022-11-15").mun("Zeist").start("2022-11-10").end("2023-03-01", "other").client("c1"),
                reg("t04", "B", "2023-01-05").mun("Zeist").start("2023-02-04"),
                reg("t05", "B", "2023-01-20").end("2023-02-01", "not_started").client("c5"),
                reg("t06", "B", "2023-02-10").mun("Utrecht").start("2023-04-05").client("c6"),
                reg("t07", "A", "2023-03-01").start("2023-03-15").end("2023-03-31", "completed"),
                reg("t08", "A", "2023-04-02").mun("Utrecht").start("2023-04-03").client("c8"),
                reg("t09", "B", "2022-12-20").mun("Zeist").start("2023-01-09").end("2023-05-01", "dropped_out").client("c9"),
                reg("t10", "B", "2023-03-10").mun("Amersfoort").start("2023-03-20").end("2023-03-25", null).client("c9")),
                List.of(), List.of());
        rows = Fixtures.calculate(data);
    }

    @Test
    void countsForAllAndPerOrganisation() {
        // registered: T = 9; A = t01 t02 t03 t07 = 4; B = t04 t05 t06 t09 t10 = 5 (t08 is after as_of)
        expectCount(at(rows, "reach.registered", "all"), 9);
        expectCount(at(rows, "reach.registered", "org:A"), 4);
        expectCount(at(rows, "reach.registered", "org:B"), 5);
        // started: 7; A = t01 t02 t03 t07 = 4; B = t04 t09 t10 = 3 (t06 starts after as_of, t05 never)
        expectCount(at(rows, "reach.started", "all"), 7);
        expectCount(at(rows, "reach.started", "org:A"), 4);
        expectCount(at(rows, "reach.started", "org:B"), 3);
        // completed: t01 t07 (t07 ends on as_of itself, which counts); none in B
        expectCount(at(rows, "reach.completed", "all"), 2);
        expectCount(at(rows, "reach.completed", "org:A"), 2);
        expectCount(at(rows, "reach.completed", "org:B"), 0);
    }

    @Test
    void startAndDropoutRates() {
        // start_rate = started / T = 7/9 = 0.77777.. -> 0.7778
        expect(at(rows, "reach.start_rate", "all"), "7", "9", "0.7778");
        // A: 4/4; B: t04 t09 t10 of 5 = 0.6
        expect(at(rows, "reach.start_rate", "org:A"), "4", "4", "1.0000");
        expect(at(rows, "reach.start_rate", "org:B"), "3", "5", "0.6000");
        // dropout: population t01 t02 t07 (t03 other, t05 not_started, t10 no reason, t09 ends after as_of) -> 1/3
        expect(at(rows, "reach.dropout_rate", "all"), "1", "3", "0.3333");
        expect(at(rows, "reach.dropout_rate", "org:A"), "1", "3", "0.3333");
        // B: no completed or dropped-out traject ended by as_of: 0 and 0, value empty, the row still exists
        expect(at(rows, "reach.dropout_rate", "org:B"), "0", "0", "");
    }

    @Test
    void waitingDaysMedianAndP90IncludeNegatives() {
        // started waits sorted: -5 10 10 14 20 20 30 (n=7): median = 14;
        // p90 at (7-1)*0.9 = 5.4: 20 + 0.4*(30-20) = 24
        expect(at(rows, "reach.wait_days.median", "all"), "", "7", "14.0000");
        expect(at(rows, "reach.wait_days.p90", "all"), "", "7", "24.0000");
        // A: -5 10 14 20 (even count): median = (10+14)/2 = 12; p90 at 2.7: 14 + 0.7*(20-14) = 18.2
        expect(at(rows, "reach.wait_days.median", "org:A"), "", "4", "12.0000");
        expect(at(rows, "reach.wait_days.p90", "org:A"), "", "4", "18.2000");
        // B: 10 20 30: median 20; p90 at 1.8: 20 + 0.8*10 = 28
        expect(at(rows, "reach.wait_days.median", "org:B"), "", "3", "20.0000");
        expect(at(rows, "reach.wait_days.p90", "org:B"), "", "3", "28.0000");
        // Utrecht: started t01 (10), t02 (20): median 15; t06 has not started
        expect(at(rows, "reach.wait_days.median", "mun:Utrecht"), "", "2", "15.0000");
        // no quarter rows for the waiting times
        assertThat(periods(rows, "reach.wait_days.median", "all")).containsExactly("all");
    }

    @Test
    void municipalityRowsOnlyForNonEmptyMunicipalitiesOfT() {
        // municipalities of T: Utrecht (t01 t02 t06), Zeist (t03 t04 t09), Amersfoort (t10); t05 and t07 have none;
        // Houten is only in the target map and has no traject, so no row.
        assertThat(scopes(rows, "reach.registered")).containsExactly("all", "mun:Amersfoort", "mun:Utrecht", "mun:Zeist",
                "org:A", "org:B");
        expectCount(at(rows, "reach.registered", "mun:Utrecht"), 3);
        expectCount(at(rows, "reach.started", "mun:Utrecht"), 2);
        expectCount(at(rows, "reach.started", "mun:Zeist"), 3);
        expectCount(at(rows, "reach.started", "mun:Amersfoort"), 1);
        assertThat(exists(rows, "reach.registered", "mun:Houten", "all")).isFalse();
    }

    @Test
    void penetrationPerMunicipalityTarget() {
        // all: distinct clients among started trajects: c1 (t01, t03), c2, c9 (t09, t10) + t04 and t07 without
        // client_id one each = 5; target = 300 + 120 + 80 = 500 -> 5/500 = 0.01
        IndicatorRow all = at(rows, "reach.penetration", "all");
        expect(all, "5", "500", "0.0100");
        assertThat(all.suppressed()).isFalse();
        // Utrecht: c1, c2 = 2 / 300 = 0.006666.. -> 0.0067; suppressed by its numerator 2
        IndicatorRow utrecht = at(rows, "reach.penetration", "mun:Utrecht");
        expect(utrecht, "2", "300", "0.0067");
        assertThat(utrecht.suppressed()).isTrue();
        // Zeist: c1 (t03), t04 (anonymous), c9 (t09) = 3 / 120 = 0.025
        expect(at(rows, "reach.penetration", "mun:Zeist"), "3", "120", "0.0250");
        // Amersfoort: no target -> denominator and value empty; numerator 1 still suppresses
        IndicatorRow amersfoort = at(rows, "reach.penetration", "mun:Amersfoort");
        expect(amersfoort, "1", "", "");
        assertThat(amersfoort.suppressed()).isTrue();
        // organisations never have a target: A = c1 c2 + t07 = 3; B = t04 + c9 = 2
        expect(at(rows, "reach.penetration", "org:A"), "3", "", "");
        expect(at(rows, "reach.penetration", "org:B"), "2", "", "");
        assertThat(periods(rows, "reach.penetration", "all")).containsExactly("all");
    }

    @Test
    void quarterRowsOnlyWhereATrajectHasItsCohortDateAndAddUp() {
        // registered_on quarters: 2022-Q4 = t01 t02 t03 t09 (4), 2023-Q1 = t04 t05 t06 t07 t10 (5): 4 + 5 = 9
        assertThat(periods(rows, "reach.registered", "all")).containsExactly("2022-Q4", "2023-Q1", "all");
        expectCount(at(rows, "reach.registered", "all", "2022-Q4"), 4);
        expectCount(at(rows, "reach.registered", "all", "2023-Q1"), 5);
        // B: 2022-Q4 = t09; 2023-Q1 = t04 t05 t06 t10
        expectCount(at(rows, "reach.registered", "org:B", "2022-Q4"), 1);
        expectCount(at(rows, "reach.registered", "org:B", "2023-Q1"), 4);
        // started_on quarters: 2022-Q4 = t01 t02 t03; 2023-Q1 = t04 t07 t09 t10; t06's start (2023-04-05) is after
        // as_of, so there is no 2023-Q2 row
        assertThat(periods(rows, "reach.started", "all")).containsExactly("2022-Q4", "2023-Q1", "all");
        expectCount(at(rows, "reach.started", "all", "2022-Q4"), 3);
        expectCount(at(rows, "reach.started", "all", "2023-Q1"), 4);
        expectCount(at(rows, "reach.completed", "all", "2022-Q4"), 1);
        expectCount(at(rows, "reach.completed", "all", "2023-Q1"), 1);
        // start_rate by registered_on: 2022-Q4 all four started; 2023-Q1: t04 t07 t10 of 5
        expect(at(rows, "reach.start_rate", "all", "2022-Q4"), "4", "4", "1.0000");
        expect(at(rows, "reach.start_rate", "all", "2023-Q1"), "3", "5", "0.6000");
        // dropout_rate by started_on: 2022-Q4: t01 (completed), t02 (dropped), t03 (other: out) -> 1/2;
        // 2023-Q1: only t07 is in the population -> 0/1
        expect(at(rows, "reach.dropout_rate", "all", "2022-Q4"), "1", "2", "0.5000");
        expect(at(rows, "reach.dropout_rate", "all", "2023-Q1"), "0", "1", "0.0000");
        // municipality quarter rows too: Amersfoort only has t10 registered 2023-03-10
        assertThat(periods(rows, "reach.registered", "mun:Amersfoort")).containsExactly("2023-Q1", "all");
    }

    @Test
    void suppressionOfCounts() {
        // counts are suppressed by their value: B completed 0 is not, A completed 2 is, all registered 9 is not
        assertThat(at(rows, "reach.completed", "org:B").suppressed()).isFalse();
        assertThat(at(rows, "reach.completed", "org:A").suppressed()).isTrue();
        assertThat(at(rows, "reach.registered", "all").suppressed()).isFalse();
        // shares by their denominator: dropout all 3 -> suppressed; start_rate B 5 -> not; dropout B 0 -> not
        assertThat(at(rows, "reach.dropout_rate", "all").suppressed()).isTrue();
        assertThat(at(rows, "reach.start_rate", "org:B").suppressed()).isFalse();
        assertThat(at(rows, "reach.dropout_rate", "org:B").suppressed()).isFalse();
    }

    @Test
    void singleNumberTargetOnlyForScopeAll(@TempDir Path other) {
        JobFile job = Fixtures.job(other, """
                as_of: 2023-03-31
                intervention: {code: X, planned_sessions: 4}
                target_population: 4000
                """);
        // started: s1 (client k), s2 (client k again), s3 (anonymous): 2 distinct clients of 4000 = 0.0005
        EvaluationData data = Fixtures.data(job, Fixtures.rows(
                reg("s1", "A", "2023-01-01").mun("Utrecht").start("2023-01-02").client("k"),
                reg("s2", "A", "2023-01-01").mun("Utrecht").start("2023-01-05").client("k"),
                reg("s3", "A", "2023-01-01").start("2023-01-05"),
                reg("s4", "A", "2023-01-01").mun("Utrecht").client("m")), List.of(), List.of());
        List<IndicatorRow> r = Fixtures.calculate(data);
        expect(at(r, "reach.penetration", "all"), "2", "4000", "0.0005");
        // a single number is the target of scope all only
        expect(at(r, "reach.penetration", "mun:Utrecht"), "1", "", "");
        expect(at(r, "reach.penetration", "org:A"), "2", "", "");
    }

    @Test
    void noTargetPopulationLeavesEveryPenetrationWithoutDenominator(@TempDir Path other) {
        JobFile job = Fixtures.job(other, """
                as_of: 2023-03-31
                intervention: {code: X, planned_sessions: 4}
                """);
        EvaluationData data = Fixtures.data(job, Fixtures.rows(
                reg("s1", "A", "2023-01-01").start("2023-01-02").client("k")), List.of(), List.of());
        List<IndicatorRow> r = Fixtures.calculate(data);
        IndicatorRow all = at(r, "reach.penetration", "all");
        expect(all, "1", "", "");
        assertThat(all.suppressed()).isTrue();
    }
}
