package nl.procesevaluatie.indicators;

import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import nl.procesevaluatie.job.Goal;
import tech.tablesaw.api.BooleanColumn;
import tech.tablesaw.api.DateColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;
import tech.tablesaw.table.TableSliceGroup;

/**
 * T as a Tablesaw table: one row per traject (in T's order, by traject id) with its per-traject measures
 * as typed columns, built once per run. The traject-based families (reach, fidelity's traject measures,
 * traject goals) take their counts and integer sums per scope and quarter from its groupings
 * ({@link TrajectSums}); the analysis dataset (analysis/trajects.csv) is written from it.
 *
 * <p>Columns starting with {@code _} are internal: a measure restricted to the population of one indicator
 * (missing elsewhere, so its count is the population and its sum or true-count the numerator), and the
 * grouping keys. Every other column is for the analyst.
 */
public final class TrajectTable {
    public static final String TRAJECT = "traject_id";
    public static final String CLIENT = "client";
    public static final String ORGANISATION = "organisation";
    public static final String MUNICIPALITY = "municipality";
    public static final String PROFESSIONAL = "professional";
    public static final String REGISTERED_QUARTER = "registered_quarter";
    public static final String STARTED_QUARTER = "started_quarter";
    public static final String REGISTERED_ON = "registered_on";
    public static final String STARTED_ON = "started_on";
    public static final String ENDED_ON = "ended_on";
    public static final String END_REASON = "end_reason";
    public static final String STATUS = "status";
    public static final String STARTED = "started";
    public static final String ENDED = "ended";
    public static final String COMPLETED = "completed";
    public static final String DROPPED_OUT = "dropped_out";
    public static final String WAIT_DAYS = "wait_days";
    public static final String DELIVERED = "delivered";
    public static final String ATTENDED = "attended";
    public static final String FULL_DOSE = "full_dose";
    public static final String CORE_DELIVERED = "core_delivered";

    /** Sessions delivered (capped at P) of completed trajects: fidelity.dose_delivered. */
    static final String COMPLETED_DELIVERED = "_completed_delivered";
    /** Sessions attended (capped at P) of completed or dropped-out trajects: fidelity.dose_received. */
    static final String ENDED_ATTENDED = "_ended_attended";
    static final String ENDED_FULL_DOSE = "_ended_full_dose";
    static final String COMPLETED_CORE = "_completed_core";
    static final String COMPLETED_ALL_CORE = "_completed_all_core";

    static String completedComponent(String code) {
        return "_completed_" + component(code);
    }

    public static String component(String code) {
        return "component." + code;
    }

    public static String goalMember(Goal g) {
        return "goal." + g.id() + ".member";
    }

    /** Member and meets the goal's criterion; missing outside the goal's population. */
    public static String goalMet(Goal g) {
        return "goal." + g.id() + ".met";
    }

    /** Member, does not meet it and can still come to (rules 58-59); missing outside the goal's population. */
    public static String goalOpen(Goal g) {
        return "goal." + g.id() + ".open";
    }

    /** The cohort date whose quarter gives a row's period. */
    enum Cohort {
        REGISTERED("registered"), STARTED("started");

        final String suffix;

        Cohort(String suffix) {
            this.suffix = suffix;
        }
    }

    /** Grouping key of a scope kind and a cohort: (scope code + 1) * (quarters + 1) + (quarter code + 1). */
    static String key(String scopeKind, Cohort cohort) {
        return "_" + scopeKind + "_" + cohort.suffix;
    }

    private final Table table;
    final List<String> organisations;
    final List<String> municipalities;
    final List<String> quarters;
    private final Map<String, TableSliceGroup> groups = new ConcurrentHashMap<>();
    private final Map<String, TrajectSums> sums = new ConcurrentHashMap<>();

    private TrajectTable(Table table, List<String> organisations, List<String> municipalities, List<String> quarters) {
        this.table = table;
        this.organisations = organisations;
        this.municipalities = municipalities;
        this.quarters = quarters;
    }

    /** The table itself (read it, do not change it: the indicators share it). */
    public Table table() {
        return table;
    }

    static TrajectTable of(EvaluationData data) {
        List<Traject> ts = data.trajects;
        Builder b = new Builder(data);
        ts.forEach(b::add);
        return new TrajectTable(Table.create("trajects", b.columns()), b.organisations, b.municipalities, b.quarters);
    }

