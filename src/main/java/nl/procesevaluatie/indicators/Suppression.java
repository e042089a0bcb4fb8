package nl.procesevaluatie.indicators;

import java.math.BigInteger;
import java.util.Set;
import nl.procesevaluatie.job.Goal;
import nl.procesevaluatie.job.JobFile;

/**
 * Small-cell suppression (details.md rule 43): rows that count people are marked when their basis is
 * between 1 and min_cell_size - 1. Files, rows, organisations, quarters and money are never suppressed.
 */
final class Suppression {
    private final int minCellSize;
    private final Set<String> organisationGoals;

    Suppression(JobFile job) {
        this.minCellSize = job.minCellSize();
        this.organisationGoals = Set.copyOf(job.goals().stream()
                .filter(g -> g.population() == Goal.Population.organisations).map(g -> "goal." + g.id()).toList());
    }

    IndicatorRow apply(IndicatorRow r) {
        if (!countsPeople(r.indicator())) {
            return r;
        }
        Q basis = r.indicator().equals("reach.penetration") || r.count() ? r.numerator() : r.denominator();
        if (basis == null) {
            return r;
        }
        boolean small = basis.compareTo(Q.ONE) >= 0 && basis.compareTo(new Q(BigInteger.valueOf(minCellSize), BigInteger.ONE)) < 0;
        return r.withSuppressed(small);
    }

    private boolean countsPeople(String id) {
        if (id.startsWith("goal.")) {
            return !organisationGoals.contains(id);
        }
        return id.startsWith("reach.") || id.startsWith("fidelity.") || id.startsWith("determinant.")
                || id.startsWith("outcome.") || id.equals("adoption.professionals_active");
    }
}
