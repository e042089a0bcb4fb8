package nl.procesevaluatie.indicators;

import static nl.procesevaluatie.indicators.Fixtures.at;
import static nl.procesevaluatie.indicators.Fixtures.expect;
import static nl.procesevaluatie.indicators.Fixtures.expectCount;
import static nl.procesevaluatie.indicators.Fixtures.reg;
import static nl.procesevaluatie.indicators.Fixtures.resp;
import static nl.procesevaluatie.indicators.Fixtures.scopes;
import static nl.procesevaluatie.indicators.Fixtures.stored;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import nl.procesevaluatie.job.JobFile;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * adoption.* and maintenance.*, as_of 2023-03-31: the adoption window is (2022-03-31, 2023-03-31]; the last
 * four quarters are 2022-Q2 .. 2023-Q1 (details.md rules 27, 28, 30, 31, 34, 39, 40, 43).
 *
 * <pre>
 * id  org prof  started      adoption          active quarter
 * a1  A   p1    2022-03-31   no (= as_of - 12m, excluded)   2022-Q1: out of the last four
 * a2  A   p2    2022-04-01   yes               2022-Q2
 * a3  B   p2    2023-01-15   yes               2023-Q1   (p2 works for A and B)
 * a4  B   -     2022-08-01   yes               2022-Q3
 * a5  C   p3    2023-04-10   no (after as_of)  -
 * a6  C   p4    -            no                -
 * a7  B   p5    2023-03-31   yes (on as_of)    2023-Q1
 * a8  A   p1    2022-03-15   no                2022-Q1
 * </pre>
 */
class AdoptionAndMaintenanceTests {
    @TempDir
    Path dir;

    List<IndicatorRow> rows;

    @BeforeEach
    void compute() {
        JobFile job = Fixtures.job(dir, """
                as_of: 2023-03-31
                intervention: {code: X, planned_sessions: 4}
                instruments:
                  - id: borging
                    kind: checklist
                    files: "borging*.csv"
                    columns: {respondent_id: R, date: D, organisation: O, traject_id: T}
                    items: [{column: B1}, {column: B2}, {column: B3}, {column: B4, reverse: true}]
                """);
        EvaluationData data = Fixtures.dataStored(job, Fixtures.rows(
                reg("a1", "A", "2022-03-01").prof("p1").start("2022-03-31"),
                reg("a2", "A", "2022-03-01").prof("p2").start("2022-04-01"),
                reg("a3", "B", "2023-01-01").prof("p2").start("2023-01-15"),
                reg("a4", "B", "2022-07-01").start("2022-08-01"),
                reg("a5", "C", "2023-03-01").prof("p3").start("2023-04-10"),
                reg("a6", "C", "2023-03-01").prof("p4"),
                reg("a7", "B", "2023-03-01").prof("p5").start("2023-03-31"),
                reg("a8", "A", "2022-03-01").prof("p1").start("2022-03-15")),
                List.of(),
                List.of(
                        // Checklist items: yes = 1, no = 0; B4 is reversed (yes counts 0, no counts 1).
                        // A, m1 (older): 1 1 0 no->1 = 3/4; not the latest for A
                        stored(resp("borging", "m1", "2023-01-10", "", "", "A", "1", "1", "0", "0"), "a", 2),
                        // A, m2 (latest for A): 1, blank, 0, yes->0 -> 1 yes of 3 answered
                        stored(resp("borging", "m2", "2023-02-10", "", "", "A", "1", null, "0", "1"), "a", 3),
                        // A, m3: after as_of, left out
                        stored(resp("borging", "m3", "2023-04-10", "", "", "A", "1", "1", "1", "0"), "a", 4),
                        // B: three responses on one day; the later file ("b") then the later line decides: m5
                        stored(resp("borging", "m4", "2023-02-10", "", "", "B", "1", "1", "1", "0"), "a", 5),
                        stored(resp("borging", "m6", "2023-02-10", "", "", "B", "1", "1", "1", "1"), "b", 1),
                        // m5: 0 0 1 yes->0 -> 1/4
                        stored(resp("borging", "m5", "2023-02-10", "", "", "B", "0", "0", "1", "1"), "b", 2),
                        // no organisation at all: ignored
                        stored(resp("borging", "m7", "2023-03-01", "", "", "", "1", "1", "1", "0"), "b", 3),
                        // organisation C through traject a6: 1, 0 answered -> 1/2
                        stored(resp("borging", "m8", "2023-03-01", "", "a6", "", "1", "0", null, null), "b", 4),
                        // no item values: never stored, so it is no "latest" for C
                        stored(resp("borging", "m9", "2023-03-20", "", "", "C", null, null, null, null), "b", 5)));
        rows = Fixtures.calculate(data);
    }