    /** The columns an analyst reads, in order: all but the internal ones. */
    public List<String> analysisColumns() {
        return table.columnNames().stream().filter(c -> !c.startsWith("_")).toList();
    }

    /** T split on a grouping key column, made once and shared by every family. */
    TableSliceGroup groups(String key) {
        return groups.computeIfAbsent(key, k -> table.splitOn(k));
    }

    /** Grouped counts and sums of some columns per scope and period of a cohort; made once and shared. */
    TrajectSums sums(Cohort cohort, boolean withMunicipalities, List<TrajectSums.Measure> measures) {
        String k = cohort + "|" + withMunicipalities + "|" + measures;
        return sums.computeIfAbsent(k, x -> TrajectSums.of(this, cohort, withMunicipalities, measures));
    }

    /** The scopes of traject-based rows (rule 24): all, each organisation and each municipality of T. */
    List<Scope> scopes(boolean withMunicipalities) {
        List<Scope> scopes = new ArrayList<>();
        scopes.add(Scope.ALL);
        organisations.forEach(o -> scopes.add(Scope.organisation(o)));
        if (withMunicipalities) {
            municipalities.forEach(m -> scopes.add(Scope.municipality(m)));
        }
        return scopes;
    }

    /**
     * One row per scope for period all and, with {@code periods}, one per quarter in which that sum's
     * population has a member in the scope (for the quarters of T: a traject with its cohort date there).
     */
    List<IndicatorRow> rows(TrajectSums periods, java.util.function.BiFunction<Scope, String, IndicatorRow> row) {
        List<IndicatorRow> out = new ArrayList<>();
        for (Scope s : scopes(true)) {
            out.add(row.apply(s, IndicatorRow.ALL));
            if (periods != null) {
                periods.quarters(s).forEach(q -> out.add(row.apply(s, q)));
            }
        }
        return out;
    }

    /**
     * A column's values for the started trajects of each scope (all, each organisation and municipality with
     * one), from the groups of the started cohort: a traject is started exactly when it has a started quarter.
     */
    Map<Scope, List<Column<?>>> startedPerScope(String column) {
        Map<Scope, List<Column<?>>> out = new java.util.HashMap<>();
        out.put(Scope.ALL, List.of(table.column(column).where(table.booleanColumn(STARTED).isTrue())));
        int perScope = quarters.size() + 1;
        for (String kind : List.of(ORGANISATION, MUNICIPALITY)) {
            String key = key(kind, Cohort.STARTED);
            IntColumn keys = table.intColumn(key);
            if (table.rowCount() == 0) {
                continue;
            }
            for (tech.tablesaw.table.TableSlice slice : groups(key)) {
                int k = keys.getInt(slice.mappedRowNumber(0));
                int scopeCode = k / perScope - 1;
                if (scopeCode >= 0 && k % perScope - 1 >= 0) {
                    Scope scope = kind.equals(ORGANISATION) ? Scope.organisation(organisations.get(scopeCode))
                            : Scope.municipality(municipalities.get(scopeCode));
                    out.computeIfAbsent(scope, x -> new ArrayList<>()).add(slice.column(column));
                }
            }
        }
        return out;
    }

    /** Registered, started, then ended, completed or dropped_out as of the reference date. */
    private static String status(Traject t) {
        if (t.completed) {
            return "completed";
        }
        if (t.droppedOut) {
            return "dropped_out";
        }
        if (t.ended) {
            return "ended";
        }
        return t.started ? "started" : "registered";
    }

    /** Fills the columns row by row (appending: setting cells of a presized string column is far slower). */
    private static final class Builder {
        private final EvaluationData data;
        private final int planned;
        private final long fullDose;
        private final List<String> core;
        private final long coreMask;
        private final long[] componentBits;
        private final List<Goal> goals;
        private final GoalIndicators judge;
        final List<String> organisations;
        final List<String> municipalities;
        final List<String> quarters;
        private final Map<String, Integer> orgCodes;
        private final Map<String, Integer> munCodes;
        private final Map<String, Integer> quarterCodes;

