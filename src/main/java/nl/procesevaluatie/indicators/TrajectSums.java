package nl.procesevaluatie.indicators;

import com.google.common.collect.ArrayListMultimap;
import com.google.common.collect.ListMultimap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import tech.tablesaw.aggregate.AggregateFunction;
import tech.tablesaw.aggregate.AggregateFunctions;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.NumericColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.table.TableSliceGroup;

/**
 * Counts and sums of columns of T per scope (all, each organisation, each municipality) for period all
 * and per quarter of a cohort date. Tablesaw groups T by (organisation, quarter) and by (municipality,
 * quarter) and aggregates each group (GROUP BY); the coarser rows (an organisation over all quarters,
 * scope all per quarter, all) are sums of those groups. Integer sums stay exact: Tablesaw adds in
 * doubles, exact below 2^53, far above any sum over T.
 */
final class TrajectSums {

    /** An aggregate of one column: count (non-missing), countTrue or sum. */
    record Measure(String column, AggregateFunction<?, ?> function) {
        static Measure count(String column) {
            return new Measure(column, AggregateFunctions.count);
        }

        static Measure countTrue(String column) {
            return new Measure(column, AggregateFunctions.countTrue);
        }

        static Measure sum(String column) {
            return new Measure(column, AggregateFunctions.sum);
        }

        /** The size of T in a group: {@link TrajectTable#DELIVERED} is never missing. */
        static final Measure TRAJECTS = count(TrajectTable.DELIVERED);

        String name() {
            return TableSliceGroup.aggregateColumnName(column, function.functionName());
        }

        @Override
        public String toString() {
            return name();
        }
    }

    private final List<Measure> measures;
    /** Per scope and period (a quarter, or {@link IndicatorRow#ALL}): one value per measure. */
    private final Map<Scope, Map<String, long[]>> values = new HashMap<>();

    private TrajectSums(List<Measure> measures) {
        this.measures = measures;
    }

    static TrajectSums of(TrajectTable tt, TrajectTable.Cohort cohort, boolean withMunicipalities, List<Measure> measures) {
        TrajectSums s = new TrajectSums(measures);
        s.add(tt, TrajectTable.ORGANISATION, cohort, true);
        if (withMunicipalities) {
            s.add(tt, TrajectTable.MUNICIPALITY, cohort, false);
        }
        return s;
    }

    /**
     * Aggregates the (scope, quarter) groups of one scope kind and adds each to its scope and quarter, its
     * scope over all quarters and, for organisations (every traject is in exactly one group), to scope all.
     */
    private void add(TrajectTable tt, String scopeKind, TrajectTable.Cohort cohort, boolean alsoAll) {
        if (alsoAll) {
            values.computeIfAbsent(Scope.ALL, k -> new HashMap<>()).put(IndicatorRow.ALL, new long[measures.size()]);
        }
        if (tt.table().rowCount() == 0) {
            return;
        }
        String key = TrajectTable.key(scopeKind, cohort);
        ListMultimap<String, AggregateFunction<?, ?>> functions = ArrayListMultimap.create();
        for (Measure m : measures) {
            if (!functions.containsEntry(m.column(), m.function())) {
                functions.put(m.column(), m.function());
            }
        }
        Table result = tt.groups(key).aggregate(functions);
        IntColumn keys = result.intColumn(key);
        List<NumericColumn<?>> columns = measures.stream().<NumericColumn<?>>map(m -> result.numberColumn(m.name())).toList();
        int perScope = tt.quarters.size() + 1;
        List<String> names = scopeKind.equals(TrajectTable.ORGANISATION) ? tt.organisations : tt.municipalities;
        for (int r = 0; r < result.rowCount(); r++) {
            int scopeCode = keys.getInt(r) / perScope - 1;
            int quarterCode = keys.getInt(r) % perScope - 1;
            long[] v = new long[measures.size()];
            for (int i = 0; i < v.length; i++) {
                v[i] = Math.round(columns.get(i).getDouble(r));
            }
            String quarter = quarterCode < 0 ? null : tt.quarters.get(quarterCode);
            if (scopeCode >= 0) {
                Scope scope = scopeKind.equals(TrajectTable.ORGANISATION) ? Scope.organisation(names.get(scopeCode))
                        : Scope.municipality(names.get(scopeCode));
                add(scope, IndicatorRow.ALL, v);
                if (quarter != null) {
                    add(scope, quarter, v);
                }
            }
            if (alsoAll) {
                add(Scope.ALL, IndicatorRow.ALL, v);
                if (quarter != null) {
                    add(Scope.ALL, quarter, v);
                }
            }
        }
    }

    private void add(Scope s, String period, long[] v) {
        long[] sum = values.computeIfAbsent(s, k -> new HashMap<>()).computeIfAbsent(period, k -> new long[v.length]);
        for (int i = 0; i < v.length; i++) {
            sum[i] += v[i];
        }
    }

    /** A measure's value in a scope and period (0 when the scope has no traject there). */
    long get(Scope s, String period, Measure m) {
        Map<String, long[]> m0 = values.get(s);
        long[] v = m0 == null ? null : m0.get(period);
        return v == null ? 0 : v[measures.indexOf(m)];
    }

    /** The quarters in which a scope has a traject with its cohort date (rule 24), in order. */
    Set<String> quarters(Scope s) {
        Set<String> out = new TreeSet<>(values.getOrDefault(s, Map.of()).keySet());
        out.remove(IndicatorRow.ALL);
        return out;
    }

    /** The quarters in which a scope has a traject where a measure is non-zero (a goal's members, rule 50). */
    Set<String> quarters(Scope s, Measure m) {
        Set<String> out = quarters(s);
        out.removeIf(q -> get(s, q, m) == 0);
        return out;
    }
}
