package nl.procesevaluatie.indicators;

import static nl.procesevaluatie.indicators.Fixtures.at;
import static nl.procesevaluatie.indicators.Fixtures.attendedSessions;
import static nl.procesevaluatie.indicators.Fixtures.expect;
import static nl.procesevaluatie.indicators.Fixtures.periods;
import static nl.procesevaluatie.indicators.Fixtures.reg;
import static nl.procesevaluatie.indicators.Fixtures.resp;
import static nl.procesevaluatie.indicators.Fixtures.scopes;
import static nl.procesevaluatie.indicators.Fixtures.ses;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nl.procesevaluatie.domain.SessionRow;
import nl.procesevaluatie.job.JobFile;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * goal.* (indicators.md, Implementation goals; details.md rules 27, 28, 41, 43-50). as_of 2023-03-31,
 * implementation_start 2022-10-01, planned_sessions 10.
 *
 * <pre>
 * id  org prof registered  started     ended                 held sessions (attended; components)
 * g1  A   p1   2022-09-20  2022-10-05  2023-01-20 completed  s1 {k} s2 {m} s3 {}          3 attended
 * g2  A   p1   2022-10-01  2022-12-31  2023-03-01 completed  s1 {} s2 {m} s3 {k}          3
 * g3  A   p2   2022-12-15  2023-01-01  -                     s1 {k} s2 {m} s3..s7         7
 * g4  B   p2   2022-11-01  2022-11-10  2023-03-05 completed  s1 {k,m}; s2 not attended    1
 * g5  B   p3   2023-03-15  -           -                     -                            0
 * g6  B   -    2023-01-10  2023-02-20  -                     s1..s3                       3
 * g7  A   p1   2022-09-01  2022-09-25  2022-12-20 completed  s1 {k} s2 {m}                2
 * g8  B   p3   2023-01-02  2023-01-20  -                     s1 {} s2 {k} s3 {m} s4..s7; s8 not held   7
 * g0  A   p1   2023-04-01  (registered after as_of: not in T)
 * </pre>
 * Responses of the survey "fun" (raw score = mean of F1, F2):
 * <pre>
 * u1  2023-01-10  traject g1  org A  6, 8  -> 7
 * u1  2023-02-10  traject g1  org B  5, -  -> 5   (u1's and g1's latest)
 * u2  2023-02-01  traject g4  org -  7, 7  -> 7   (organisation B via g4)
 * u3  2023-03-01  traject g2  org A  6.5, 6.5 -> 6.5
 * u4  2023-04-02  traject g3  org A  10, 10   after as_of: left out
 * u5  2023-03-10  traject -   org C  9, 9  -> 9   (C has no traject)
 * </pre>
 */
class GoalIndicatorsTests {
    @TempDir
    Path dir;

    List<IndicatorRow> rows;

