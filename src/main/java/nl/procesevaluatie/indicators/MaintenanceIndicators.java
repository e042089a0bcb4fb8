package nl.procesevaluatie.indicators;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import nl.procesevaluatie.job.Instrument;

/** maintenance.*: the borging checklist and the quarters with a start (indicators.md, Adoption and maintenance). */
final class MaintenanceIndicators {
    private final EvaluationData data;

    MaintenanceIndicators(EvaluationData data) {
        this.data = data;
    }

    List<IndicatorRow> rows() {
        List<IndicatorRow> out = new ArrayList<>(borging());
        out.addAll(activeQuarters());
        return out;
    }

    /** Per organisation its latest checklist response: yes / answered items; scope all: the mean (rule 40). */
    private List<IndicatorRow> borging() {
        if (data.job.instrumentsOfKind(Instrument.Kind.checklist).isEmpty()) {
            return List.of();
        }
        Map<String, Response> latest = new TreeMap<>();
        for (Response r : data.responsesOf(Instrument.Kind.checklist)) {
            if (r.organisation() == null) {
                continue;
            }
            latest.merge(r.organisation(), r, (a, b) -> Response.BY_POSITION.compare(a, b) >= 0 ? a : b);
        }
        List<IndicatorRow> perOrganisation = new ArrayList<>();
        QSum sum = new QSum();
        for (Map.Entry<String, Response> e : latest.entrySet()) {
            Response r = e.getValue();
            long yes = 0, answered = 0;
            for (int i = 0; i < r.row().items().size(); i++) {
                Q v = r.itemValue(i);
                if (v != null) {
                    answered++;
                    if (v.compareTo(Q.ONE) == 0) {
                        yes++;
                    }
                }
            }
            sum.add(yes, answered);
            perOrganisation.add(Rows.ratio("maintenance.borging", Scope.organisation(e.getKey()), IndicatorRow.ALL,
                    Q.of(yes), answered));
        }
        List<IndicatorRow> out = new ArrayList<>();
        out.add(Rows.ratio("maintenance.borging", Scope.ALL, IndicatorRow.ALL, sum.sum(), latest.size()));
        out.addAll(perOrganisation);
        return out;
    }

    /** Per organisation, how many of the last four quarters up to as_of had a start; scope all: the mean (rule 39). */
    private List<IndicatorRow> activeQuarters() {
        LocalDate firstQuarter = Quarters.start(data.asOf).minusMonths(9);
        Map<String, Set<String>> quarters = new HashMap<>();
        for (Traject t : data.trajects) {
            quarters.computeIfAbsent(t.organisation(), k -> new HashSet<>());
            if (t.started && !t.reg.startedOn().isBefore(firstQuarter)) {
                quarters.get(t.organisation()).add(Quarters.of(t.reg.startedOn()));
            }
        }
        List<String> organisations = data.organisations();
        long sum = 0;
        List<IndicatorRow> perOrganisation = new ArrayList<>();
        for (String o : organisations) {
            int n = quarters.get(o).size();
            sum += n;
            perOrganisation.add(Rows.count("maintenance.active_quarters", Scope.organisation(o), IndicatorRow.ALL, n));
        }
        List<IndicatorRow> out = new ArrayList<>();
        out.add(Rows.ratio("maintenance.active_quarters", Scope.ALL, IndicatorRow.ALL, Q.of(sum), organisations.size()));
        out.addAll(perOrganisation);
        return out;
    }
}
