package nl.procesevaluatie.indicators;

import static nl.procesevaluatie.indicators.Fixtures.at;
import static nl.procesevaluatie.indicators.Fixtures.attendedSessions;
import static nl.procesevaluatie.indicators.Fixtures.exists;
import static nl.procesevaluatie.indicators.Fixtures.expect;
import static nl.procesevaluatie.indicators.Fixtures.periods;
import static nl.procesevaluatie.indicators.Fixtures.reg;
import static nl.procesevaluatie.indicators.Fixtures.resp;
import static nl.procesevaluatie.indicators.Fixtures.scopes;
import static nl.procesevaluatie.indicators.Fixtures.ses;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nl.procesevaluatie.domain.ResponseRow;
import nl.procesevaluatie.domain.SessionRow;
import nl.procesevaluatie.job.JobFile;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * fidelity.* with P = 10, min_dose 0.7 (full dose: attended >= ceil(0.7 * 10) = 7 exactly), C = {a, b, c};
 * as_of 2023-03-31 (indicators.md, Fidelity; details.md rules 24-26, 36, 41, 42).
 *
 * <pre>
 * id  org mun      started     ended                     held sessions <= as_of (S)       attended  comps(t) ∩ C
 * f1  A   Utrecht  2022-10-01  2023-03-01 completed      1..8 (s9 not held, has c)        7 of 8    {a, b}
 * f2  A   -        2022-11-01  2023-03-10 completed      1..12 (s1 has a b c x)           12        {a, b, c}
 * f3  A   -        2023-01-10  2023-03-20 dropped_out    1..6 (s7 dated after as_of)      6         {c}
 * f4  B   -        2023-01-15  2023-03-15 completed      1..4 (s4 not attended)           3 of 4    {a, c}
 * f5  B   -        2022-12-01  2023-02-01 (no reason)    1..5                              5         -
 * f6  B   -        2023-02-01  -                          1..2                              2         -
 * f7  A   -        2022-12-15  2023-03-05 other          1..10                             10        -
 * </pre>
 *
 * Completed: f1 f2 f4. Completed or dropped out: f1 f2 f3 f4. f5 (ended without reason), f6 (not ended) and
 * f7 (ended, reason other) are in no fidelity population.
 */
class FidelityIndicatorsTests {
    @TempDir
    Path dir;

    List<IndicatorRow> rows;

    static final String INSTRUMENTS = """
            instruments:
              - id: obs
                kind: quality
                files: "obs*.csv"
                columns: {respondent_id: R, date: D, organisation: O, traject_id: T}
                scale: [1, 5]
                items: [{column: O1}, {column: O2}]
              - id: fun
                kind: responsiveness
                files: "fun*.csv"
                columns: {respondent_id: R, date: D, organisation: O, traject_id: T}
                scale: [0, 10]
                items: [{column: P1}]
              - id: fun5
                kind: responsiveness
                files: "five*.csv"
                columns: {respondent_id: R, date: D, organisation: O}
                scale: [1, 5]
                items: [{column: Q1}]
            """;