        final StringColumn id = StringColumn.create(TRAJECT);
        final StringColumn client = StringColumn.create(CLIENT);
        final StringColumn organisation = StringColumn.create(ORGANISATION);
        final StringColumn municipality = StringColumn.create(MUNICIPALITY);
        final StringColumn professional = StringColumn.create(PROFESSIONAL);
        final StringColumn registeredQuarter = StringColumn.create(REGISTERED_QUARTER);
        final StringColumn startedQuarter = StringColumn.create(STARTED_QUARTER);
        final DateColumn registeredOn = DateColumn.create(REGISTERED_ON);
        final DateColumn startedOn = DateColumn.create(STARTED_ON);
        final DateColumn endedOn = DateColumn.create(ENDED_ON);
        final StringColumn endReason = StringColumn.create(END_REASON);
        final StringColumn status = StringColumn.create(STATUS);
        final BooleanColumn started = BooleanColumn.create(STARTED);
        final BooleanColumn ended = BooleanColumn.create(ENDED);
        final BooleanColumn completed = BooleanColumn.create(COMPLETED);
        final BooleanColumn droppedOut = BooleanColumn.create(DROPPED_OUT);
        final IntColumn waitDays = IntColumn.create(WAIT_DAYS);
        final IntColumn delivered = IntColumn.create(DELIVERED);
        final IntColumn attended = IntColumn.create(ATTENDED);
        final BooleanColumn fullDoseReached = BooleanColumn.create(FULL_DOSE);
        final IntColumn coreDelivered = IntColumn.create(CORE_DELIVERED);
        final List<BooleanColumn> components = new ArrayList<>();
        final List<BooleanColumn[]> goalColumns = new ArrayList<>();
        final IntColumn completedDelivered = IntColumn.create(COMPLETED_DELIVERED);
        final IntColumn endedAttended = IntColumn.create(ENDED_ATTENDED);
        final BooleanColumn endedFullDose = BooleanColumn.create(ENDED_FULL_DOSE);
        final IntColumn completedCore = IntColumn.create(COMPLETED_CORE);
        final BooleanColumn completedAllCore = BooleanColumn.create(COMPLETED_ALL_CORE);
        final List<BooleanColumn> completedComponents = new ArrayList<>();
        final IntColumn orgRegistered = IntColumn.create(TrajectTable.key(ORGANISATION, Cohort.REGISTERED));
        final IntColumn orgStarted = IntColumn.create(TrajectTable.key(ORGANISATION, Cohort.STARTED));
        final IntColumn munRegistered = IntColumn.create(TrajectTable.key(MUNICIPALITY, Cohort.REGISTERED));
        final IntColumn munStarted = IntColumn.create(TrajectTable.key(MUNICIPALITY, Cohort.STARTED));

        Builder(EvaluationData data) {
            this.data = data;
            this.planned = data.job.intervention().plannedSessions();
            this.fullDose = Q.of(data.job.intervention().minDose()).multiply(Q.of(planned)).ceil().longValueExact();
            this.core = data.job.intervention().coreComponents();
            this.coreMask = core.isEmpty() ? 0 : data.maskOf(core);
            this.componentBits = core.stream().mapToLong(c -> data.maskOf(List.of(c))).toArray();
            this.goals = data.job.goals().stream().filter(g -> g.population() == Goal.Population.trajects).toList();
            this.judge = new GoalIndicators(data);
            List<Traject> ts = data.trajects;
            this.organisations = sortedNames(ts, Traject::organisation);
            this.municipalities = sortedNames(ts, Traject::municipality);
            TreeSet<String> qs = new TreeSet<>();
            for (Traject t : ts) {
                if (t.registeredQuarter != null) {
                    qs.add(t.registeredQuarter);
                }
                if (t.startedQuarter != null) {
                    qs.add(t.startedQuarter);
                }
            }
            this.quarters = new ArrayList<>(qs);
            this.orgCodes = codes(organisations);
            this.munCodes = codes(municipalities);
            this.quarterCodes = codes(quarters);
            for (String c : core) {
                components.add(BooleanColumn.create(component(c)));
                completedComponents.add(BooleanColumn.create(completedComponent(c)));
            }
            for (Goal g : goals) {
                goalColumns.add(new BooleanColumn[] {BooleanColumn.create(goalMember(g)), BooleanColumn.create(goalMet(g)),
                        BooleanColumn.create(goalOpen(g))});
            }
        }