    @BeforeEach
    void compute() {
        JobFile job = Fixtures.job(dir, """
                as_of: 2023-03-31
                implementation_start: 2022-10-01
                intervention: {code: X, planned_sessions: 10}
                instruments:
                  - id: fun
                    kind: survey
                    files: "fun*.csv"
                    columns: {respondent_id: R, date: D, organisation: O, traject_id: T}
                    items: [{column: F1}, {column: F2}]
                goals:
                  - id: G1
                    window: {from: implementation_start, months: 3}
                    criterion: {component_delivered: {component: k, within_sessions: 2}}
                    target: 0.5
                  - id: G2
                    criterion: {started_within: {days: 30}}
                    target: 0.75
                  - id: G3
                    window: {from: 2023-01-01, months: 6}
                    criterion: {attended_at_least: {share: 0.7}}
                    target: 0.5
                  - id: G3b
                    window: {from: 2023-06-01, months: 3}
                    criterion: {attended_at_least: {sessions: 1}}
                    target: 0.5
                  - id: G4
                    population: professionals
                    min_share: 0.5
                    criterion: {completed_within: {months: 4}}
                    target: 0.5
                  - id: G5
                    population: organisations
                    min_share: 0.6
                    criterion: {attended_at_least: {sessions: 2}}
                    target: 1
                  - id: G6
                    population: respondents
                    instrument: fun
                    criterion: {score_at_least: 7}
                    target: 0.5
                  - id: G7
                    criterion: {response: {instrument: fun, score_at_least: 6.5}}
                    target: 0.4
                  - id: G9
                    criterion:
                      - started_within: {months: 1}
                      - components_delivered: {all: [k, m], within_sessions: 1}
                    target: 0.2
                  - id: G10
                    window: {from: 2021-01-01, months: 3}
                    criterion: {attended_at_least: {sessions: 1}}
                    target: 0.5
                """);
        List<SessionRow> sessions = new ArrayList<>(List.of(
                ses("g1", 1, "2022-10-05", true, true, "k"), ses("g1", 2, "2022-10-12", true, true, "m"),
                ses("g1", 3, "2022-10-19", true, true),
                ses("g2", 1, "2023-01-05", true, true), ses("g2", 2, "2023-01-12", true, true, "m"),
                ses("g2", 3, "2023-01-19", true, true, "k"),
                ses("g3", 1, "2023-01-02", true, true, "k"), ses("g3", 2, "2023-01-03", true, true, "m"),
                ses("g4", 1, "2022-11-10", true, true, "k", "m"), ses("g4", 2, "2022-11-17", true, false),
                ses("g7", 1, "2022-09-25", true, true, "k"), ses("g7", 2, "2022-10-02", true, true, "m"),
                ses("g8", 1, "2023-01-20", true, true), ses("g8", 2, "2023-01-21", true, true, "k"),
                ses("g8", 3, "2023-01-22", true, true, "m"), ses("g8", 8, "2023-02-01", false, true),
                ses("g0", 1, "2023-04-02", true, true, "k", "m")));
        for (int i = 3; i <= 7; i++) {
            sessions.add(ses("g3", i, "2023-01-0" + (i + 1), true, true));
            if (i >= 4) {
                sessions.add(ses("g8", i, "2023-01-2" + (i - 1), true, true));
            }
        }
        sessions.addAll(attendedSessions("g6", 3, "2023-02-20"));
        EvaluationData data = Fixtures.data(job, Fixtures.rows(
                reg("g1", "A", "2022-09-20").prof("p1").start("2022-10-05").end("2023-01-20", "completed"),
                reg("g2", "A", "2022-10-01").prof("p1").start("2022-12-31").end("2023-03-01", "completed"),
                reg("g3", "A", "2022-12-15").prof("p2").start("2023-01-01"),
                reg("g4", "B", "2022-11-01").prof("p2").start("2022-11-10").end("2023-03-05", "completed"),
                reg("g5", "B", "2023-03-15").prof("p3"),
                reg("g6", "B", "2023-01-10").start("2023-02-20"),
                reg("g7", "A", "2022-09-01").prof("p1").start("2022-09-25").end("2022-12-20", "completed"),
                reg("g8", "B", "2023-01-02").prof("p3").start("2023-01-20"),
                reg("g0", "A", "2023-04-01").prof("p1").start("2023-04-02")),
                sessions, List.of(
                        resp("fun", "u1", "2023-01-10", "", "g1", "A", "6", "8"),
                        resp("fun", "u1", "2023-02-10", "", "g1", "B", "5", null),
                        resp("fun", "u2", "2023-02-01", "", "g4", "", "7", "7"),
                        resp("fun", "u3", "2023-03-01", "", "g2", "A", "6.5", "6.5"),
                        resp("fun", "u4", "2023-04-02", "", "g3", "A", "10", "10"),
                        resp("fun", "u5", "2023-03-10", "", "", "C", "9", "9")));
        rows = Fixtures.calculate(data);
    }

