package nl.procesevaluatie.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import nl.procesevaluatie.indicators.IndicatorRow;
import nl.procesevaluatie.indicators.Q;
import nl.procesevaluatie.job.Goal;
import nl.procesevaluatie.job.Instrument;
import nl.procesevaluatie.job.JobFile;

/**
 * Indicator rows of every family for a job, built without a pipeline: random but plausible values for
 * every organisation, municipality and quarter. The rows of a "small" organisation are suppressed and
 * carry a value no other row has ({@link #SECRET}, 0.9137, shown as 91,37% if it ever leaked), so a test
 * can prove that no suppressed value reaches the page or a chart.
 */
final class SyntheticRows {
    static final Q SECRET = Q.of(9137, 10000);
    static final String SECRET_NL = "91,37";
    static final String SECRET_EN = "91.37";
    static final long SECRET_COUNT = 3;

    record Options(List<String> organisations, List<String> municipalities, List<String> quarters, Set<String> small,
            long seed) {}

    private final JobFile job;
    private final Options o;
    private final Random rnd;
    private final List<IndicatorRow> rows = new ArrayList<>();

    private SyntheticRows(JobFile job, Options o) {
        this.job = job;
        this.o = o;
        this.rnd = new Random(o.seed());
    }

    static List<IndicatorRow> build(JobFile job, Options o) {
        SyntheticRows s = new SyntheticRows(job, o);
        s.all();
        return s.rows;
    }

    private record Scope(String scope, String value, boolean small) {}

    private void all() {
        List<Scope> trajectScopes = new ArrayList<>();
        trajectScopes.add(new Scope(IndicatorRow.ALL, "", false));
        o.organisations().forEach(org -> trajectScopes.add(new Scope(IndicatorRow.ORGANISATION, org, o.small().contains(org))));
        List<Scope> withMunicipalities = new ArrayList<>(trajectScopes);
        o.municipalities().forEach(m -> withMunicipalities.add(new Scope(IndicatorRow.MUNICIPALITY, m, false)));

        for (Scope s : withMunicipalities) {
            for (String p : periods(List.of("all"))) {
                count("reach.registered", s, p, 40 + rnd.nextInt(400));
                count("reach.started", s, p, 30 + rnd.nextInt(300));
                count("reach.completed", s, p, 20 + rnd.nextInt(200));
                share("reach.start_rate", s, p);
                share("reach.dropout_rate", s, p);
                share("fidelity.dose_delivered", s, p);
                share("fidelity.dose_received", s, p);
                share("fidelity.full_dose_rate", s, p);
                share("fidelity.adherence", s, p);
            }
            statistic("reach.wait_days.median", s, 5 + rnd.nextInt(40));
            statistic("reach.wait_days.p90", s, 30 + rnd.nextInt(60));
            share("fidelity.adherence_full_rate", s, "all");
            for (String c : job.intervention().coreComponents()) {
                share("fidelity.component." + c, s, "all");
            }
            penetration(s);
        }
        for (Scope s : trajectScopes) {
            share("fidelity.quality", s, "all");
            share("fidelity.responsiveness", s, "all");
            if (s.scope().equals(IndicatorRow.ALL)) {
                count("adoption.organisations_active", s, "all", o.organisations().size(), false);
                rows.add(new IndicatorRow("maintenance.active_quarters", s.scope(), s.value(), "all",
                        Q.of(3 * o.organisations().size()), Q.of(o.organisations().size()), Q.of(3, 1), null, null, false, false));
                rows.add(new IndicatorRow("maintenance.borging", s.scope(), s.value(), "all", Q.of(o.organisations().size() * 3L, 4),
                        Q.of(o.organisations().size()), Q.of(3, 4), null, null, false, false));
            } else {
                count("adoption.organisations_active", s, "all", 1, false);
                count("maintenance.active_quarters", s, "all", 1 + rnd.nextInt(4), false);
                long yes = rnd.nextInt(3);
                rows.add(new IndicatorRow("maintenance.borging", s.scope(), s.value(), "all", Q.of(yes), Q.of(2), Q.of(yes, 2),
                        null, null, false, false));
            }
            count("adoption.professionals_active", s, "all", 5 + rnd.nextInt(20));
            for (Instrument i : job.instrumentsOfKind(Instrument.Kind.determinants)) {
                for (Instrument.Item item : i.items()) {
                    IndicatorRow neg = shareRow("determinant." + item.determinant() + ".negative_share", s, "all");
                    rows.add(ReportFixtures.withStatus(neg, neg.value().compareTo(Q.of(1, 5)) >= 0 ? "barrier" : "none"));
                    IndicatorRow pos = shareRow("determinant." + item.determinant() + ".positive_share", s, "all");
                    rows.add(ReportFixtures.withStatus(pos, pos.value().compareTo(Q.of(4, 5)) >= 0 ? "facilitator" : "none"));
                }
            }
            for (Instrument i : job.instrumentsOfKind(Instrument.Kind.outcome)) {
                String id = "outcome." + i.id() + ".";
                long n = 10 + rnd.nextInt(80);
                count(id + "n", s, "all", n);
                statistic(id + "pre_mean", s, rnd.nextInt(200) / 100.0);
                statistic(id + "post_mean", s, rnd.nextInt(200) / 100.0);
                statistic(id + "change_mean", s, (rnd.nextInt(200) - 100) / 100.0);
                statistic(id + "effect_size", s, (rnd.nextInt(200) - 100) / 100.0);
            }
            for (Goal g : job.goals()) {
                goal(g, s, "all");
                if (g.population() == Goal.Population.trajects) {
                    for (String q : o.quarters()) {
                        goal(g, s, q);
                    }
                }
            }
        }
        Scope all = trajectScopes.get(0);
        rows.add(new IndicatorRow("cost.per_started_client", "all", "", "all", Q.of(97165), Q.of(268), Q.of(97165, 268), null,
                null, false, false));
        List<String> datasets = new ArrayList<>(List.of("registrations", "sessions"));
        job.instruments().forEach(i -> datasets.add(i.id()));
        for (String d : datasets) {
            long read = 100 + rnd.nextInt(1000);
            long rejected = rnd.nextInt(20);
            long skipped = rnd.nextInt(5);
            count("quality." + d + ".read", all, "all", read, false);
            count("quality." + d + ".accepted", all, "all", read - rejected - skipped, false);
            count("quality." + d + ".rejected", all, "all", rejected, false);
            count("quality." + d + ".skipped", all, "all", skipped, false);
            count("quality." + d + ".warnings", all, "all", rnd.nextInt(7), false);
        }
        count("quality.files_refused", all, "all", 1, false);
    }