    @Test
    void organisationsActive() {
        // A (a2), B (a3 a4 a7); C has no start in the window
        expectCount(at(rows, "adoption.organisations_active", "all"), 2);
        expectCount(at(rows, "adoption.organisations_active", "org:A"), 1);
        expectCount(at(rows, "adoption.organisations_active", "org:B"), 1);
        expectCount(at(rows, "adoption.organisations_active", "org:C"), 0);
        // never suppressed: they count organisations
        assertThat(at(rows, "adoption.organisations_active", "org:A").suppressed()).isFalse();
        assertThat(scopes(rows, "adoption.organisations_active")).containsExactly("all", "org:A", "org:B", "org:C");
    }

    @Test
    void professionalsActiveCountAProfessionalOfTwoOrganisationsInEachAndOnceInAll() {
        // active: p2 (a2 in A, a3 in B), p5 (a7); p1 started only on/before as_of - 12 months; a4 has none
        expectCount(at(rows, "adoption.professionals_active", "all"), 2);
        expectCount(at(rows, "adoption.professionals_active", "org:A"), 1);
        expectCount(at(rows, "adoption.professionals_active", "org:B"), 2);
        expectCount(at(rows, "adoption.professionals_active", "org:C"), 0);
        // they count people: 2 and 1 are suppressed, 0 is not
        assertThat(at(rows, "adoption.professionals_active", "all").suppressed()).isTrue();
        assertThat(at(rows, "adoption.professionals_active", "org:A").suppressed()).isTrue();
        assertThat(at(rows, "adoption.professionals_active", "org:C").suppressed()).isFalse();
    }

    @Test
    void activeQuarters() {
        // A: a2 in 2022-Q2 (a1, a8 in 2022-Q1 are too early) = 1; B: 2022-Q3 (a4), 2023-Q1 (a3, a7) = 2;
        // C: none = 0. all: mean over the organisations of T = (1 + 2 + 0) / 3 = 1
        expectCount(at(rows, "maintenance.active_quarters", "org:A"), 1);
        expectCount(at(rows, "maintenance.active_quarters", "org:B"), 2);
        expectCount(at(rows, "maintenance.active_quarters", "org:C"), 0);
        IndicatorRow all = at(rows, "maintenance.active_quarters", "all");
        expect(all, "3", "3", "1.0000");
        assertThat(all.suppressed()).isFalse();
    }

    @Test
    void borgingUsesTheLatestChecklistPerOrganisation() {
        // A: m2 -> 1/3; B: m5 (later file beats m4, later line beats m6) -> 1/4; C: m8 -> 1/2
        expect(at(rows, "maintenance.borging", "org:A"), "1", "3", "0.3333");
        expect(at(rows, "maintenance.borging", "org:B"), "1", "4", "0.2500");
        expect(at(rows, "maintenance.borging", "org:C"), "1", "2", "0.5000");
        // all: mean of the shares: 1/3 + 1/4 + 1/2 = 13/12 = 1.0833, / 3 = 13/36 = 0.3611
        IndicatorRow all = at(rows, "maintenance.borging", "all");
        expect(all, "1.0833", "3", "0.3611");
        // never suppressed
        assertThat(all.suppressed()).isFalse();
        assertThat(at(rows, "maintenance.borging", "org:C").suppressed()).isFalse();
        assertThat(scopes(rows, "maintenance.borging")).containsExactly("all", "org:A", "org:B", "org:C");
    }

    @Test
    void noOrganisationsAndNoChecklistResponses(@TempDir Path other) {
        JobFile job = Fixtures.job(other, """
                as_of: 2023-03-31
                intervention: {code: X, planned_sessions: 4}
                instruments:
                  - id: borging
                    kind: checklist
                    files: "borging*.csv"
                    columns: {respondent_id: R, date: D, organisation: O}
                    items: [{column: B1}]
                """);
        EvaluationData data = Fixtures.data(job, List.of(), List.of(), List.of());
        List<IndicatorRow> r = Fixtures.calculate(data);
        expect(at(r, "maintenance.borging", "all"), "0", "0", "");
        expect(at(r, "maintenance.active_quarters", "all"), "0", "0", "");
        expectCount(at(r, "adoption.organisations_active", "all"), 0);
        expectCount(at(r, "adoption.professionals_active", "all"), 0);
        assertThat(scopes(r, "maintenance.borging")).containsExactly("all");
    }
}