    @Test
    void windowGoalWithComponentWithinSessions() {
        // G1: window [2022-10-01, 2023-01-01): started g1 (10-05), g2 (12-31), g4 (11-10); g7 (09-25) is before it
        // and g3 (2023-01-01) on its end, outside. k within sessions 1-2: g1 (s1) yes, g2 (k at s3) no, g4 yes.
        // 2/3 = 0.6667 >= 0.5 -> met (the window ended before as_of)
        IndicatorRow all = at(rows, "goal.G1", "all");
        expect(all, "2", "3", "0.6667", "met");
        assertThat(all.target()).isEqualByComparingTo("0.5");
        // A: g1 yes, g2 no -> 1/2 = 0.5 = target -> met; B: g4 -> 1/1 met
        expect(at(rows, "goal.G1", "org:A"), "1", "2", "0.5000", "met");
        expect(at(rows, "goal.G1", "org:B"), "1", "1", "1.0000", "met");
        // quarter rows by started_on: all members started in 2022-Q4
        assertThat(periods(rows, "goal.G1", "all")).containsExactly("2022-Q4", "all");
        expect(at(rows, "goal.G1", "all", "2022-Q4"), "2", "3", "0.6667", "met");
        expect(at(rows, "goal.G1", "org:A", "2022-Q4"), "1", "2", "0.5000", "met");
    }

    @Test
    void startedWithinRestrictsThePopulationWithoutAWindow() {
        // G2: population registered_on + 30 days <= as_of: all but g5 (2023-03-15) = g1 g2 g3 g4 g6 g7 g8.
        // within 30 days: g1 (15 d), g3 (17), g4 (9), g7 (24), g8 (18) yes; g2 (91), g6 (41) no -> 5/7 < 0.75
        IndicatorRow all = at(rows, "goal.G2", "all");
        expect(all, "5", "7", "0.7143", "not_met");
        assertThat(all.suppressed()).isFalse();
        // A: g1 g2 g3 g7 -> 3/4 = 0.75 = target exactly -> met; B: g4 g6 g8 -> 2/3 not_met
        expect(at(rows, "goal.G2", "org:A"), "3", "4", "0.7500", "met");
        expect(at(rows, "goal.G2", "org:B"), "2", "3", "0.6667", "not_met");
        assertThat(at(rows, "goal.G2", "org:A").suppressed()).isTrue();
    }

    @Test
    void quarterRowsByRegisteredOnAddUpToTheAllRow() {
        // G2 by registered_on: 2022-Q3 = g1 g7 (2/2); 2022-Q4 = g2 g3 g4 (2/3); 2023-Q1 = g6 g8 (1/2):
        // 2 + 2 + 1 = 5 and 2 + 3 + 2 = 7; each status on its own value against 0.75
        assertThat(periods(rows, "goal.G2", "all")).containsExactly("2022-Q3", "2022-Q4", "2023-Q1", "all");
        expect(at(rows, "goal.G2", "all", "2022-Q3"), "2", "2", "1.0000", "met");
        expect(at(rows, "goal.G2", "all", "2022-Q4"), "2", "3", "0.6667", "not_met");
        expect(at(rows, "goal.G2", "all", "2023-Q1"), "1", "2", "0.5000", "not_met");
        // A: 2022-Q3 g1 g7 (2/2), 2022-Q4 g2 g3 (1/2); B: 2022-Q4 g4 (1/1), 2023-Q1 g6 g8 (1/2)
        assertThat(periods(rows, "goal.G2", "org:A")).containsExactly("2022-Q3", "2022-Q4", "all");
        expect(at(rows, "goal.G2", "org:A", "2022-Q4"), "1", "2", "0.5000", "not_met");
        assertThat(periods(rows, "goal.G2", "org:B")).containsExactly("2022-Q4", "2023-Q1", "all");
        expect(at(rows, "goal.G2", "org:B", "2022-Q4"), "1", "1", "1.0000", "met");
        // quarter rows are suppressed like the goal's other rows
        assertThat(at(rows, "goal.G2", "org:B", "2022-Q4").suppressed()).isTrue();
    }

