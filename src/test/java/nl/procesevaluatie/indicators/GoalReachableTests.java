package nl.procesevaluatie.indicators;

import static nl.procesevaluatie.indicators.Fixtures.at;
import static nl.procesevaluatie.indicators.Fixtures.expect;
import static nl.procesevaluatie.indicators.Fixtures.reg;
import static nl.procesevaluatie.indicators.Fixtures.ses;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import nl.procesevaluatie.domain.SessionRow;
import nl.procesevaluatie.job.InvalidJobFileException;
import nl.procesevaluatie.job.JobFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * goal.<id>.reachable (indicators.md, Still reachable; details.md rules 58-60): one small evaluation per
 * part of rule 59, as_of 2023-03-31, planned_sessions 4, all trajects in organisation A.
 */
class GoalReachableTests {
    @TempDir
    Path dir;

    private List<IndicatorRow> compute(String goals, List<Fixtures.Reg> regs, List<SessionRow> sessions) {
        JobFile job = Fixtures.job(dir, """
                as_of: 2023-03-31
                implementation_start: 2023-01-01
                intervention: {code: X, planned_sessions: 4}
                instruments:
                  - {id: fun, kind: survey, files: "fun*.csv", columns: {respondent_id: R, date: D, traject_id: T}, items: [{column: F}]}
                goals:
                """ + goals);
        return Fixtures.calculate(Fixtures.data(job, Fixtures.rows(regs.toArray(Fixtures.Reg[]::new)), sessions, List.of()));
    }

    @Test
    void completedWithinIsOpenWhileNotStartedOrBeforeTheDeadline() {
        // window [2023-01-01, 2023-07-01) is open; completed within 2 months of started_on:
        // c1 started 03-01, running: deadline 05-01 > as_of -> open
        // c2 started 01-10, running: deadline 03-10 passed -> not open
        // c3 started 01-05, completed 02-01 -> meets
        // c4 started 02-01, dropped out 03-01 -> ended, not open
        // c5 started 03-15, ends 04-10 (after as_of, so not ended): deadline 05-15 -> open
        List<IndicatorRow> rows = compute("""
                  - id: C
                    window: {months: 6}
                    criterion: {completed_within: {months: 2}}
                    target: 0.5
                """, List.of(
                reg("c1", "A", "2023-02-20").start("2023-03-01"),
                reg("c2", "A", "2023-01-02").start("2023-01-10"),
                reg("c3", "A", "2023-01-02").start("2023-01-05").end("2023-02-01", "completed"),
                reg("c4", "A", "2023-01-20").start("2023-02-01").end("2023-03-01", "dropped_out"),
                reg("c5", "A", "2023-03-10").start("2023-03-15").end("2023-04-10", "completed")), List.of());
        expect(at(rows, "goal.C", "all"), "1", "5", "0.2000", "in_progress");
        // 1 meeting + 2 open = 3 of 5 = 0.6 >= 0.5, but 0.2 < 0.5 not yet: open
        IndicatorRow reachable = at(rows, "goal.C.reachable", "all");
        expect(reachable, "3", "5", "0.6000", "open");
        assertThat(reachable.target()).isEqualByComparingTo("0.5");
        // quarter rows by started_on: 2023-Q1 holds all five
        expect(at(rows, "goal.C.reachable", "org:A", "2023-Q1"), "3", "5", "0.6000", "open");
    }

    @Test
    void startedWithinCannotBeOpenOnceItsDeadlinePassed() {
        // without a window, started_within keeps only trajects whose deadline (registered + 30 days) is on or
        // before as_of, so a missed start is decided: s1 started in 10 days (meets), s2 never started, s3 started late
        List<IndicatorRow> rows = compute("""
                  - id: S
                    criterion: {started_within: {days: 30}}
                    target: 0.5
                """, List.of(
                reg("s1", "A", "2023-01-01").start("2023-01-11"),
                reg("s2", "A", "2023-01-01"),
                reg("s3", "A", "2023-01-01").start("2023-02-15"),
                reg("s4", "A", "2023-03-20")), List.of()); // deadline 04-19 after as_of: not in the population
        expect(at(rows, "goal.S", "all"), "1", "3", "0.3333", "not_met");
        // 1/3 < 0.5 and nobody open -> off_track
        expect(at(rows, "goal.S.reachable", "all"), "1", "3", "0.3333", "off_track");
    }