    @BeforeEach
    void compute() {
        JobFile job = Fixtures.job(dir, """
                as_of: 2023-03-31
                intervention: {code: X, planned_sessions: 10, min_dose: 0.7, core_components: [a, b, c]}
                """ + INSTRUMENTS);
        List<SessionRow> sessions = new ArrayList<>();
        // f1: 8 held, 7 attended; s1 {a}, s2 {b}; s9 is not held (its c does not count, nor its attendance)
        sessions.add(ses("f1", 1, "2022-10-01", true, true, "a"));
        sessions.add(ses("f1", 2, "2022-10-08", true, true, "b"));
        for (int i = 3; i <= 7; i++) {
            sessions.add(ses("f1", i, "2022-10-" + (10 + i), true, true));
        }
        sessions.add(ses("f1", 8, "2022-10-30", true, false));
        sessions.add(ses("f1", 9, "2022-11-05", false, true, "c"));
        // f2: 12 held and attended, more than P; s1 delivers a, b, c and a non-core x
        sessions.add(ses("f2", 1, "2022-11-01", true, true, "a", "b", "c", "x"));
        for (int i = 2; i <= 12; i++) {
            sessions.add(ses("f2", i, "2022-11-01", true, true));
        }
        // f3: 6 held and attended with c; s7 is after as_of and counts nowhere
        sessions.add(ses("f3", 1, "2023-01-10", true, true, "c"));
        for (int i = 2; i <= 6; i++) {
            sessions.add(ses("f3", i, "2023-01-1" + i, true, true));
        }
        sessions.add(ses("f3", 7, "2023-04-05", true, true, "a", "b"));
        // f4: 4 held, 3 attended; s2 {c}, s3 {a}
        sessions.add(ses("f4", 1, "2023-01-15", true, true));
        sessions.add(ses("f4", 2, "2023-01-22", true, true, "c"));
        sessions.add(ses("f4", 3, "2023-01-29", true, true, "a"));
        sessions.add(ses("f4", 4, "2023-02-05", true, false));
        sessions.addAll(attendedSessions("f5", 5, "2022-12-01"));
        sessions.addAll(attendedSessions("f6", 2, "2023-02-01"));
        sessions.addAll(attendedSessions("f7", 10, "2022-12-15"));

        List<ResponseRow> responses = List.of(
                // obs (scale 1..5): rescaled = (score - 1) / 4
                resp("obs", "o1", "2023-02-01", "", "", "A", "5", "4"),    // 4.5 -> 0.875
                resp("obs", "o1", "2023-02-01", "", "", "B", "3", null),   // same observer, other organisation: 3 -> 0.5
                resp("obs", "o2", "2023-02-02", "", "f3", "", "1", "2"),   // 1.5 -> 0.125, organisation A via f3
                resp("obs", "o3", "2023-04-01", "", "", "A", "1", "1"),    // after as_of: left out
                resp("obs", "o4", "2023-02-03", "", "", "A", null, null),  // no item values: never stored
                // fun (scale 0..10): rescaled = score / 10; both responses of c1 count (every stored response)
                resp("fun", "c1", "2023-02-01", "", "f1", "", "8"),        // 0.8, A via f1
                resp("fun", "c1", "2023-03-01", "", "f1", "", "6"),        // 0.6, A via f1
                // fun5 (scale 1..5), same kind, own scale: (2 - 1) / 4 = 0.25
                resp("fun5", "c2", "2023-03-01", "", "", "B", "2"));
        EvaluationData data = Fixtures.data(job, Fixtures.rows(
                reg("f1", "A", "2022-09-01").mun("Utrecht").start("2022-10-01").end("2023-03-01", "completed"),
                reg("f2", "A", "2022-10-01").start("2022-11-01").end("2023-03-10", "completed"),
                reg("f3", "A", "2023-01-01").start("2023-01-10").end("2023-03-20", "dropped_out"),
                reg("f4", "B", "2023-01-01").start("2023-01-15").end("2023-03-15", "completed"),
                reg("f5", "B", "2022-11-01").start("2022-12-01").end("2023-02-01", null),
                reg("f6", "B", "2023-01-01").start("2023-02-01"),
                reg("f7", "A", "2022-12-01").start("2022-12-15").end("2023-03-05", "other")),
                sessions, responses);
        rows = Fixtures.calculate(data);
    }