    @Test
    void openWindowIsInProgressEvenWhenEmpty() {
        // G3: window [2023-01-01, 2023-07-01) ends after as_of. Members g3, g6, g8 (g5 never started);
        // attended >= ceil(0.7 * 10) = 7: g3 (7), g8 (7; s8 was not held) yes, g6 (3) no -> 2/3, in_progress
        expect(at(rows, "goal.G3", "all"), "2", "3", "0.6667", "in_progress");
        expect(at(rows, "goal.G3", "org:A"), "1", "1", "1.0000", "in_progress");
        expect(at(rows, "goal.G3", "org:B"), "1", "2", "0.5000", "in_progress");
        expect(at(rows, "goal.G3", "all", "2023-Q1"), "2", "3", "0.6667", "in_progress");
        // G3b: window starts after as_of: nobody, yet in_progress, not no_data; no quarter rows
        expect(at(rows, "goal.G3b", "all"), "0", "0", "", "in_progress");
        expect(at(rows, "goal.G3b", "org:B"), "0", "0", "", "in_progress");
        assertThat(periods(rows, "goal.G3b", "all")).containsExactly("all");
        assertThat(at(rows, "goal.G3b", "all").suppressed()).isFalse();
        // G10: window 2021-01-01 + 3 months long over, nobody started in it -> no_data
        expect(at(rows, "goal.G10", "all"), "0", "0", "", "no_data");
        expect(at(rows, "goal.G10", "org:A"), "0", "0", "", "no_data");
    }

    @Test
    void listOfCriteriaMustAllHold() {
        // G9: population registered_on + 1 month <= as_of: all but g5 (7 trajects). Must start within a month AND
        // have k and m in session 1: only g4 (s1 {k, m}); g1, g3, g7 have only k in s1, g8 nothing.
        // 1/7 = 0.1429 < 0.2 -> not_met; A 0/4 not_met; B g4 g6 g8 -> 1/3 met
        expect(at(rows, "goal.G9", "all"), "1", "7", "0.1429", "not_met");
        expect(at(rows, "goal.G9", "org:A"), "0", "4", "0.0000", "not_met");
        expect(at(rows, "goal.G9", "org:B"), "1", "3", "0.3333", "met");
    }

    @Test
    void professionalsInTwoOrganisationsCountInEachAndOnceInAll() {
        // G4 completed within 4 months of the start: g1 (end 01-20 <= 02-05), g2 (03-01 <= 04-30), g7 (12-20 <=
        // 01-25), g4 (03-05 <= 03-10) yes; the others are not completed. g6 has no professional: ignored.
        // all: p1 g1 g2 g7 3/3 yes; p2 g3 no, g4 yes = 1/2 >= min_share 0.5 yes; p3 g5 g8 0/2 no -> 2/3 met
        expect(at(rows, "goal.G4", "all"), "2", "3", "0.6667", "met");
        // A: p1 yes, p2 (g3 only) 0/1 no -> 1/2 met; B: p2 (g4 only) 1/1 yes, p3 no -> 1/2 met
        expect(at(rows, "goal.G4", "org:A"), "1", "2", "0.5000", "met");
        expect(at(rows, "goal.G4", "org:B"), "1", "2", "0.5000", "met");
        // professionals count people: suppressed; no quarter rows
        assertThat(at(rows, "goal.G4", "all").suppressed()).isTrue();
        assertThat(periods(rows, "goal.G4", "all")).containsExactly("all");
    }

    @Test
    void organisationsGoalIsNeverSuppressed() {
        // G5 attended >= 2: A g1 g2 g3 g7 all yes (4/4 >= 0.6); B g4 (1) g5 (0) no, g6 g8 yes = 2/4 < 0.6.
        // all: 1/2 = 0.5 < target 1 -> not_met; A: 1/1 met; B: 0/1 not_met
        IndicatorRow all = at(rows, "goal.G5", "all");
        expect(all, "1", "2", "0.5000", "not_met");
        expect(at(rows, "goal.G5", "org:A"), "1", "1", "1.0000", "met");
        IndicatorRow b = at(rows, "goal.G5", "org:B");
        expect(b, "0", "1", "0.0000", "not_met");
        assertThat(all.suppressed()).isFalse();
        assertThat(b.suppressed()).isFalse();
        assertThat(periods(rows, "goal.G5", "all")).containsExactly("all");
        assertThat(b.target()).isEqualByComparingTo(BigDecimal.ONE);
    }

