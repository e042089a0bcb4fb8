package nl.procesevaluatie.report;

import java.util.ArrayList;
import java.util.List;
import nl.procesevaluatie.job.Criterion;
import nl.procesevaluatie.job.Goal;
import nl.procesevaluatie.job.Span;
import nl.procesevaluatie.job.Window;

/** A goal's definition in words: who counts, what must hold, and the target. */
final class GoalText {
    private GoalText() {}

    static String describe(Goal g, Fmt f) {
        Messages m = f.messages();
        String population = population(g, f);
        String criterion = criterion(g, f);
        return m.get("goal.line", population, criterion, f.target(g.target()));
    }

    private static String population(Goal g, Fmt f) {
        Messages m = f.messages();
        String window = g.window() == null ? null : window(g.window(), f);
        return switch (g.population()) {
            case trajects -> {
                if (window != null) {
                    yield m.get("goal.population.trajects.window", window);
                }
                Span started = startedWithin(g);
                yield started == null ? m.get("goal.population.trajects")
                        : m.get("goal.population.trajects.startedWithin", span(started, m));
            }
            case professionals -> m.get("goal.population.professionals", f.share(minShare(g)))
                    + (window == null ? "" : " " + m.get("goal.population.inWindow", window));
            case organisations -> m.get("goal.population.organisations", f.share(minShare(g)))
                    + (window == null ? "" : " " + m.get("goal.population.inWindow", window));
            case respondents -> m.get("goal.population.respondents", Text.clean(g.instrument()));
        };
    }

    private static java.math.BigDecimal minShare(Goal g) {
        return g.minShare() == null ? java.math.BigDecimal.ONE : g.minShare();
    }

    private static String window(Window w, Fmt f) {
        return f.messages().get("goal.window", f.date(w.from()), f.date(w.end().minusDays(1)));
    }

    private static Span startedWithin(Goal g) {
        if (g.criteria() == null) {
            return null;
        }
        for (Criterion c : g.criteria()) {
            if (c instanceof Criterion.StartedWithin s) {
                return s.span();
            }
        }
        return null;
    }

    private static String criterion(Goal g, Fmt f) {
        Messages m = f.messages();
        if (g.population() == Goal.Population.respondents) {
            return m.get("goal.criterion.score", f.decimal(nl.procesevaluatie.indicators.Q.of(g.scoreAtLeast())));
        }
        List<String> parts = new ArrayList<>();
        for (Criterion c : g.criteria()) {
            parts.add(criterion(c, f));
        }
        return String.join(m.get("goal.criteria.and"), parts);
    }

    private static String criterion(Criterion c, Fmt f) {
        Messages m = f.messages();
        if (c instanceof Criterion.StartedWithin s) {
            return m.get("goal.criterion.startedWithin", span(s.span(), m));
        } else if (c instanceof Criterion.CompletedWithin s) {
            return m.get("goal.criterion.completedWithin", span(s.span(), m));
        } else if (c instanceof Criterion.ComponentDelivered d) {
            return d.withinSessions() == null ? m.get("goal.criterion.componentDelivered", f.component(d.component()))
                    : m.get("goal.criterion.componentDelivered.within", f.component(d.component()), d.withinSessions());
        } else if (c instanceof Criterion.ComponentsDelivered d) {
            String list = String.join(", ", d.all().stream().map(f::component).toList());
            return d.withinSessions() == null ? m.get("goal.criterion.componentsDelivered", list)
                    : m.get("goal.criterion.componentsDelivered.within", list, d.withinSessions());
        } else if (c instanceof Criterion.AttendedAtLeast a) {
            return a.sessions() != null ? m.get("goal.criterion.attendedSessions", a.sessions())
                    : m.get("goal.criterion.attendedShare", f.share(a.share()));
        } else if (c instanceof Criterion.Response r) {
            return m.get("goal.criterion.response", Text.clean(r.instrument()),
                    f.decimal(nl.procesevaluatie.indicators.Q.of(r.scoreAtLeast())));
        }
        return c.toString();
    }

    static String span(Span s, Messages m) {
        String unit = s.months() ? "months" : "days";
        return s.amount() == 1 ? m.get("span." + unit + ".one") : m.get("span." + unit, s.amount());
    }
}