    @Test
    void componentWithinSessionsIsOpenWhileSomeOfTheFirstNSessionsAreNotHeld() {
        // component k within sessions 1-2:
        // k1: s1 {k} -> meets; k2: s1 {} -> 1 of sessions 1..2 held -> open
        // k3: s1 {}, s2 {} -> both held without k -> not open
        // k4: no sessions, dropped out -> ended, not open
        // k5: s2 {}, s5 {} -> 1 of sessions 1..2 held -> open
        List<IndicatorRow> rows = compute("""
                  - id: K
                    criterion: {component_delivered: {component: k, within_sessions: 2}}
                    target: 0.6
                  - id: KK
                    criterion: {components_delivered: {all: [k, m], within_sessions: 2}}
                    target: 0.2
                """, List.of(
                reg("k1", "A", "2023-01-01").start("2023-01-02"),
                reg("k2", "A", "2023-01-01").start("2023-01-02"),
                reg("k3", "A", "2023-01-01").start("2023-01-02"),
                reg("k4", "A", "2023-01-01").start("2023-01-02").end("2023-03-01", "dropped_out"),
                reg("k5", "A", "2023-01-01").start("2023-01-02")), List.of(
                ses("k1", 1, "2023-01-02", true, true, "k"),
                ses("k2", 1, "2023-01-02", true, true),
                ses("k3", 1, "2023-01-02", true, true), ses("k3", 2, "2023-01-09", true, true),
                ses("k5", 2, "2023-01-09", true, true), ses("k5", 5, "2023-02-09", true, true)));
        expect(at(rows, "goal.K", "all"), "1", "5", "0.2000", "not_met");
        // 1 + 2 open = 3/5 = 0.6 >= 0.6 -> open
        expect(at(rows, "goal.K.reachable", "all"), "3", "5", "0.6000", "open");
        // KK: nobody has k and m in sessions 1-2; k1 has held 1 of 2 -> open too: 0 + 3 = 3/5; the goal's value
        // 0 < 0.2 and 0.6 >= 0.2 -> open
        expect(at(rows, "goal.KK", "all"), "0", "5", "0.0000", "not_met");
        expect(at(rows, "goal.KK.reachable", "all"), "3", "5", "0.6000", "open");
    }

    @Test
    void attendedAtLeastCountsTheSessionsStillToCome() {
        // at least 3 attended of planned 4; remaining = max(0, 4 - delivered):
        // a1: 3 attended -> meets
        // a2: 1 attended of 2 delivered: 1 + 2 = 3 -> open
        // a3: 0 attended of 2 delivered: 0 + 2 = 2 -> not open
        // a4: 2 attended of 5 delivered (more than planned): 2 + 0 -> not open
        List<IndicatorRow> rows = compute("""
                  - id: A3
                    criterion: {attended_at_least: {sessions: 3}}
                    target: 0.25
                """, List.of(
                reg("a1", "A", "2023-01-01").start("2023-01-02"),
                reg("a2", "A", "2023-01-01").start("2023-01-02"),
                reg("a3", "A", "2023-01-01").start("2023-01-02"),
                reg("a4", "A", "2023-01-01").start("2023-01-02")), List.of(
                ses("a1", 1, "2023-01-02", true, true), ses("a1", 2, "2023-01-09", true, true), ses("a1", 3, "2023-01-16", true, true),
                ses("a2", 1, "2023-01-02", true, true), ses("a2", 2, "2023-01-09", true, false),
                ses("a3", 1, "2023-01-02", true, false), ses("a3", 2, "2023-01-09", true, false),
                ses("a4", 1, "2023-01-02", true, true), ses("a4", 2, "2023-01-09", true, true), ses("a4", 3, "2023-01-16", true, false),
                ses("a4", 4, "2023-01-23", true, false), ses("a4", 5, "2023-01-30", true, false)));
        // 1/4 = 0.25 = target -> met, and the reachable row is on_track whatever the open members do
        expect(at(rows, "goal.A3", "all"), "1", "4", "0.2500", "met");
        expect(at(rows, "goal.A3.reachable", "all"), "2", "4", "0.5000", "on_track");
    }

    @Test
    void aListIsOpenOnlyWhenEveryFailingPartCanStillHold() {
        // response (always possible) and attended_at_least 4 of 4:
        // l1: 3 delivered, all attended: attendance still possible (3 + 1), no response yet -> open
        // l2: 2 attended of 4 delivered: attendance cannot reach 4 -> not open although the response could come
        List<IndicatorRow> rows = compute("""
                  - id: L
                    criterion:
                      - attended_at_least: {sessions: 4}
                      - response: {instrument: fun, score_at_least: 1}
                    target: 0.5
                """, List.of(
                reg("l1", "A", "2023-01-01").start("2023-01-02"),
                reg("l2", "A", "2023-01-01").start("2023-01-02")), List.of(
                ses("l1", 1, "2023-01-02", true, true), ses("l1", 2, "2023-01-09", true, true), ses("l1", 3, "2023-01-16", true, true),
                ses("l2", 1, "2023-01-02", true, true), ses("l2", 2, "2023-01-09", true, true), ses("l2", 3, "2023-01-16", true, false),
                ses("l2", 4, "2023-01-23", true, false)));
        expect(at(rows, "goal.L.reachable", "all"), "1", "2", "0.5000", "open");
    }

    @Test
    void anEmptyPopulationHasNoDataAndAGoalNamedLikeAReachableRowIsRefused() {
        List<IndicatorRow> rows = compute("""
                  - id: W
                    window: {from: 2024-01-01, months: 3}
                    criterion: {attended_at_least: {sessions: 1}}
                    target: 0.5
                """, List.of(reg("w1", "A", "2023-01-01").start("2023-01-02")), List.of());
        expect(at(rows, "goal.W", "all"), "0", "0", "", "in_progress");
        expect(at(rows, "goal.W.reachable", "all"), "0", "0", "", "no_data");

        assertThatThrownBy(() -> Fixtures.job(dir, """
                as_of: 2023-03-31
                intervention: {code: X, planned_sessions: 4}
                goals:
                  - {id: G1.reachable, criterion: {attended_at_least: {sessions: 1}}, target: 0.5}
                  - {id: G1, criterion: {attended_at_least: {sessions: 1}}, target: 0.5}
                """)).isInstanceOf(InvalidJobFileException.class).hasMessageContaining("goals[0].id");
    }
}