    @Test
    void respondentGoalUsesTheLatestResponsePerRespondent() {
        // latest: u1 5 (B, its later response), u2 7 (B via g4), u3 6.5 (A), u5 9 (C); u4 is after as_of.
        // >= 7: u2, u5 -> 2/4 = 0.5 met; A: u3 0/1 not_met; B: u1 no, u2 yes 1/2 met; C: 1/1 met
        expect(at(rows, "goal.G6", "all"), "2", "4", "0.5000", "met");
        expect(at(rows, "goal.G6", "org:A"), "0", "1", "0.0000", "not_met");
        expect(at(rows, "goal.G6", "org:B"), "1", "2", "0.5000", "met");
        expect(at(rows, "goal.G6", "org:C"), "1", "1", "1.0000", "met");
        // organisation rows are those of its own population (C has no traject); no quarter rows
        assertThat(scopes(rows, "goal.G6")).containsExactly("all", "org:A", "org:B", "org:C");
        assertThat(periods(rows, "goal.G6", "all")).containsExactly("all");
        assertThat(at(rows, "goal.G6", "all").suppressed()).isTrue();
    }

    @Test
    void responseCriterionUsesTheTrajectsLatestResponse() {
        // latest by traject: g1 5 (u1's later response) no; g2 6.5 >= 6.5 yes; g4 7 yes; g3 only after as_of: no.
        // population T (8): 2/8 = 0.25 < 0.4 not_met; A g2 1/4; B g4 1/4
        expect(at(rows, "goal.G7", "all"), "2", "8", "0.2500", "not_met");
        expect(at(rows, "goal.G7", "org:A"), "1", "4", "0.2500", "not_met");
        expect(at(rows, "goal.G7", "org:B"), "1", "4", "0.2500", "not_met");
        // by registered_on: 2022-Q3 g1 g7 0/2; 2022-Q4 g2 g3 g4 2/3 met; 2023-Q1 g5 g6 g8 0/3
        expect(at(rows, "goal.G7", "all", "2022-Q3"), "0", "2", "0.0000", "not_met");
        expect(at(rows, "goal.G7", "all", "2022-Q4"), "2", "3", "0.6667", "met");
        expect(at(rows, "goal.G7", "all", "2023-Q1"), "0", "3", "0.0000", "not_met");
    }

    @Test
    void goalsHaveRowsForAllAndEachOrganisationOfT() {
        // trajects, professionals and organisations goals: all, A, B (T's organisations; g0 is not in T)
        for (String g : List.of("goal.G1", "goal.G2", "goal.G3", "goal.G3b", "goal.G4", "goal.G5", "goal.G10")) {
            assertThat(scopes(rows, g)).as(g).containsExactly("all", "org:A", "org:B");
        }
    }

