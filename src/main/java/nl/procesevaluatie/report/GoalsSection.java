package nl.procesevaluatie.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.procesevaluatie.indicators.IndicatorRow;
import nl.procesevaluatie.job.Goal;
import nl.procesevaluatie.report.Model.Block;
import nl.procesevaluatie.report.Model.Cell;
import nl.procesevaluatie.report.Model.Chart;
import nl.procesevaluatie.report.Model.ChartBlock;
import nl.procesevaluatie.report.Model.DefList;
import nl.procesevaluatie.report.Model.Definition;
import nl.procesevaluatie.report.Model.Multiples;
import nl.procesevaluatie.report.Model.Para;
import nl.procesevaluatie.report.Model.Row;
import nl.procesevaluatie.report.Model.Section;
import nl.procesevaluatie.report.Model.Table;
import nl.procesevaluatie.report.Model.TableBlock;
import org.knowm.xchart.CategoryChart;

/** Section 2: each goal against its target, overall, per organisation, and per quarter. */
final class GoalsSection {
    private GoalsSection() {}

    static Section build(Ctx c) {
        List<Block> blocks = new ArrayList<>();
        List<Goal> goals = c.job.goals();
        if (goals.isEmpty()) {
            blocks.add(new Para(c.t("summary.noGoals"), null));
            return new Section("doelen", 2, c.t("section.goals"), c.t("explain.goals"), blocks);
        }
        List<Definition> defs = new ArrayList<>();
        for (Goal g : goals) {
            defs.add(new Definition(Text.clean(g.id()) + " · " + Text.clean(g.title()), null, GoalText.describe(g, c.f)));
        }
        blocks.add(new DefList(c.t("goals.definitions"), defs));
        blocks.add(new ChartBlock(overall(c, goals)));
        if (!c.rows.organisations().isEmpty()) {
            blocks.add(perOrganisation(c, goals));
        }
        List<Goal> trended = goals.stream().filter(g -> g.population() == Goal.Population.trajects)
                .filter(g -> !c.rows.quarters("goal." + g.id(), IndicatorRow.ALL, "").isEmpty()).toList();
        if (!trended.isEmpty()) {
            blocks.add(trends(c, trended));
            for (Goal g : trended) {
                Table t = orgQuarters(c, g);
                if (t != null) {
                    blocks.add(new TableBlock(t, true, c.t("goals.orgQuarters.summary", Text.clean(g.id()))));
                }
            }
        }
        return new Section("doelen", 2, c.t("section.goals"), c.t("explain.goals"), blocks);
    }

    private static List<String> ids(List<Goal> goals) {
        return goals.stream().map(g -> Text.clean(g.id())).toList();
    }

