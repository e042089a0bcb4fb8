package nl.procesevaluatie.indicators;

import static nl.procesevaluatie.indicators.Fixtures.at;
import static nl.procesevaluatie.indicators.Fixtures.expect;
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
 * determinant.* (indicators.md, Determinants; details.md rules 28, 33, 34, 37, 41, 43). Scale 1..5, negative
 * {1, 2}, positive {4, 5}, barrier_share default 0.20. Determinants: clarity = mean(V1, 6 - V2) (V2 reversed),
 * capacity = V3, support = V4, knowledge = V5.
 *
 * <pre>
 * respondent org date        V1 V2 V3 V4 V5   clarity        capacity  support
 * p1         A   2023-01-10  2  4  5  5  -    2 (not latest)  5         5
 * p1         A   2023-03-01  3  -  -  -  -    3 (latest)      (no value: older 5 is used)
 * p2         B   2023-02-01  1  4  2  4  -    1.5             2         4
 * p3         B   2023-02-01  4  1  4  5  -    4.5             4         5
 * p4         A   2023-02-15  5  1  1  4  -    5               1         4
 * p5         -   2023-02-20  1  5  3  2  -    1               3         2
 * p6         A   2023-04-05  1  5  1  1  1    after as_of: left out
 * p2         A   2023-03-15  -  -  -  -  -    no item values: never stored
 * </pre>
 */
class DeterminantIndicatorsTests {
    @TempDir
    Path dir;

    List<IndicatorRow> rows;

    static final String JOB = """
            as_of: 2023-03-31
            intervention: {code: X, planned_sessions: 4}
            instruments:
              - id: midi
                kind: determinants
                files: "midi*.csv"
                columns: {respondent_id: R, date: D, organisation: O}
                scale: [1, 5]
                negative: [1, 2]
                positive: [4, 5]
                items:
                  - {column: V1, determinant: clarity, category: innovation}
                  - {column: V2, determinant: clarity, category: innovation, reverse: true}
                  - {column: V3, determinant: capacity, category: organisation}
                  - {column: V4, determinant: support, category: organisation}
                  - {column: V5, determinant: knowledge, category: user}
            """;

    @BeforeEach
    void compute() {
        JobFile job = Fixtures.job(dir, JOB);
        EvaluationData data = Fixtures.data(job, Fixtures.rows(reg("t1", "A", "2023-01-01")), List.of(), List.of(
                resp("midi", "p1", "2023-01-10", "", "", "A", "2", "4", "5", "5", null),
                resp("midi", "p1", "2023-03-01", "", "", "A", "3", null, null, null, null),
                resp("midi", "p2", "2023-02-01", "", "", "B", "1", "4", "2", "4", null),
                resp("midi", "p3", "2023-02-01", "", "", "B", "4", "1", "4", "5", null),
                resp("midi", "p4", "2023-02-15", "", "", "A", "5", "1", "1", "4", null),
                resp("midi", "p5", "2023-02-20", "", "", "", "1", "5", "3", "2", null),
                resp("midi", "p6", "2023-04-05", "", "", "A", "1", "5", "1", "1", "1"),
                resp("midi", "p2", "2023-03-15", "", "", "A", null, null, null, null, null)));
        rows = Fixtures.calculate(data);
    }

    @Test
    void severalItemsTakeTheMeanWhichMustEqualASetMember() {
        // clarity: p1 3 (latest), p2 1.5, p3 4.5, p4 5, p5 1. 1.5 and 4.5 lie between set members and are neither.
        // negative: p5 = 1/5 = 0.2 = barrier_share exactly -> barrier
        expect(at(rows, "determinant.clarity.negative_share", "all"), "1", "5", "0.2000", "barrier");
        // positive: p4 = 1/5 -> none
        expect(at(rows, "determinant.clarity.positive_share", "all"), "1", "5", "0.2000", "none");
        // A: p1 (3), p4 (5): negative 0/2 none, positive 1/2 none; B: p2 1.5, p3 4.5: 0/2 and 0/2
        expect(at(rows, "determinant.clarity.negative_share", "org:A"), "0", "2", "0.0000", "none");
        expect(at(rows, "determinant.clarity.positive_share", "org:A"), "1", "2", "0.5000", "none");
        expect(at(rows, "determinant.clarity.negative_share", "org:B"), "0", "2", "0.0000", "none");
        expect(at(rows, "determinant.clarity.positive_share", "org:B"), "0", "2", "0.0000", "none");
    }