    @Test
    void doseDelivered() {
        // completed: f1 min(8,10)/10 = 0.8, f2 min(12,10)/10 = 1, f4 4/10 = 0.4: sum 2.2, n 3, mean 0.7333..
        expect(at(rows, "fidelity.dose_delivered", "all"), "2.2000", "3", "0.7333");
        // A: f1 + f2 = 1.8 / 2 = 0.9; B: f4 = 0.4 / 1
        expect(at(rows, "fidelity.dose_delivered", "org:A"), "1.8000", "2", "0.9000");
        expect(at(rows, "fidelity.dose_delivered", "org:B"), "0.4000", "1", "0.4000");
        assertThat(at(rows, "fidelity.dose_delivered", "org:B").suppressed()).isTrue();
    }

    @Test
    void doseReceivedAndFullDoseWithExactCeiling() {
        // completed or dropped out: f1 7/10, f2 min(12,10)/10 = 1, f3 6/10, f4 3/10: sum 2.6, n 4 -> 0.65
        expect(at(rows, "fidelity.dose_received", "all"), "2.6000", "4", "0.6500");
        // full dose: attended >= ceil(0.7 * 10) = 7 (exactly 7, not 8): f1 (7) and f2 (12) yes, f3 (6), f4 (3) no
        expect(at(rows, "fidelity.full_dose_rate", "all"), "2", "4", "0.5000");
        // A: f1 f2 f3 -> received (0.7 + 1 + 0.6)/3 = 0.7667, full 2/3
        expect(at(rows, "fidelity.dose_received", "org:A"), "2.3000", "3", "0.7667");
        expect(at(rows, "fidelity.full_dose_rate", "org:A"), "2", "3", "0.6667");
        // B: f4 only (f5 ended without reason, f6 not ended)
        expect(at(rows, "fidelity.full_dose_rate", "org:B"), "0", "1", "0.0000");
    }

    @Test
    void adherenceAndComponents() {
        // completed: f1 {a,b} 2/3, f2 {a,b,c} 3/3, f4 {a,c} 2/3: sum 7/3 = 2.3333, mean 7/9 = 0.7778
        expect(at(rows, "fidelity.adherence", "all"), "2.3333", "3", "0.7778");
        // all of C: f2 only
        expect(at(rows, "fidelity.adherence_full_rate", "all"), "1", "3", "0.3333");
        // a: f1 f2 f4; b: f1 f2; c: f2 f4 (f1's c was in a session not held; f3 is not completed)
        expect(at(rows, "fidelity.component.a", "all"), "3", "3", "1.0000");
        expect(at(rows, "fidelity.component.b", "all"), "2", "3", "0.6667");
        expect(at(rows, "fidelity.component.c", "all"), "2", "3", "0.6667");
        // x is not a core component: no row
        assertThat(rows.stream().anyMatch(r -> r.indicator().equals("fidelity.component.x"))).isFalse();
        // adherence_full_rate and components have no quarter rows; adherence has
        assertThat(periods(rows, "fidelity.adherence_full_rate", "all")).containsExactly("all");
        assertThat(periods(rows, "fidelity.component.a", "all")).containsExactly("all");
        assertThat(periods(rows, "fidelity.adherence", "all")).containsExactly("2022-Q4", "2023-Q1", "all");
    }

    @Test
    void quarterRowsByStartedOn() {
        // started_on quarters: 2022-Q4 = f1 f2 f5 f7; 2023-Q1 = f3 f4 f6
        // dose_delivered 2022-Q4: f1 0.8 + f2 1 = 1.8 / 2; 2023-Q1: f4 0.4 / 1
        expect(at(rows, "fidelity.dose_delivered", "all", "2022-Q4"), "1.8000", "2", "0.9000");
        expect(at(rows, "fidelity.dose_delivered", "all", "2023-Q1"), "0.4000", "1", "0.4000");
        // dose_received 2023-Q1: f3 0.6 + f4 0.3 = 0.9 / 2 = 0.45
        expect(at(rows, "fidelity.dose_received", "all", "2023-Q1"), "0.9000", "2", "0.4500");
        // B has f5 (2022-Q4) but no member of the population there: the row exists with 0 and 0
        expect(at(rows, "fidelity.dose_received", "org:B", "2022-Q4"), "0", "0", "");
    }

