package nl.procesevaluatie.indicators;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import nl.procesevaluatie.job.Instrument;

/**
 * outcome.<id>.*: per respondent the latest pre and latest post response, paired (rule 38); the pair
 * counts under the post response's organisation, else the pre response's.
 */
final class OutcomeIndicators {
    private final EvaluationData data;

    OutcomeIndicators(EvaluationData data) {
        this.data = data;
    }

    private record Pair(Q pre, Q post, String organisation) {
        Q change() {
            return post.subtract(pre);
        }
    }

    List<IndicatorRow> rows() {
        List<IndicatorRow> out = new ArrayList<>();
        for (Instrument instrument : data.job.instrumentsOfKind(Instrument.Kind.outcome)) {
            out.addAll(rows(instrument));
        }
        return out;
    }

    private List<IndicatorRow> rows(Instrument instrument) {
        Map<String, Response> pre = new HashMap<>();
        Map<String, Response> post = new HashMap<>();
        for (Response r : data.responsesOf(instrument.id())) {
            Map<String, Response> target = r.row().moment().equals("pre") ? pre : post;
            target.merge(r.row().respondentId(), r, (a, b) -> Response.BY_POSITION.compare(a, b) >= 0 ? a : b);
        }
        Map<Scope, List<Pair>> pairs = new LinkedHashMap<>();
        pairs.put(Scope.ALL, new ArrayList<>());
        Map<String, Scope> organisations = new TreeMap<>();
        for (Map.Entry<String, Response> e : post.entrySet()) {
            Response before = pre.get(e.getKey());
            if (before == null) {
                continue;
            }
            Response after = e.getValue();
            String organisation = after.organisation() != null ? after.organisation() : before.organisation();
            Pair p = new Pair(before.score(), after.score(), organisation);
            pairs.get(Scope.ALL).add(p);
            if (organisation != null) {
                pairs.computeIfAbsent(organisations.computeIfAbsent(organisation, Scope::organisation), k -> new ArrayList<>()).add(p);
            }
        }
        String id = "outcome." + instrument.id();
        List<Scope> scopes = new ArrayList<>(List.of(Scope.ALL));
        scopes.addAll(organisations.values());
        List<IndicatorRow> out = new ArrayList<>();
        for (Scope s : scopes) {
            List<Pair> ps = pairs.get(s);
            int n = ps.size();
            QSum preSum = new QSum(), postSum = new QSum(), changeSum = new QSum();
            List<Q> changes = new ArrayList<>();
            for (Pair p : ps) {
                preSum.add(p.pre());
                postSum.add(p.post());
                changeSum.add(p.change());
                changes.add(p.change());
            }
            out.add(Rows.count(id + ".n", s, IndicatorRow.ALL, n));
            out.add(Rows.ratio(id + ".pre_mean", s, IndicatorRow.ALL, preSum.sum(), n));
            out.add(Rows.ratio(id + ".post_mean", s, IndicatorRow.ALL, postSum.sum(), n));
            out.add(Rows.ratio(id + ".change_mean", s, IndicatorRow.ALL, changeSum.sum(), n));
            out.add(Rows.statistic(id + ".effect_size", s, IndicatorRow.ALL, Statistics.effectSize(changes), n));
        }
        return out;
    }
}
