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
import nl.procesevaluatie.job.Instrument;

/** fidelity.*: dose, adherence and components over trajects; quality and responsiveness over responses. */
final class FidelityIndicators {

    private final EvaluationData data;
    private final TrajectBreakdown breakdown;
    private final int planned;

    FidelityIndicators(EvaluationData data) {
        this.data = data;
        this.breakdown = new TrajectBreakdown(data);
        this.planned = data.job.intervention().plannedSessions();
    }

    List<IndicatorRow> rows() {
        List<IndicatorRow> out = new ArrayList<>();
        out.addAll(breakdown.rows(true, Traject.STARTED, (s, p, ts) -> mean("fidelity.dose_delivered", s, p, ts,
                t -> t.completed, t -> Math.min(t.delivered, planned), planned)));
        out.addAll(breakdown.rows(true, Traject.STARTED, (s, p, ts) -> mean("fidelity.dose_received", s, p, ts,
                Traject::completedOrDropped, t -> Math.min(t.attended, planned), planned)));
        long fullDose = Q.of(data.job.intervention().minDose()).multiply(Q.of(planned)).ceil().longValueExact();
        out.addAll(breakdown.rows(true, Traject.STARTED, (s, p, ts) -> share("fidelity.full_dose_rate", s, p, ts,
                Traject::completedOrDropped, t -> t.attended >= fullDose)));
        List<String> core = data.job.intervention().coreComponents();
        if (!core.isEmpty()) {
            long coreMask = data.maskOf(core);
            out.addAll(breakdown.rows(true, Traject.STARTED, (s, p, ts) -> mean("fidelity.adherence", s, p, ts,
                    t -> t.completed, t -> Long.bitCount(t.allComponents & coreMask), core.size())));
            out.addAll(breakdown.rows(true, null, (s, p, ts) -> share("fidelity.adherence_full_rate", s, p, ts,
                    t -> t.completed, t -> (t.allComponents & coreMask) == coreMask)));
            for (String code : core) {
                long bit = data.maskOf(List.of(code));
                out.addAll(breakdown.rows(true, null, (s, p, ts) -> share("fidelity.component." + code, s, p, ts,
                        t -> t.completed, t -> (t.allComponents & bit) != 0)));
            }
        }
        out.addAll(responseMean("fidelity.quality", Instrument.Kind.quality));
        out.addAll(responseMean("fidelity.responsiveness", Instrument.Kind.responsiveness));
        return out;
    }

    /** The mean of numerator(t) / denominator over the population: one exact division of an integer sum. */
    private static IndicatorRow mean(String id, Scope s, String p, List<Traject> ts, Predicate<Traject> population,
            ToLongFunction<Traject> numerator, long denominator) {
        long sum = 0, n = 0;
        for (Traject t : ts) {
            if (population.test(t)) {
                sum += numerator.applyAsLong(t);
                n++;
            }
        }
        return Rows.ratio(id, s, p, Q.of(sum, denominator), n);
    }

    static IndicatorRow share(String id, Scope s, String p, List<Traject> ts, Predicate<Traject> population,
            Predicate<Traject> meets) {
        long n = 0, m = 0;
        for (Traject t : ts) {
            if (population.test(t)) {
                n++;
                if (meets.test(t)) {
                    m++;
                }
            }
        }
        return Rows.ratio(id, s, p, Q.of(m), n);
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
