package nl.procesevaluatie.indicators;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import nl.procesevaluatie.job.Criterion;
import nl.procesevaluatie.job.Goal;

/** goal.<id>: implementation goals over trajects, professionals, organisations or respondents (rules 44-50). */
final class GoalIndicators {
    private final EvaluationData data;
    private final Map<String, Map<String, Response>> latestByTraject = new HashMap<>();

    GoalIndicators(EvaluationData data) {
        this.data = data;
    }

    List<IndicatorRow> rows() {
        List<IndicatorRow> out = new ArrayList<>();
        for (Goal g : data.job.goals()) {
            out.addAll(switch (g.population()) {
                case trajects -> trajectGoal(g);
                case professionals, organisations -> memberGoal(g);
                case respondents -> respondentGoal(g);
            });
        }
        return out;
    }

    /** Rule 44/45: the window restricts to trajects started in it; without one, each started_within to those that could meet it. */
    boolean inPopulation(Goal g, Traject t) {
        byte[] known = eligible.computeIfAbsent(g, k -> new byte[data.trajects.size()]);
        if (known[t.index] == 0) {
            known[t.index] = isEligible(g, t) ? YES : NO;
        }
        return known[t.index] == YES;
    }

    private boolean isEligible(Goal g, Traject t) {
        if (g.window() != null) {
            return t.started && g.window().contains(t.reg.startedOn());
        }
        for (Criterion c : g.criteria()) {
            if (c instanceof Criterion.StartedWithin sw && sw.span().addTo(t.reg.registeredOn()).isAfter(data.asOf)) {
                return false;
            }
        }
        return true;
    }

    /** Per goal and traject (by index in T): 0 not yet known, else {@link #YES} or {@link #NO}; each judged once. */
    private static final byte YES = 1;
    private static final byte NO = 2;
    private final Map<Goal, byte[]> eligible = new java.util.IdentityHashMap<>();
    private final Map<Goal, byte[]> meeting = new java.util.IdentityHashMap<>();
    private final Map<List<String>, Long> masks = new HashMap<>();

    /** Whether a traject meets all of a goal's criteria; computed once per goal and traject. */
    boolean meets(Goal g, Traject t) {
        byte[] known = meeting.computeIfAbsent(g, k -> new byte[data.trajects.size()]);
        if (known[t.index] == 0) {
            known[t.index] = meetsAll(g, t) ? YES : NO;
        }
        return known[t.index] == YES;
    }