    private List<String> periods(List<String> first) {
        List<String> out = new ArrayList<>(first);
        out.addAll(o.quarters());
        return out;
    }

    private void count(String id, Scope s, String period, long n) {
        count(id, s, period, n, true);
    }

    private void count(String id, Scope s, String period, long n, boolean people) {
        boolean small = people && s.small();
        long v = small ? SECRET_COUNT : n;
        rows.add(new IndicatorRow(id, s.scope(), s.value(), period, Q.of(v), null, Q.of(v), null, null, small, true));
    }

    private void share(String id, Scope s, String period) {
        rows.add(shareRow(id, s, period));
    }

    private IndicatorRow shareRow(String id, Scope s, String period) {
        if (s.small()) {
            return new IndicatorRow(id, s.scope(), s.value(), period, Q.of(3), Q.of(4), SECRET, null, null, true, false);
        }
        Q v;
        long num;
        long den;
        do {
            den = 5 + rnd.nextInt(300);
            num = rnd.nextInt((int) den + 1);
            v = Q.of(num, den);
        } while (v.round(4).compareTo(SECRET.round(4)) == 0);
        return new IndicatorRow(id, s.scope(), s.value(), period, Q.of(num), Q.of(den), v, null, null, false, false);
    }

    private void statistic(String id, Scope s, double value) {
        if (s.small()) {
            rows.add(new IndicatorRow(id, s.scope(), s.value(), "all", null, Q.of(SECRET_COUNT), SECRET, null, null, true, false));
            return;
        }
        rows.add(new IndicatorRow(id, s.scope(), s.value(), "all", null, Q.of(20 + rnd.nextInt(100)),
                Q.of(BigDecimal.valueOf(value)), null, null, false, false));
    }

    private void penetration(Scope s) {
        if (s.small()) {
            rows.add(new IndicatorRow("reach.penetration", s.scope(), s.value(), "all", Q.of(SECRET_COUNT), null, null, null, null,
                    true, false));
            return;
        }
        long clients = 20 + rnd.nextInt(300);
        if (s.scope().equals(IndicatorRow.ALL)) {
            rows.add(new IndicatorRow("reach.penetration", s.scope(), s.value(), "all", Q.of(clients), Q.of(900),
                    Q.of(clients, 900), null, null, false, false));
        } else {
            rows.add(new IndicatorRow("reach.penetration", s.scope(), s.value(), "all", Q.of(clients), null, null, null, null,
                    false, false));
        }
    }

    private void goal(Goal g, Scope s, String period) {
        boolean people = g.population() != Goal.Population.organisations;
        String id = "goal." + g.id();
        if (s.small() && people) {
            rows.add(new IndicatorRow(id, s.scope(), s.value(), period, Q.of(3), Q.of(4), SECRET, g.target(), "met", true, false));
            return;
        }
        IndicatorRow r = shareRow(id, new Scope(s.scope(), s.value(), false), period);
        String status = g.window() != null && period.equals("all") && g.id().equals("D1") ? "in_progress"
                : r.value().compareTo(Q.of(g.target())) >= 0 ? "met" : "not_met";
        rows.add(new IndicatorRow(id, s.scope(), s.value(), period, r.numerator(), r.denominator(), r.value(), g.target(), status,
                false, false));
    }
}
