package nl.procesevaluatie.indicators;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import nl.procesevaluatie.job.Instrument;

/**
 * determinant.*: per MIDI determinant the shares of professionals answering negatively and positively,
 * over each respondent's latest response with a value for it (indicators.md, Determinants; rule 37).
 */
final class DeterminantIndicators {
    private static final BigDecimal FACILITATOR_SHARE = new BigDecimal("0.80");

    private final EvaluationData data;

    DeterminantIndicators(EvaluationData data) {
        this.data = data;
    }

    List<IndicatorRow> rows() {
        List<IndicatorRow> out = new ArrayList<>();
        for (Instrument instrument : data.job.instrumentsOfKind(Instrument.Kind.determinants)) {
            List<Response> responses = data.responsesOf(instrument.id());
            for (Map.Entry<String, List<Integer>> d : determinants(instrument).entrySet()) {
                out.addAll(determinant(instrument, d.getKey(), d.getValue(), responses));
            }
        }
        return out;
    }

    /** Determinant name to its item indexes, in job-file order. */
    static Map<String, List<Integer>> determinants(Instrument instrument) {
        Map<String, List<Integer>> out = new LinkedHashMap<>();
        for (int i = 0; i < instrument.items().size(); i++) {
            String d = instrument.items().get(i).determinant();
            if (d != null) {
                out.computeIfAbsent(d, k -> new ArrayList<>()).add(i);
            }
        }
        return out;
    }

    private List<IndicatorRow> determinant(Instrument instrument, String name, List<Integer> items, List<Response> responses) {
        Map<String, Response> latest = new HashMap<>();
        for (Response r : responses) {
            if (r.meanOf(items) != null) {
                latest.merge(r.row().respondentId(), r, (a, b) -> Response.BY_POSITION.compare(a, b) >= 0 ? a : b);
            }
        }
        Map<Scope, long[]> counts = new LinkedHashMap<>(); // respondents, negative, positive
        counts.put(Scope.ALL, new long[3]);
        Map<String, Scope> organisations = new TreeMap<>();
        for (Response r : latest.values()) {
            Q value = r.meanOf(items);
            boolean negative = instrument.negative().stream().anyMatch(v -> Q.of(v).compareTo(value) == 0);
            boolean positive = instrument.positive().stream().anyMatch(v -> Q.of(v).compareTo(value) == 0);
            List<Scope> scopes = new ArrayList<>(List.of(Scope.ALL));
            if (r.organisation() != null) {
                Scope s = organisations.computeIfAbsent(r.organisation(), Scope::organisation);
                counts.computeIfAbsent(s, k -> new long[3]);
                scopes.add(s);
            }
            for (Scope s : scopes) {
                long[] c = counts.get(s);
                c[0]++;
                c[1] += negative ? 1 : 0;
                c[2] += positive ? 1 : 0;
            }
        }
        List<IndicatorRow> out = new ArrayList<>();
        List<Scope> scopes = new ArrayList<>(List.of(Scope.ALL));
        scopes.addAll(organisations.values());
        for (Scope s : scopes) {
            long[] c = counts.get(s);
            out.add(withStatus(Rows.ratio("determinant." + name + ".negative_share", s, IndicatorRow.ALL, Q.of(c[1]), c[0]),
                    instrument.barrierShare(), "barrier"));
            out.add(withStatus(Rows.ratio("determinant." + name + ".positive_share", s, IndicatorRow.ALL, Q.of(c[2]), c[0]),
                    FACILITATOR_SHARE, "facilitator"));
        }
        return out;
    }

    private static IndicatorRow withStatus(IndicatorRow r, BigDecimal threshold, String label) {
        String status = r.value() == null ? null : r.value().compareTo(Q.of(threshold)) >= 0 ? label : "none";
        return new IndicatorRow(r.indicator(), r.scope(), r.scopeValue(), r.period(), r.numerator(), r.denominator(),
                r.value(), null, status, false, false);
    }
}