    @Test
    void latestResponseWithAValueForTheDeterminant() {
        // capacity: p1's latest response has no V3, so its older 5 counts: p1 5, p2 2, p3 4, p4 1, p5 3
        // negative p2 p4 = 2/5 = 0.4 barrier; positive p1 p3 = 2/5 none
        expect(at(rows, "determinant.capacity.negative_share", "all"), "2", "5", "0.4000", "barrier");
        expect(at(rows, "determinant.capacity.positive_share", "all"), "2", "5", "0.4000", "none");
        // A: p1 5, p4 1 -> 1/2 each; B: p2 2, p3 4 -> 1/2 each
        expect(at(rows, "determinant.capacity.negative_share", "org:A"), "1", "2", "0.5000", "barrier");
        expect(at(rows, "determinant.capacity.positive_share", "org:B"), "1", "2", "0.5000", "none");
    }

    @Test
    void facilitatorAtExactlyPointEight() {
        // support: p1 5, p2 4, p3 5, p4 4, p5 2 -> positive 4/5 = 0.8 facilitator; negative 1/5 = 0.2 barrier
        expect(at(rows, "determinant.support.positive_share", "all"), "4", "5", "0.8000", "facilitator");
        expect(at(rows, "determinant.support.negative_share", "all"), "1", "5", "0.2000", "barrier");
    }

    @Test
    void noRespondentsLeavesValueAndStatusEmpty() {
        // knowledge: only p6 answered V5, after as_of
        IndicatorRow neg = at(rows, "determinant.knowledge.negative_share", "all");
        expect(neg, "0", "0", "", "");
        assertThat(neg.target()).isNull();
        assertThat(neg.suppressed()).isFalse();
        assertThat(scopes(rows, "determinant.knowledge.positive_share")).containsExactly("all");
    }

    @Test
    void organisationRowsOnlyForOrganisationsInTheDeterminantsPopulation() {
        // p5 has no organisation: it counts in all only; organisation rows for A and B (t1's A is irrelevant)
        assertThat(scopes(rows, "determinant.clarity.negative_share")).containsExactly("all", "org:A", "org:B");
        // all rows with 5 respondents are not suppressed; organisation rows with 2 are
        assertThat(at(rows, "determinant.clarity.negative_share", "all").suppressed()).isFalse();
        assertThat(at(rows, "determinant.clarity.negative_share", "org:A").suppressed()).isTrue();
        assertThat(at(rows, "determinant.clarity.negative_share", "all").period()).isEqualTo("all");
    }

    @Test
    void latestIsChosenOverAllOrganisationsThenCountedUnderItsOwn(@TempDir Path other) {
        JobFile job = Fixtures.job(other, JOB.replace("items:", "barrier_share: 0.5\n    items:"));
        // q1 answered at A (capacity 1) and later at B (capacity 5): only the later counts, under B
        EvaluationData data = Fixtures.data(job, List.of(), List.of(), List.of(
                resp("midi", "q1", "2023-01-01", "", "", "A", null, null, "1", null, null),
                resp("midi", "q1", "2023-02-01", "", "", "B", null, null, "5", null, null),
                resp("midi", "q2", "2023-02-01", "", "", "B", null, null, "2", null, null)));
        List<IndicatorRow> r = Fixtures.calculate(data);
        assertThat(scopes(r, "determinant.capacity.positive_share")).containsExactly("all", "org:B");
        // B: q1 5 (positive), q2 2 (negative): negative 1/2 = 0.5 = barrier_share 0.5 -> barrier
        expect(at(r, "determinant.capacity.negative_share", "org:B"), "1", "2", "0.5000", "barrier");
        expect(at(r, "determinant.capacity.positive_share", "all"), "1", "2", "0.5000", "none");
    }
}
