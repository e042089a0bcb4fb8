package nl.procesevaluatie.indicators;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.procesevaluatie.indicators.TrajectSums.Measure;
import nl.procesevaluatie.job.TargetPopulation;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.columns.Column;

/**
 * reach.*: RE-AIM reach and Proctor's penetration (indicators.md, Reach). Counts come from the traject
 * table's grouped sums; the wait-day median and p90 (exact, {@link Statistics}) and the distinct clients
 * from its columns per scope.
 */
final class ReachIndicators {
    static final Measure STARTED = Measure.countTrue(TrajectTable.STARTED);
    static final Measure COMPLETED = Measure.countTrue(TrajectTable.COMPLETED);
    static final Measure DROPPED_OUT = Measure.countTrue(TrajectTable.DROPPED_OUT);
    /** The population of the dropout rate: completed or dropped out (the only trajects with this column). */
    static final Measure ENDED = Measure.count(TrajectTable.ENDED_ATTENDED);

    private final EvaluationData data;

    ReachIndicators(EvaluationData data) {
        this.data = data;
    }

    List<IndicatorRow> rows() {
        TrajectTable tt = data.trajectTable();
        TrajectSums registered = tt.sums(TrajectTable.Cohort.REGISTERED, true, List.of(Measure.TRAJECTS, STARTED));
        TrajectSums started = tt.sums(TrajectTable.Cohort.STARTED, true, FidelityIndicators.STARTED_COHORT);
        List<IndicatorRow> out = new ArrayList<>();
        out.addAll(tt.rows(registered, (s, p) -> Rows.count("reach.registered", s, p, registered.get(s, p, Measure.TRAJECTS))));
        out.addAll(tt.rows(started, (s, p) -> Rows.count("reach.started", s, p, started.get(s, p, STARTED))));
        out.addAll(tt.rows(started, (s, p) -> Rows.count("reach.completed", s, p, started.get(s, p, COMPLETED))));
        out.addAll(tt.rows(registered, (s, p) -> Rows.ratio("reach.start_rate", s, p,
                Q.of(registered.get(s, p, STARTED)), registered.get(s, p, Measure.TRAJECTS))));
        out.addAll(tt.rows(started, (s, p) -> Rows.ratio("reach.dropout_rate", s, p,
                Q.of(started.get(s, p, DROPPED_OUT)), started.get(s, p, ENDED))));
        Map<Scope, List<Column<?>>> waits = tt.startedPerScope(TrajectTable.WAIT_DAYS);
        out.addAll(tt.rows(null, (s, p) -> {
            long[] days = sorted(waits.get(s));
            return Rows.statistic("reach.wait_days.median", s, p, Statistics.percentile(days, Q.of(1, 2)), days.length);
        }));
        out.addAll(tt.rows(null, (s, p) -> {
            long[] days = sorted(waits.get(s));
            return Rows.statistic("reach.wait_days.p90", s, p, Statistics.percentile(days, Q.of(9, 10)), days.length);
        }));
        Map<Scope, List<Column<?>>> clients = tt.startedPerScope(TrajectTable.CLIENT);
        out.addAll(tt.rows(null, (s, p) -> penetration(s, p, clients.getOrDefault(s, List.of()))));
        return out;
    }

    /** The wait days of a scope's started trajects, sorted (none when it has no started traject). */
    private static long[] sorted(List<Column<?>> waitDays) {
        if (waitDays == null) {
            return new long[0];
        }
        long[] days = waitDays.stream().flatMapToInt(c -> Arrays.stream(((IntColumn) c).asIntArray())).asLongStream().toArray();
        Arrays.sort(days);
        return days;
    }

    /** Distinct clients among started trajects over the scope's target (details.md rule 32). */
    private IndicatorRow penetration(Scope s, String period, List<Column<?>> startedClients) {
        Set<String> clients = new HashSet<>();
        long anonymous = 0;
        for (Column<?> c : startedClients) {
            StringColumn sc = (StringColumn) c;
            for (int i = 0; i < sc.size(); i++) {
                String client = sc.get(i);
                if (client.isEmpty()) {
                    anonymous++; // no client number: each such traject counts as its own client
                } else {
                    clients.add(client);
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
