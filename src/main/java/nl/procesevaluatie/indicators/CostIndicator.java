package nl.procesevaluatie.indicators;

import java.util.List;
import nl.procesevaluatie.job.Budget;

/** cost.per_started_client: (fixed + per_session × held sessions of T up to as_of) / started trajects of T. */
final class CostIndicator {
    private final EvaluationData data;

    CostIndicator(EvaluationData data) {
        this.data = data;
    }

    List<IndicatorRow> rows() {
        Budget budget = data.job.budget();
        if (budget == null) {
            return List.of();
        }
        Q total = Q.of(budget.fixed()).add(Q.of(budget.perSession()).multiply(Q.of(data.heldSessions)));
        long started = data.trajects.stream().filter(t -> t.started).count();
        return List.of(Rows.ratio("cost.per_started_client", Scope.ALL, IndicatorRow.ALL, total, started));
    }
}