    @Test
    void municipalityRowsForTrajectBasedFidelityOnly() {
        // f1 is the only traject with a municipality
        expect(at(rows, "fidelity.dose_delivered", "mun:Utrecht"), "0.8000", "1", "0.8000");
        expect(at(rows, "fidelity.component.b", "mun:Utrecht"), "1", "1", "1.0000");
        assertThat(scopes(rows, "fidelity.quality")).containsExactly("all", "org:A", "org:B");
        assertThat(scopes(rows, "fidelity.responsiveness")).containsExactly("all", "org:A", "org:B");
    }

    @Test
    void qualityAveragesEveryStoredResponseRescaled() {
        // o1 at A 0.875, o1 at B 0.5 (two responses: one observer, two organisations), o2 0.125 (A via f3);
        // o3 after as_of and o4 without items are left out: sum 1.5, n 3, mean 0.5
        expect(at(rows, "fidelity.quality", "all"), "1.5000", "3", "0.5000");
        expect(at(rows, "fidelity.quality", "org:A"), "1", "2", "0.5000");
        expect(at(rows, "fidelity.quality", "org:B"), "0.5000", "1", "0.5000");
        assertThat(periods(rows, "fidelity.quality", "all")).containsExactly("all");
    }

    @Test
    void responsivenessAveragesAllInstrumentsOfTheKindEachWithItsScale() {
        // fun: 0.8 and 0.6 (not only c1's latest), fun5: (2-1)/(5-1) = 0.25: sum 1.65, n 3 -> 0.55
        expect(at(rows, "fidelity.responsiveness", "all"), "1.6500", "3", "0.5500");
        expect(at(rows, "fidelity.responsiveness", "org:A"), "1.4000", "2", "0.7000");
        expect(at(rows, "fidelity.responsiveness", "org:B"), "0.2500", "1", "0.2500");
    }

    @Test
    void withoutCoreComponentsOrInstrumentsThoseRowsDoNotExist(@TempDir Path other) {
        JobFile job = Fixtures.job(other, """
                as_of: 2023-03-31
                intervention: {code: X, planned_sessions: 2}
                """);
        EvaluationData data = Fixtures.data(job, Fixtures.rows(
                reg("z1", "A", "2023-01-01").start("2023-01-02").end("2023-02-01", "completed")),
                attendedSessions("z1", 2, "2023-01-02"), List.of());
        List<IndicatorRow> r = Fixtures.calculate(data);
        assertThat(r).noneMatch(x -> x.indicator().startsWith("fidelity.adherence")
                || x.indicator().startsWith("fidelity.component.") || x.indicator().equals("fidelity.quality")
                || x.indicator().equals("fidelity.responsiveness"));
        // min_dose defaults to 1: full dose needs all 2 planned sessions
        expect(at(r, "fidelity.full_dose_rate", "all"), "1", "1", "1.0000");
    }

    @Test
    void instrumentWithoutResponsesStillHasAnAllRow(@TempDir Path other) {
        JobFile job = Fixtures.job(other, """
                as_of: 2023-03-31
                intervention: {code: X, planned_sessions: 2}
                """ + INSTRUMENTS);
        EvaluationData data = Fixtures.data(job, Fixtures.rows(reg("z1", "A", "2023-01-01")), List.of(),
                List.of(resp("obs", "o1", "2023-04-01", "", "", "A", "5", "5")));
        List<IndicatorRow> r = Fixtures.calculate(data);
        expect(at(r, "fidelity.quality", "all"), "0", "0", "");
        assertThat(exists(r, "fidelity.quality", "org:A", "all")).isFalse();
        // no completed traject: the traject-based rows exist with 0 and 0
        expect(at(r, "fidelity.dose_delivered", "all"), "0", "0", "");
        expect(at(r, "fidelity.dose_received", "org:A"), "0", "0", "");
    }
}
