package nl.procesevaluatie.indicators;

import static nl.procesevaluatie.indicators.Fixtures.at;
import static nl.procesevaluatie.indicators.Fixtures.expect;
import static nl.procesevaluatie.indicators.Fixtures.reg;
import static nl.procesevaluatie.indicators.Fixtures.scopes;
import static nl.procesevaluatie.indicators.Fixtures.ses;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import nl.procesevaluatie.domain.SessionRow;
import nl.procesevaluatie.job.JobFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * cost.per_started_client = (fixed + per_session * held sessions of trajects in T dated <= as_of) / started
 * trajects of T (indicators.md, Cost; details.md rules 26, 31, 43).
 *
 * <pre>
 * c1  A  started      sessions: 3 held <= as_of, 1 not held, 1 held after as_of  -> 3
 * c2  B  started      2 held                                                     -> 2
 * c3  A  not started  1 held (a traject of T: its session counts)                -> 1
 * c4  A  registered after as_of, 2 held sessions: not in T                       -> 0
 * ??  session of an unknown traject                                              -> 0
 * </pre>
 * Held sessions = 6; started = 2.
 */
class CostIndicatorTests {
    @TempDir
    Path dir;

    static final List<SessionRow> SESSIONS = List.of(
            ses("c1", 1, "2023-01-02", true, true), ses("c1", 2, "2023-01-09", true, false),
            ses("c1", 3, "2023-01-16", true, true), ses("c1", 4, "2023-01-23", false, false),
            ses("c1", 5, "2023-04-03", true, true),
            ses("c2", 1, "2023-02-01", true, true), ses("c2", 2, "2023-02-08", true, true),
            ses("c3", 1, "2023-02-01", true, false),
            ses("c4", 1, "2023-04-05", true, true), ses("c4", 2, "2023-03-01", true, true),
            ses("unknown", 1, "2023-02-01", true, true));

    private List<IndicatorRow> run(String budget) {
        JobFile job = Fixtures.job(dir, "as_of: 2023-03-31\nintervention: {code: X, planned_sessions: 4}\n" + budget);
        return Fixtures.calculate(Fixtures.data(job, Fixtures.rows(
                reg("c1", "A", "2023-01-01").start("2023-01-02"),
                reg("c2", "B", "2023-01-01").start("2023-02-01"),
                reg("c3", "A", "2023-01-01"),
                reg("c4", "A", "2023-04-01").start("2023-04-02")), SESSIONS, List.of()));
    }

    @Test
    void costPerStartedClient() {
        // (1000 + 12.5 * 6) / 2 = 1075 / 2 = 537.5
        List<IndicatorRow> rows = run("budget: {fixed: 1000, per_session: 12.5}\n");
        IndicatorRow r = at(rows, "cost.per_started_client", "all");
        expect(r, "1075", "2", "537.5000");
        // scope all only, never suppressed (money, though the denominator 2 is small)
        assertThat(scopes(rows, "cost.per_started_client")).containsExactly("all");
        assertThat(r.suppressed()).isFalse();
    }

    @Test
    void fractionalTotalIsWrittenWithFourDecimals() {
        // (0 + 0.3333 * 6) / 2 = 1.9998 / 2 = 0.9999; fixed defaults to 0
        expect(at(run("budget: {per_session: 0.3333}\n"), "cost.per_started_client", "all"), "1.9998", "2", "0.9999");
    }

    @Test
    void withoutBudgetNoRow() {
        assertThat(run("")).noneMatch(r -> r.indicator().startsWith("cost."));
    }

    @Test
    void noStartedTrajectLeavesValueEmpty(@TempDir Path other) {
        JobFile job = Fixtures.job(other, """
                as_of: 2023-03-31
                intervention: {code: X, planned_sessions: 4}
                budget: {fixed: 500}
                """);
        List<IndicatorRow> rows = Fixtures.calculate(Fixtures.data(job,
                Fixtures.rows(reg("c3", "A", "2023-01-01")), SESSIONS, List.of()));
        // per_session defaults to 0: 500 + 0 * 1 = 500 over 0 started
        expect(at(rows, "cost.per_started_client", "all"), "500", "0", "");
    }
}
