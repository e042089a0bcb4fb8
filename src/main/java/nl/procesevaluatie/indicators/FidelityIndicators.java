package nl.procesevaluatie.indicators;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.ToLongFunction;
import nl.procesevaluatie.indicators.TrajectSums.Measure;
import nl.procesevaluatie.job.Instrument;

/** fidelity.*: dose, adherence and components over trajects; quality and responsiveness over responses. */
final class FidelityIndicators {

    private final EvaluationData data;
    private final int planned;

    FidelityIndicators(EvaluationData data) {
        this.data = data;
        this.planned = data.job.intervention().plannedSessions();
    }

    static final Measure COMPLETED = Measure.count(TrajectTable.COMPLETED_DELIVERED);
    static final Measure DELIVERED = Measure.sum(TrajectTable.COMPLETED_DELIVERED);
    static final Measure ENDED = ReachIndicators.ENDED;
    static final Measure ATTENDED = Measure.sum(TrajectTable.ENDED_ATTENDED);
    static final Measure FULL_DOSE = Measure.countTrue(TrajectTable.ENDED_FULL_DOSE);
    static final Measure CORE = Measure.sum(TrajectTable.COMPLETED_CORE);
    static final Measure ALL_CORE = Measure.countTrue(TrajectTable.COMPLETED_ALL_CORE);

    /** Every measure grouped by the started cohort, reach's and fidelity's, so T is aggregated once for both. */
    static final List<Measure> STARTED_COHORT = List.of(Measure.TRAJECTS, ReachIndicators.STARTED, ReachIndicators.COMPLETED,
            ReachIndicators.DROPPED_OUT, ENDED, COMPLETED, DELIVERED, ATTENDED, FULL_DOSE);

    List<IndicatorRow> rows() {
        TrajectTable tt = data.trajectTable();
        TrajectSums started = tt.sums(TrajectTable.Cohort.STARTED, true, STARTED_COHORT);
        List<IndicatorRow> out = new ArrayList<>();
        // means over a fixed denominator: one exact division of an integer sum
        out.addAll(tt.rows(started, (s, p) -> Rows.ratio("fidelity.dose_delivered", s, p,
                Q.of(started.get(s, p, DELIVERED), planned), started.get(s, p, COMPLETED))));
        out.addAll(tt.rows(started, (s, p) -> Rows.ratio("fidelity.dose_received", s, p,
                Q.of(started.get(s, p, ATTENDED), planned), started.get(s, p, ENDED))));
        out.addAll(tt.rows(started, (s, p) -> Rows.ratio("fidelity.full_dose_rate", s, p,
                Q.of(started.get(s, p, FULL_DOSE)), started.get(s, p, ENDED))));
        List<String> core = data.job.intervention().coreComponents();
        if (!core.isEmpty()) {
            List<Measure> measures = new ArrayList<>(List.of(COMPLETED, CORE, ALL_CORE));
            core.forEach(c -> measures.add(Measure.countTrue(TrajectTable.completedComponent(c))));
            TrajectSums adherence = tt.sums(TrajectTable.Cohort.STARTED, true, measures);
            out.addAll(tt.rows(started, (s, p) -> Rows.ratio("fidelity.adherence", s, p,
                    Q.of(adherence.get(s, p, CORE), core.size()), adherence.get(s, p, COMPLETED))));
            out.addAll(tt.rows(null, (s, p) -> Rows.ratio("fidelity.adherence_full_rate", s, p,
                    Q.of(adherence.get(s, p, ALL_CORE)), adherence.get(s, p, COMPLETED))));
            for (String code : core) {
                Measure delivered = Measure.countTrue(TrajectTable.completedComponent(code));
                out.addAll(tt.rows(null, (s, p) -> Rows.ratio("fidelity.component." + code, s, p,
                        Q.of(adherence.get(s, p, delivered)), adherence.get(s, p, COMPLETED))));
            }
        }
        out.addAll(responseMean("fidelity.quality", Instrument.Kind.quality));
        out.addAll(responseMean("fidelity.responsiveness", Instrument.Kind.responsiveness));
        return out;
    }

    /** The mean rescaled score of every stored response of all instruments of a kind (details.md rule 36). */
    private List<IndicatorRow> responseMean(String id, Instrument.Kind kind) {
        if (data.job.instrumentsOfKind(kind).isEmpty()) {
            return List.of();
        }
        Map<Scope, QSum> sums = new LinkedHashMap<>();
        sums.put(Scope.ALL, new QSum());
        Map<String, Scope> organisations = new TreeMap<>();
        for (Response r : data.responsesOf(kind)) {
            Q v = r.rescaled();
            List<Scope> scopes = new ArrayList<>();
            scopes.add(Scope.ALL);
            if (r.organisation() != null) {
                scopes.add(organisations.computeIfAbsent(r.organisation(), Scope::organisation));
            }
            for (Scope s : scopes) {
                sums.computeIfAbsent(s, k -> new QSum()).add(v);
            }
        }
        List<IndicatorRow> out = new ArrayList<>();
        out.add(Rows.ratio(id, Scope.ALL, IndicatorRow.ALL, sums.get(Scope.ALL).sum(), sums.get(Scope.ALL).count()));
        for (Scope s : organisations.values()) {
            out.add(Rows.ratio(id, s, IndicatorRow.ALL, sums.get(s).sum(), sums.get(s).count()));
        }
        return out;
    }

}
