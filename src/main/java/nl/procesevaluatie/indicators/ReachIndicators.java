package nl.procesevaluatie.indicators;

import java.math.BigDecimal;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.time.LocalDate;
import nl.procesevaluatie.job.TargetPopulation;

/** reach.*: RE-AIM reach and Proctor's penetration (indicators.md, Reach). */
final class ReachIndicators {

    private final EvaluationData data;
    private final TrajectBreakdown breakdown;

    ReachIndicators(EvaluationData data) {
        this.data = data;
        this.breakdown = new TrajectBreakdown(data);
    }

    List<IndicatorRow> rows() {
        List<IndicatorRow> out = new ArrayList<>();
        out.addAll(breakdown.rows(true, Traject.REGISTERED, (s, p, ts) -> Rows.count("reach.registered", s, p, ts.size())));
        out.addAll(breakdown.rows(true, Traject.STARTED, (s, p, ts) ->
                Rows.count("reach.started", s, p, ts.stream().filter(t -> t.started).count())));
        out.addAll(breakdown.rows(true, Traject.STARTED, (s, p, ts) ->
                Rows.count("reach.completed", s, p, ts.stream().filter(t -> t.completed).count())));
        out.addAll(breakdown.rows(true, Traject.REGISTERED, (s, p, ts) ->
                Rows.ratio("reach.start_rate", s, p, Q.of(ts.stream().filter(t -> t.started).count()), ts.size())));
        out.addAll(breakdown.rows(true, Traject.STARTED, (s, p, ts) -> {
            List<Traject> ended = ts.stream().filter(Traject::completedOrDropped).toList();
            return Rows.ratio("reach.dropout_rate", s, p, Q.of(ended.stream().filter(t -> t.droppedOut).count()), ended.size());
        }));
        Map<List<Traject>, long[]> waits = new IdentityHashMap<>(); // per scope, for both statistics
        out.addAll(breakdown.rows(true, null, (s, p, ts) -> {
            long[] days = waits.computeIfAbsent(ts, ReachIndicators::waitDays);
            return Rows.statistic("reach.wait_days.median", s, p, Statistics.percentile(days, Q.of(1, 2)), days.length);
        }));
        out.addAll(breakdown.rows(true, null, (s, p, ts) -> {
            long[] days = waits.computeIfAbsent(ts, ReachIndicators::waitDays);
            return Rows.statistic("reach.wait_days.p90", s, p, Statistics.percentile(days, Q.of(9, 10)), days.length);
        }));
        out.addAll(breakdown.rows(true, null, this::penetration));
        return out;
    }

    /** Days from registration to start of the started trajects, sorted. */
    private static long[] waitDays(List<Traject> ts) {
        long[] days = ts.stream().filter(t -> t.started)
                .mapToLong(t -> ChronoUnit.DAYS.between(t.reg.registeredOn(), t.reg.startedOn())).toArray();
        Arrays.sort(days);
        return days;
    }

    /** Distinct clients among started trajects over the scope's target (details.md rule 32). */
    private IndicatorRow penetration(Scope s, String period, List<Traject> ts) {
        Set<String> clients = new HashSet<>();
        long anonymous = 0;
        for (Traject t : ts) {
            if (t.started) {
                if (t.reg.clientHash() == null) {
                    anonymous++;
                } else {
                    clients.add(t.reg.clientHash());
                }
            }
        }
        long distinct = clients.size() + anonymous;
        BigDecimal target = target(s);
        Q denominator = target == null ? null : Q.of(target);
        Q value = denominator == null || target.signum() == 0 ? null : Q.of(distinct).divide(denominator);
        return new IndicatorRow("reach.penetration", s.scope(), s.value(), period, Q.of(distinct), denominator, value,
                null, null, false, false);
    }

    private BigDecimal target(Scope s) {
        TargetPopulation tp = data.job.targetPopulation();
        if (tp == null) {
            return null;
        }
        return switch (s.scope()) {
            case IndicatorRow.ALL -> tp.forAll();
            case IndicatorRow.MUNICIPALITY -> tp.forMunicipality(s.value());
            default -> null;
        };
    }
}