    private static Chart overall(Ctx c, List<Goal> goals) {
        List<IndicatorRow> rs = goals.stream().map(g -> c.rows.all("goal." + g.id())).toList();
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < goals.size(); i++) {
            IndicatorRow r = rs.get(i);
            Goal g = goals.get(i);
            rows.add(new Row(List.of(Cell.head(Text.clean(g.id()) + " · " + Text.clean(g.title())),
                    c.f.plainCell(r), Cell.number(c.f.target(SummarySection.target(r, g))), SummarySection.statusCell(c, r)), false));
        }
        Table table = new Table(c.t("goals.overall.title"),
                List.of(c.t("col.goal"), c.t("col.value"), c.t("col.target"), c.t("col.status")), rows, false);
        CategoryChart chart = c.charts.statusBullet(c.t("goals.overall.title"), marked(c, goals, rs), values(rs), targets(rs, goals),
                statuses(rs), s -> statusName(c, s), c.t("chart.target"), Charts.WIDE, 330, true);
        List<String> labels = ids(goals);
        String alt = c.alt(c.t("alt.bullet"), labels, altValues(c, rs, goals));
        List<String> notes = new ArrayList<>();
        notes.add(c.t("chart.bulletKey"));
        notes.addAll(c.leftOutOrZero(labels, rs));
        return c.chart("doelen-totaal", c.t("goals.overall.title"), alt, chart, notes, table, false);
    }

    private static List<String> altValues(Ctx c, List<IndicatorRow> rs, List<Goal> goals) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < rs.size(); i++) {
            out.add(c.altValue(rs.get(i)) + " (" + c.t("chart.target").toLowerCase(c.m.locale()) + " "
                    + c.f.target(SummarySection.target(rs.get(i), goals.get(i))) + ")");
        }
        return out;
    }

    /** Each goal's id with its status symbol, so that met and missed differ without colour too. */
    private static List<String> marked(Ctx c, List<Goal> goals, List<IndicatorRow> rs) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < goals.size(); i++) {
            IndicatorRow r = rs.get(i);
            Model.Mark m = r == null || r.suppressed() ? null : c.f.mark(r.status());
            out.add(Text.clean(goals.get(i).id()) + (m == null ? "" : " " + m.symbol()));
        }
        return out;
    }

    /** The status of each bar; null where no bar is drawn (suppressed or empty). */
    private static List<String> statuses(List<IndicatorRow> rs) {
        List<String> out = new ArrayList<>();
        rs.forEach(r -> out.add(r == null || r.suppressed() || r.value() == null || r.status() == null ? null : r.status()));
        return out;
    }

    private static String statusName(Ctx c, String status) {
        Model.Mark m = c.f.mark(status);
        return m == null ? status : m.symbol() + " " + m.word();
    }

    static List<Double> values(List<IndicatorRow> rs) {
        List<Double> out = new ArrayList<>();
        rs.forEach(r -> out.add(Fmt.chartValue(r)));
        return out;
    }

    private static List<Double> targets(List<IndicatorRow> rs, List<Goal> goals) {
        List<Double> out = new ArrayList<>();
        for (int i = 0; i < goals.size(); i++) {
            out.add(SummarySection.target(rs.get(i), goals.get(i)).doubleValue());
        }
        return out;
    }

    /** A small bullet chart per organisation, and the organisation-by-goal table behind them. */
    private static Multiples perOrganisation(Ctx c, List<Goal> goals) {
        List<Chart> charts = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        List<Row> rows = new ArrayList<>();
        List<String> orgs = c.rows.organisations();
        List<IndicatorRow> totals = goals.stream().map(g -> c.rows.all("goal." + g.id())).toList();
        List<Cell> totalCells = new ArrayList<>();
        totalCells.add(Cell.head(c.t("scope.all")));
        totals.forEach(r -> totalCells.add(c.f.cell(r)));
        rows.add(new Row(totalCells, true));
        for (int o = 0; o < orgs.size(); o++) {
            String org = orgs.get(o);
            List<IndicatorRow> rs = goals.stream().map(g -> c.rows.org("goal." + g.id(), org)).toList();
            List<Cell> cells = new ArrayList<>();
            cells.add(Ctx.head(org));
            rs.forEach(r -> cells.add(c.f.cell(r)));
            rows.add(new Row(cells, false));
            if (c.tooManyToChart(orgs.size())) {
                continue;
            }
            List<String> labels = ids(goals);
            List<Double> targets = new ArrayList<>();
            for (int i = 0; i < goals.size(); i++) {
                targets.add(SummarySection.target(rs.get(i), goals.get(i)).doubleValue());
            }
            CategoryChart chart = c.charts.statusBullet(org, marked(c, goals, rs), values(rs), targets, statuses(rs),
                    s -> statusName(c, s), c.t("chart.target"), Charts.SMALL, 220, false);
            List<String> left = c.leftOutOrZero(labels, rs);
            String alt = c.alt(c.t("alt.bulletOrg", Text.clean(org)), labels, altValues(c, rs, goals));
            charts.add(c.chart(String.format("doelen-org-%02d", o + 1), org, alt, chart, left, null, true));
        }
        if (c.tooManyToChart(orgs.size())) {
            notes.add(c.t("goals.perOrg.tableOnly", orgs.size(), Ctx.MAX_CHARTED));
        }
        List<String> headers = new ArrayList<>();
        headers.add(c.t("col.organisation"));
        headers.addAll(ids(goals));
        Table table = new Table(c.t("goals.perOrg.table"), headers, rows, true);
        return new Multiples(c.t("goals.perOrg.title"), c.t("goals.perOrg.intro"), charts, table, notes);
    }

    /** A small line chart per goal over the quarters (scope all), with the quarter-by-goal table. */
    private static Multiples trends(Ctx c, List<Goal> goals) {
        List<Chart> charts = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        List<String> indicators = goals.stream().map(g -> "goal." + g.id()).toList();
        List<String> quarters = c.rows.quarterPeriods(indicators, IndicatorRow.ALL, "");
        List<Row> rows = new ArrayList<>();
        for (String q : quarters) {
            List<Cell> cells = new ArrayList<>();
            cells.add(Cell.head(q));
            for (String ind : indicators) {
                cells.add(c.f.cell(c.rows.get(ind, IndicatorRow.ALL, "", q)));
            }
            rows.add(new Row(cells, false));
        }
        for (int i = 0; i < goals.size(); i++) {
            Goal g = goals.get(i);
            List<IndicatorRow> qs = c.rows.quarters(indicators.get(i), IndicatorRow.ALL, "");
            List<String> labels = qs.stream().map(IndicatorRow::period).toList();
            Map<String, List<Double>> series = new LinkedHashMap<>();
            series.put(c.t("chart.value"), values(qs));
            String title = Text.clean(g.id()) + " · " + Text.clean(g.title());
            List<String> left = c.leftOut(labels, qs);
            String alt = c.alt(c.t("alt.trend", c.f.target(g.target())), labels, qs.stream().map(c::altValue).toList());
            if (!Charts.anyValue(series)) {
                notes.add(Text.clean(g.id()) + ": " + c.t("chart.nothingToDraw"));
                continue;
            }
            List<Boolean> unfinished = new ArrayList<>();
            for (IndicatorRow q : qs) {
                unfinished.add(unfinished(c, q));
            }
            CategoryChart chart = c.charts.trend(title, labels, values(qs), unfinished, g.target().doubleValue(),
                    c.t("chart.finishedQuarter"), c.t("chart.unfinishedQuarter"), Charts.SMALL, 250);
            if (unfinished.contains(Boolean.TRUE)) {
                left = new ArrayList<>(left);
                left.add(c.t("chart.unfinishedNote"));
            }
            charts.add(c.chart(String.format("doelen-trend-%02d", i + 1), title, alt, chart, left, null, true));
        }
        List<String> headers = new ArrayList<>();
        headers.add(c.t("col.quarter"));
        headers.addAll(ids(goals));
        Table table = new Table(c.t("goals.trend.table"), headers, rows, true);
        return new Multiples(c.t("goals.trend.title"), c.t("goals.trend.intro"), charts, table, notes);
    }

    /**
     * A quarter whose cohort is still running: its reachable row counts members that are still open (their
     * trajects have not ended and can still meet the criterion), or the goal's window is still open.
     */
    static boolean unfinished(Ctx c, IndicatorRow q) {
        if ("in_progress".equals(q.status())) {
            return true;
        }
        IndicatorRow reach = c.rows.get(q.indicator() + ".reachable", q.scope(), q.scopeValue(), q.period());
        return reach != null && reach.numerator() != null && q.numerator() != null && reach.numerator().compareTo(q.numerator()) > 0;
    }

    /** Organisations by quarter for one goal; null when it has no organisation quarter rows. */
    private static Table orgQuarters(Ctx c, Goal g) {
        String ind = "goal." + g.id();
        List<String> quarters = c.rows.allQuarterPeriods(ind);
        List<Row> rows = new ArrayList<>();
        for (String org : c.rows.organisations()) {
            List<IndicatorRow> qs = c.rows.quarters(ind, IndicatorRow.ORGANISATION, org);
            if (qs.isEmpty()) {
                continue;
            }
            List<Cell> cells = new ArrayList<>();
            cells.add(Ctx.head(org));
            for (String q : quarters) {
                cells.add(c.f.cell(c.rows.get(ind, IndicatorRow.ORGANISATION, org, q)));
            }
            rows.add(new Row(cells, false));
        }
        if (rows.isEmpty()) {
            return null;
        }
        List<String> headers = new ArrayList<>();
        headers.add(c.t("col.organisation"));
        headers.addAll(quarters);
        return new Table(c.t("goals.orgQuarters.caption", Text.clean(g.id()), Text.clean(g.title())), headers, rows, true);
    }
}
