package nl.procesevaluatie.indicators;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * The breakdowns of traject-based indicators (details.md rules 24 and 25): scope all, each organisation
 * and each municipality of T, period all, and for indicators with a cohort date one row per quarter in
 * which a traject of that scope has its cohort date. The population is selected by the measure.
 */
final class TrajectBreakdown {

    /** Computes one row from the trajects of T in a scope and period. */
    interface Measure {
        IndicatorRow row(Scope scope, String period, List<Traject> trajects);
    }

    private final EvaluationData data;

    TrajectBreakdown(EvaluationData data) {
        this.data = data;
    }

    List<Scope> scopes(boolean withMunicipalities) {
        List<Scope> scopes = new ArrayList<>();
        scopes.add(Scope.ALL);
        data.organisations().forEach(o -> scopes.add(Scope.organisation(o)));
        if (withMunicipalities) {
            data.municipalities().forEach(m -> scopes.add(Scope.municipality(m)));
        }
        return scopes;
    }

    List<Traject> inScope(Scope s) {
        return data.trajectsIn(s);
    }

    /** Rows for every scope; with a cohort date also per quarter. */
    List<IndicatorRow> rows(boolean withMunicipalities, Function<Traject, String> cohort, Measure measure) {
        List<IndicatorRow> out = new ArrayList<>();
        for (Scope s : scopes(withMunicipalities)) {
            List<Traject> trajects = inScope(s);
            out.add(measure.row(s, IndicatorRow.ALL, trajects));
            if (cohort != null) {
                data.quarters(s, cohort, () -> byQuarter(trajects, cohort)).forEach((q, list) -> out.add(measure.row(s, q, list)));
            }
        }
        return out;
    }

    /** Trajects grouped by the quarter of their cohort date (on or before as_of); others in no quarter. */
    Map<String, List<Traject>> byQuarter(List<Traject> trajects, Function<Traject, String> cohort) {
        // counted first, so each quarter's list is made at its size: no copying as half a million trajects go in
        Map<String, int[]> counts = new java.util.HashMap<>();
        for (Traject t : trajects) {
            String q = cohort.apply(t);
            if (q != null) {
                counts.computeIfAbsent(q, k -> new int[1])[0]++;
            }
        }
        Map<String, List<Traject>> lists = new java.util.HashMap<>();
        counts.forEach((q, n) -> lists.put(q, new ArrayList<>(n[0])));
        for (Traject t : trajects) {
            String q = cohort.apply(t);
            if (q != null) {
                lists.get(q).add(t);
            }
        }
        return new TreeMap<>(lists);
    }
}