        void add(Traject t) {
            id.append(t.reg.trajectId());
            client.append(nz(t.reg.clientHash()));
            organisation.append(nz(t.organisation()));
            municipality.append(nz(t.municipality()));
            professional.append(nz(t.reg.professionalId()));
            registeredQuarter.append(nz(t.registeredQuarter));
            startedQuarter.append(nz(t.startedQuarter));
            registeredOn.append(t.reg.registeredOn());
            startedOn.append(t.reg.startedOn());
            endedOn.append(t.reg.endedOn());
            endReason.append(nz(t.reg.endReason()));
            status.append(TrajectTable.status(t));
            started.append(t.started);
            ended.append(t.ended);
            completed.append(t.completed);
            droppedOut.append(t.droppedOut);
            if (t.started) {
                waitDays.append(Math.toIntExact(ChronoUnit.DAYS.between(t.reg.registeredOn(), t.reg.startedOn())));
            } else {
                waitDays.appendMissing();
            }
            delivered.append(t.delivered);
            attended.append(t.attended);
            fullDoseReached.append(t.attended >= fullDose);
            appendOrMissing(completedDelivered, t.completed, Math.min(t.delivered, planned));
            appendOrMissing(endedAttended, t.completedOrDropped(), Math.min(t.attended, planned));
            appendOrMissing(endedFullDose, t.completedOrDropped(), t.attended >= fullDose);
            if (!core.isEmpty()) {
                int delivered = Long.bitCount(t.allComponents & coreMask);
                coreDelivered.append(delivered);
                appendOrMissing(completedCore, t.completed, delivered);
                appendOrMissing(completedAllCore, t.completed, (t.allComponents & coreMask) == coreMask);
                for (int i = 0; i < componentBits.length; i++) {
                    boolean has = (t.allComponents & componentBits[i]) != 0;
                    components.get(i).append(has);
                    appendOrMissing(completedComponents.get(i), t.completed, has);
                }
            }
            for (int i = 0; i < goals.size(); i++) {
                Goal g = goals.get(i);
                BooleanColumn[] c = goalColumns.get(i);
                boolean member = judge.inPopulation(g, t);
                c[0].append(member);
                boolean meets = member && judge.meets(g, t);
                appendOrMissing(c[1], member, meets);
                appendOrMissing(c[2], member, member && !meets && judge.open(g, t));
            }
            int rq = code(quarterCodes, t.registeredQuarter);
            int sq = code(quarterCodes, t.startedQuarter);
            int org = code(orgCodes, t.organisation());
            int mun = code(munCodes, t.municipality());
            orgRegistered.append(groupKey(org, rq));
            orgStarted.append(groupKey(org, sq));
            munRegistered.append(groupKey(mun, rq));
            munStarted.append(groupKey(mun, sq));
        }

        private int groupKey(int scopeCode, int quarterCode) {
            return (scopeCode + 1) * (quarters.size() + 1) + quarterCode + 1;
        }

        List<Column<?>> columns() {
            List<Column<?>> out = new ArrayList<>(List.of(id, client, organisation, municipality, professional,
                    registeredQuarter, startedQuarter, registeredOn, startedOn, endedOn, endReason, status, started, ended,
                    completed, droppedOut, waitDays, delivered, attended, fullDoseReached));
            if (!core.isEmpty()) {
                out.add(coreDelivered);
                out.addAll(components);
            }
            goalColumns.forEach(c -> out.addAll(List.of(c)));
            out.addAll(List.of(completedDelivered, endedAttended, endedFullDose));
            if (!core.isEmpty()) {
                out.addAll(List.of(completedCore, completedAllCore));
                out.addAll(completedComponents);
            }
            out.addAll(List.of(orgRegistered, orgStarted, munRegistered, munStarted));
            return out;
        }
    }

    private static void appendOrMissing(IntColumn c, boolean in, int value) {
        if (in) {
            c.append(value);
        } else {
            c.appendMissing();
        }
    }

    private static void appendOrMissing(BooleanColumn c, boolean in, boolean value) {
        if (in) {
            c.append(value);
        } else {
            c.appendMissing();
        }
    }

    private static List<String> sortedNames(List<Traject> ts, Function<Traject, String> name) {
        TreeSet<String> names = new TreeSet<>();
        for (Traject t : ts) {
            String v = name.apply(t);
            if (v != null) {
                names.add(v);
            }
        }
        return new ArrayList<>(names);
    }

    private static Map<String, Integer> codes(List<String> names) {
        Map<String, Integer> out = new TreeMap<>();
        for (int i = 0; i < names.size(); i++) {
            out.put(names.get(i), i);
        }
        return out;
    }

    private static int code(Map<String, Integer> codes, String name) {
        return name == null ? -1 : codes.get(name);
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
