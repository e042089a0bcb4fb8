package nl.procesevaluatie.indicators;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** adoption.*: organisations and professionals with a start in the twelve months up to as_of. */
final class AdoptionIndicators {
    private final EvaluationData data;
    private final TrajectBreakdown breakdown;

    AdoptionIndicators(EvaluationData data) {
        this.data = data;
        this.breakdown = new TrajectBreakdown(data);
    }

    List<IndicatorRow> rows() {
        LocalDate from = data.asOf.minusMonths(12);
        List<IndicatorRow> out = new ArrayList<>();
        for (Scope s : breakdown.scopes(false)) {
            Set<String> organisations = new HashSet<>();
            Set<String> professionals = new HashSet<>();
            for (Traject t : breakdown.inScope(s)) {
                if (t.started && t.reg.startedOn().isAfter(from)) {
                    organisations.add(t.organisation());
                    if (t.reg.professionalId() != null) {
                        professionals.add(t.reg.professionalId());
                    }
                }
            }
            out.add(Rows.count("adoption.organisations_active", s, IndicatorRow.ALL, organisations.size()));
            out.add(Rows.count("adoption.professionals_active", s, IndicatorRow.ALL, professionals.size()));
        }
        return out;
    }
}