    /**
     * Windows in days, a window with a started_within criterion, completed_within without a start, a share of P
     * and professionals and organisations with a window. as_of 2023-03-31, P = 10.
     * <pre>
     * id  org prof registered  started     ended                 attended
     * w1  A   p1   2022-10-01  2023-01-10  2023-03-01 completed  8 (from 2023-01-10)
     * w2  A   p1   2023-03-20  2023-03-25  -                     7 (2023-03-25 .. 03-31)
     * w3  B   p1   2023-01-01  -           2023-02-01 completed  0  (completed without a start)
     * w4  B   p2   2022-12-01  2022-12-20  2023-01-15 completed  0
     * </pre>
     */
    @Test
    void windowsInDaysAndOtherEdges(@TempDir Path other) {
        JobFile job = Fixtures.job(other, """
                as_of: 2023-03-31
                implementation_start: 2023-01-01
                intervention: {code: X, planned_sessions: 10}
                goals:
                  - id: H1
                    window: {from: 2023-03-01, days: 30}
                    criterion: {started_within: {days: 30}}
                    target: 0.5
                  - id: H2
                    criterion: {completed_within: {months: 2}}
                    target: 0.5
                  - id: H3
                    criterion: {attended_at_least: {share: 0.75}}
                    target: 0.25
                  - id: H4
                    population: professionals
                    window: {from: 2022-12-01, months: 2}
                    criterion: {attended_at_least: {sessions: 1}}
                    target: 0.5
                  - id: H5
                    population: organisations
                    window: {months: 1, from: 2023-03-01}
                    criterion: {attended_at_least: {sessions: 1}}
                    target: 0.5
                  - id: H6
                    window: {days: 0, from: 2023-02-01}
                    criterion: {attended_at_least: {sessions: 1}}
                    target: 0.5
                """);
        List<SessionRow> sessions = new ArrayList<>(attendedSessions("w1", 8, "2023-01-10"));
        sessions.addAll(attendedSessions("w2", 7, "2023-03-25"));
        List<IndicatorRow> r = Fixtures.calculate(Fixtures.data(job, Fixtures.rows(
                reg("w1", "A", "2022-10-01").prof("p1").start("2023-01-10").end("2023-03-01", "completed"),
                reg("w2", "A", "2023-03-20").prof("p1").start("2023-03-25"),
                reg("w3", "B", "2023-01-01").prof("p1").end("2023-02-01", "completed"),
                reg("w4", "B", "2022-12-01").prof("p2").start("2022-12-20").end("2023-01-15", "completed")),
                sessions, List.of()));
        // H1: window [2023-03-01, 2023-03-31) has ended (its end is as_of, not after it). Only the window restricts:
        // w2 is a member although registered_on + 30 days (04-19) is after as_of; it started within 5 days -> 1/1 met
        expect(at(r, "goal.H1", "all"), "1", "1", "1.0000", "met");
        assertThat(periods(r, "goal.H1", "all")).containsExactly("2023-Q1", "all");
        // H2: population T (no started_within): w1 (ended 03-01 <= 03-10) yes, w4 (01-15 <= 02-20) yes,
        // w3 completed but never started: no (rule 46), w2 not ended: no -> 2/4 = 0.5 met
        expect(at(r, "goal.H2", "all"), "2", "4", "0.5000", "met");
        expect(at(r, "goal.H2", "org:B"), "1", "2", "0.5000", "met");
        // H3: attended >= ceil(0.75 * 10) = 8: w1 only -> 1/4 = 0.25 met
        expect(at(r, "goal.H3", "all"), "1", "4", "0.2500", "met");
        // H4: window [2022-12-01, 2023-02-01): w1 (p1, attended) and w4 (p2, none); w2 and w3 are outside it.
        // p1 1/1 yes, p2 0/1 no -> 1/2 met; A: p1 -> 1/1; B: p2 -> 0/1 not_met
        expect(at(r, "goal.H4", "all"), "1", "2", "0.5000", "met");
        expect(at(r, "goal.H4", "org:A"), "1", "1", "1.0000", "met");
        expect(at(r, "goal.H4", "org:B"), "0", "1", "0.0000", "not_met");
        // H5: window [2023-03-01, 2023-04-01) is open: in_progress everywhere, also B with nobody in it
        expect(at(r, "goal.H5", "all"), "1", "1", "1.0000", "in_progress");
        expect(at(r, "goal.H5", "org:B"), "0", "0", "", "in_progress");
        assertThat(periods(r, "goal.H5", "all")).containsExactly("all");
        // H6: an empty window (0 days) that ended before as_of: no_data
        expect(at(r, "goal.H6", "all"), "0", "0", "", "no_data");
    }
}