    private boolean meetsAll(Goal g, Traject t) {
        for (Criterion c : g.criteria()) {
            if (!meets(c, t)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Rules 58-59: a member that does not meet the goal yet, whose traject has not ended, and every part of
     * whose criterion that fails now can still come to hold.
     */
    boolean open(Goal g, Traject t) {
        if (t.ended) {
            return false;
        }
        for (Criterion c : g.criteria()) {
            if (!meets(c, t) && !canStillHold(c, t)) {
                return false;
            }
        }
        return true;
    }

    private boolean canStillHold(Criterion c, Traject t) {
        if (c instanceof Criterion.StartedWithin sw) {
            return !t.started && data.asOf.isBefore(sw.span().addTo(t.reg.registeredOn()));
        }
        if (c instanceof Criterion.CompletedWithin cw) {
            return !t.started || data.asOf.isBefore(cw.span().addTo(t.reg.startedOn()));
        }
        if (c instanceof Criterion.ComponentDelivered cd) {
            return cd.withinSessions() == null || t.heldAmongFirst(cd.withinSessions()) < cd.withinSessions();
        }
        if (c instanceof Criterion.ComponentsDelivered cds) {
            return cds.withinSessions() == null || t.heldAmongFirst(cds.withinSessions()) < cds.withinSessions();
        }
        if (c instanceof Criterion.AttendedAtLeast a) {
            long remaining = Math.max(0, data.job.intervention().plannedSessions() - t.delivered);
            return t.attended + remaining >= required(a);
        }
        if (c instanceof Criterion.Response) {
            return true; // a response can still come, or be replaced by a later one
        }
        throw new IllegalArgumentException("unknown criterion " + c);
    }

    private long required(Criterion.AttendedAtLeast a) {
        return a.sessions() != null ? a.sessions()
                : Q.of(a.share()).multiply(Q.of(data.job.intervention().plannedSessions())).ceil().longValueExact();
    }

    private boolean meets(Criterion c, Traject t) {
        if (c instanceof Criterion.StartedWithin sw) {
            return t.started && !t.reg.startedOn().isAfter(sw.span().addTo(t.reg.registeredOn()));
        }
        if (c instanceof Criterion.CompletedWithin cw) {
            return t.completed && t.reg.startedOn() != null && !t.reg.endedOn().isAfter(cw.span().addTo(t.reg.startedOn()));
        }
        if (c instanceof Criterion.ComponentDelivered cd) {
            return (t.components(cd.withinSessions()) & mask(List.of(cd.component()))) != 0;
        }
        if (c instanceof Criterion.ComponentsDelivered cds) {
            long mask = mask(cds.all());
            return (t.components(cds.withinSessions()) & mask) == mask;
        }
        if (c instanceof Criterion.AttendedAtLeast a) {
            return t.attended >= required(a);
        }
        if (c instanceof Criterion.Response r) {
            Response latest = latestByTraject(r.instrument()).get(t.reg.trajectId());
            return latest != null && latest.score().compareTo(Q.of(r.scoreAtLeast())) >= 0;
        }
        throw new IllegalArgumentException("unknown criterion " + c);
    }

    private long mask(List<String> codes) {
        return masks.computeIfAbsent(codes, data::maskOf);
    }

    private Map<String, Response> latestByTraject(String instrument) {
        return latestByTraject.computeIfAbsent(instrument, id -> {
            Map<String, Response> latest = new HashMap<>();
            for (Response r : data.responsesOf(id)) {
                if (!r.row().trajectId().isEmpty()) {
                    latest.merge(r.row().trajectId(), r, (a, b) -> Response.BY_POSITION.compare(a, b) >= 0 ? a : b);
                }
            }
            return latest;
        });
    }

    /** Rule 47: in_progress while the window is open, else no_data, met or not_met. */
    String status(Goal g, long meeting, long population) {
        if (g.window() != null && g.window().end().isAfter(data.asOf)) {
            return "in_progress";
        }
        if (population == 0) {
            return "no_data";
        }
        return Q.of(meeting, population).compareTo(Q.of(g.target())) >= 0 ? "met" : "not_met";
    }

    private IndicatorRow row(Goal g, Scope s, String period, long meeting, long population) {
        return Rows.ratio("goal." + g.id(), s, period, Q.of(meeting), population, g.target(), status(g, meeting, population));
    }

    /** Rule 60: decided already (on or off track) for the members counted so far, else open. */
    private IndicatorRow reachableRow(Goal g, Scope s, String period, long meeting, long open, long population) {
        String status;
        Q target = Q.of(g.target());
        if (population == 0) {
            status = "no_data";
        } else if (Q.of(meeting, population).compareTo(target) >= 0) {
            status = "on_track";
        } else if (Q.of(meeting + open, population).compareTo(target) < 0) {
            status = "off_track";
        } else {
            status = "open";
        }
        return Rows.ratio("goal." + g.id() + ".reachable", s, period, Q.of(meeting + open), population, g.target(), status);
    }

    /**
     * Population, meeting and open counts per scope (all, each organisation) and per quarter of the cohort
     * date, from the traject table's goal columns (member, met, open are judged once per traject there).
     */
    private List<IndicatorRow> trajectGoal(Goal g) {
        TrajectTable tt = data.trajectTable();
        TrajectSums.Measure members = TrajectSums.Measure.count(TrajectTable.goalMet(g));
        TrajectSums.Measure met = TrajectSums.Measure.countTrue(TrajectTable.goalMet(g));
        TrajectSums.Measure open = TrajectSums.Measure.countTrue(TrajectTable.goalOpen(g));
        TrajectSums sums = tt.sums(g.window() != null ? TrajectTable.Cohort.STARTED : TrajectTable.Cohort.REGISTERED, false,
                List.of(members, met, open));
        List<IndicatorRow> out = new ArrayList<>();
        for (Scope s : tt.scopes(false)) {
            List<String> periods = new ArrayList<>(List.of(IndicatorRow.ALL));
            periods.addAll(sums.quarters(s, members));
            for (String p : periods) {
                long population = sums.get(s, p, members);
                long meeting = sums.get(s, p, met);
                out.add(row(g, s, p, meeting, population));
                out.add(reachableRow(g, s, p, meeting, sums.get(s, p, open), population));
            }
        }
        return out;
    }

    /** Counts one traject of a member of a professionals or organisations goal: {trajects, meeting}. */
    private static void count(long[] c, boolean meets) {
        c[0]++;
        if (meets) {
            c[1]++;
        }
    }

    /** Professionals or organisations meet the goal when at least min_share of their trajects do (rule 48). */
    private List<IndicatorRow> memberGoal(Goal g) {
        boolean professionals = g.population() == Goal.Population.professionals;
        Map<String, long[]> all = new HashMap<>(); // member -> {trajects, meeting}
        Map<String, Map<String, long[]>> perOrganisation = new HashMap<>();
        for (Traject t : data.trajects) {
            String member = professionals ? t.reg.professionalId() : t.organisation();
            if (member == null || !inPopulation(g, t)) {
                continue;
            }
            boolean meets = meets(g, t);
            count(all.computeIfAbsent(member, k -> new long[2]), meets);
            if (t.organisation() != null) {
                count(perOrganisation.computeIfAbsent(t.organisation(), k -> new HashMap<>())
                        .computeIfAbsent(member, k -> new long[2]), meets);
            }
        }
        Q minShare = Q.of(g.minShare());
        List<IndicatorRow> out = new ArrayList<>();
        out.add(memberRow(g, Scope.ALL, all, minShare));
        for (String organisation : data.organisations()) {
            out.add(memberRow(g, Scope.organisation(organisation), perOrganisation.getOrDefault(organisation, Map.of()), minShare));
        }
        return out;
    }

    private IndicatorRow memberRow(Goal g, Scope s, Map<String, long[]> members, Q minShare) {
        long meeting = members.values().stream().filter(c -> Q.of(c[1], c[0]).compareTo(minShare) >= 0).count();
        return row(g, s, IndicatorRow.ALL, meeting, members.size());
    }

    /** The latest response per respondent, scored against score_at_least; organisation rows from that population. */
    private List<IndicatorRow> respondentGoal(Goal g) {
        Map<String, Response> latest = new HashMap<>();
        for (Response r : data.responsesOf(g.instrument())) {
            latest.merge(r.row().respondentId(), r, (a, b) -> Response.BY_POSITION.compare(a, b) >= 0 ? a : b);
        }
        Map<Scope, long[]> counts = new LinkedHashMap<>();
        counts.put(Scope.ALL, new long[2]);
        Map<String, Scope> organisations = new TreeMap<>();
        Q threshold = Q.of(g.scoreAtLeast());
        for (Response r : latest.values()) {
            boolean meets = r.score().compareTo(threshold) >= 0;
            List<Scope> scopes = new ArrayList<>(List.of(Scope.ALL));
            if (r.organisation() != null) {
                Scope s = organisations.computeIfAbsent(r.organisation(), Scope::organisation);
                counts.computeIfAbsent(s, k -> new long[2]);
                scopes.add(s);
            }
            for (Scope s : scopes) {
                counts.get(s)[0]++;
                counts.get(s)[1] += meets ? 1 : 0;
            }
        }
        List<IndicatorRow> out = new ArrayList<>();
        out.add(row(g, Scope.ALL, IndicatorRow.ALL, counts.get(Scope.ALL)[1], counts.get(Scope.ALL)[0]));
        for (Scope s : organisations.values()) {
            out.add(row(g, s, IndicatorRow.ALL, counts.get(s)[1], counts.get(s)[0]));
        }
        return out;
    }


}
