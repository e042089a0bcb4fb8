package nl.procesevaluatie.indicators;

import static nl.procesevaluatie.indicators.Fixtures.at;
import static nl.procesevaluatie.indicators.Fixtures.expect;
import static nl.procesevaluatie.indicators.Fixtures.expectCount;
import static nl.procesevaluatie.indicators.Fixtures.reg;
import static nl.procesevaluatie.indicators.Fixtures.resp;
import static nl.procesevaluatie.indicators.Fixtures.scopes;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import nl.procesevaluatie.job.JobFile;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * outcome.<id>.* (indicators.md, Outcomes; details.md rules 28, 33, 38). sdq: scale 0..2, items S1 S2 S3, S3
 * reversed (2 - v). Score = mean of the non-missing items after reverse coding.
 *
 * <pre>
 * respondent moment date        org  traject  items      score
 * k1         pre    2023-01-10  A    -        0 1 2      (0 + 1 + 0)/3 = 1/3
 * k1         post   2023-03-10  A    -        2 2 0      (2 + 2 + 2)/3 = 2        change 5/3
 * k2         pre    2023-01-05  B    -        1 1 1      1 (not the latest pre)
 * k2         pre    2023-01-20  B    -        0 0 2      0 (latest pre)
 * k2         post   2023-03-01  B    -        1 - 1      (1 + 1)/2 = 1            change 1
 * k3         post   2023-02-01  -    t3 (A)   2 2 2      4/3
 * k3         pre    2023-03-01  B    -        1 1 1      1 (pre after post: still paired) change 1/3, org A (post's)
 * k4         pre    2023-01-10  C    -        1 1 1      no post: no pair
 * k5         pre    2023-01-10  A    -        1 1 1      post 2023-04-05 is after as_of: no pair
 * </pre>
 */
class OutcomeIndicatorsTests {
    @TempDir
    Path dir;

    List<IndicatorRow> rows;

    static final String JOB = """
            as_of: 2023-03-31
            intervention: {code: X, planned_sessions: 4}
            instruments:
              - id: sdq
                kind: outcome
                files: "sdq*.csv"
                columns: {respondent_id: R, date: D, organisation: O, traject_id: T, moment: M}
                scale: [0, 2]
                items: [{column: S1}, {column: S2}, {column: S3, reverse: true}]
            """;

    @BeforeEach
    void compute() {
        JobFile job = Fixtures.job(dir, JOB);
        EvaluationData data = Fixtures.data(job, Fixtures.rows(reg("t3", "A", "2023-01-01")), List.of(), List.of(
                resp("sdq", "k1", "2023-01-10", "pre", "", "A", "0", "1", "2"),
                resp("sdq", "k1", "2023-03-10", "post", "", "A", "2", "2", "0"),
                resp("sdq", "k2", "2023-01-05", "pre", "", "B", "1", "1", "1"),
                resp("sdq", "k2", "2023-01-20", "pre", "", "B", "0", "0", "2"),
                resp("sdq", "k2", "2023-03-01", "post", "", "B", "1", null, "1"),
                resp("sdq", "k3", "2023-02-01", "post", "t3", "", "2", "2", "2"),
                resp("sdq", "k3", "2023-03-01", "pre", "", "B", "1", "1", "1"),
                resp("sdq", "k4", "2023-01-10", "pre", "", "C", "1", "1", "1"),
                resp("sdq", "k5", "2023-01-10", "pre", "", "A", "1", "1", "1"),
                resp("sdq", "k5", "2023-04-05", "post", "", "A", "2", "2", "2")));
        rows = Fixtures.calculate(data);
    }

    @Test
    void pairedMeansAndChange() {
        // pairs: k1 (1/3 -> 2), k2 (0 -> 1), k3 (1 -> 4/3): n = 3
        expectCount(at(rows, "outcome.sdq.n", "all"), 3);
        // pre: 1/3 + 0 + 1 = 4/3 = 1.3333; / 3 = 4/9 = 0.4444
        expect(at(rows, "outcome.sdq.pre_mean", "all"), "1.3333", "3", "0.4444");
        // post: 2 + 1 + 4/3 = 13/3 = 4.3333; / 3 = 13/9 = 1.4444
        expect(at(rows, "outcome.sdq.post_mean", "all"), "4.3333", "3", "1.4444");
        // change: 5/3 + 1 + 1/3 = 3; / 3 = 1
        expect(at(rows, "outcome.sdq.change_mean", "all"), "3", "3", "1.0000");
    }

    @Test
    void effectSizeIsMeanChangeOverSampleStandardDeviation() {
        // changes 5/3, 1, 1/3: mean 1; squared deviations 4/9 + 0 + 4/9 = 8/9; / (3-1) = 4/9; sd 2/3; d = 1.5
        expect(at(rows, "outcome.sdq.effect_size", "all"), "", "3", "1.5000");
        // A: k1 (5/3), k3 (1/3): mean 1; squares 8/9 / 1; sd = sqrt(8)/3 = 0.942809..; d = 1.06066.. -> 1.0607
        expect(at(rows, "outcome.sdq.effect_size", "org:A"), "", "2", "1.0607");
        // B: k2 only: fewer than 2 pairs -> empty, n = 1
        expect(at(rows, "outcome.sdq.effect_size", "org:B"), "", "1", "");
    }

    @Test
    void pairsCountUnderThePostResponsesOrganisation() {
        // k1 A; k2 B; k3 post has no organisation cell but its traject t3 is A's (rule 35) -> A, not the pre's B.
        // C only has k4 without a pair: no C row.
        assertThat(scopes(rows, "outcome.sdq.n")).containsExactly("all", "org:A", "org:B");
        expectCount(at(rows, "outcome.sdq.n", "org:A"), 2);
        expectCount(at(rows, "outcome.sdq.n", "org:B"), 1);
        // A: pre (1/3 + 1)/2 = 2/3; post (2 + 4/3)/2 = 5/3
        expect(at(rows, "outcome.sdq.pre_mean", "org:A"), "1.3333", "2", "0.6667");
        expect(at(rows, "outcome.sdq.post_mean", "org:A"), "3.3333", "2", "1.6667");
        // suppression: n = 3 and 2 and 1 are all between 1 and 4
        assertThat(at(rows, "outcome.sdq.n", "all").suppressed()).isTrue();
        assertThat(at(rows, "outcome.sdq.effect_size", "org:B").suppressed()).isTrue();
    }

    @Test
    void zeroSpreadAndNoPairs(@TempDir Path other) {
        JobFile job = Fixtures.job(other, JOB);
        // both pairs change by exactly +1: standard deviation 0 -> effect size empty
        EvaluationData data = Fixtures.data(job, List.of(), List.of(), List.of(
                resp("sdq", "a", "2023-01-01", "pre", "", "A", "0", "0", "2"),
                resp("sdq", "a", "2023-02-01", "post", "", "A", "1", "1", "1"),
                resp("sdq", "b", "2023-01-01", "pre", "", "A", "1", "1", "1"),
                resp("sdq", "b", "2023-02-01", "post", "", "A", "2", "2", "0")));
        List<IndicatorRow> r = Fixtures.calculate(data);
        expect(at(r, "outcome.sdq.change_mean", "all"), "2", "2", "1.0000");
        expect(at(r, "outcome.sdq.effect_size", "all"), "", "2", "");

        // no pairs at all: n 0 (not suppressed), means 0/0 with empty values, effect size empty
        List<IndicatorRow> none = Fixtures.calculate(Fixtures.data(job, List.of(), List.of(),
                List.of(resp("sdq", "a", "2023-01-01", "pre", "", "A", "1", "1", "1"))));
        expectCount(at(none, "outcome.sdq.n", "all"), 0);
        assertThat(at(none, "outcome.sdq.n", "all").suppressed()).isFalse();
        expect(at(none, "outcome.sdq.pre_mean", "all"), "0", "0", "");
        expect(at(none, "outcome.sdq.effect_size", "all"), "", "0", "");
        assertThat(scopes(none, "outcome.sdq.n")).containsExactly("all");
    }

    @Test
    void negativeChangeGivesNegativeEffectSize(@TempDir Path other) {
        JobFile job = Fixtures.job(other, JOB);
        // changes -1 and -2 (S3 missing everywhere): mean -1.5, sd = sqrt(0.5) = 0.70711; d = -2.12132
        EvaluationData data = Fixtures.data(job, List.of(), List.of(), List.of(
                resp("sdq", "a", "2023-01-01", "pre", "", "A", "2", "2", null),
                resp("sdq", "a", "2023-02-01", "post", "", "A", "1", "1", null),
                resp("sdq", "b", "2023-01-01", "pre", "", "A", "2", "2", null),
                resp("sdq", "b", "2023-02-01", "post", "", "A", "0", "0", null)));
        List<IndicatorRow> r = Fixtures.calculate(data);
        expect(at(r, "outcome.sdq.change_mean", "all"), "-3", "2", "-1.5000");
        expect(at(r, "outcome.sdq.effect_size", "all"), "", "2", "-2.1213");
    }

    @Test
    void effectSizeExactlyAtAHalfRoundsUp(@TempDir Path other) {
        JobFile job = Fixtures.job(other, JOB);
        // three pairs, every pre score (1 1 1; S3 reversed 2 - 1 = 1) = 1; post items (x, 1, 1) -> score (x + 2) / 3:
        // x = 0.30025, 1.30025, 2.30025 -> changes m - 1/3, m, m + 1/3 with m = 0.30025 / 3 (values outside the scale
        // are accepted). Mean m, sample sd exactly 1/3, d = 0.30025 exactly -> 0.3003.
        EvaluationData data = Fixtures.data(job, List.of(), List.of(), List.of(
                resp("sdq", "a", "2023-01-01", "pre", "", "A", "1", "1", "1"),
                resp("sdq", "a", "2023-02-01", "post", "", "A", "0.30025", "1", "1"),
                resp("sdq", "b", "2023-01-01", "pre", "", "A", "1", "1", "1"),
                resp("sdq", "b", "2023-02-01", "post", "", "A", "1.30025", "1", "1"),
                resp("sdq", "c", "2023-01-01", "pre", "", "A", "1", "1", "1"),
                resp("sdq", "c", "2023-02-01", "post", "", "A", "2.30025", "1", "1")));
        List<IndicatorRow> r = Fixtures.calculate(data);
        // change sum = 3m = 0.30025; mean = 0.100083.. -> 0.1001
        expect(at(r, "outcome.sdq.change_mean", "all"), "0.3003", "3", "0.1001");
        expect(at(r, "outcome.sdq.effect_size", "all"), "", "3", "0.3003");
    }
}
