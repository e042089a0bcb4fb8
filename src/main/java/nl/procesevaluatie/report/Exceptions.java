package nl.procesevaluatie.report;

import java.util.ArrayList;
import java.util.List;
import nl.procesevaluatie.indicators.IndicatorRow;
import nl.procesevaluatie.job.Goal;
import nl.procesevaluatie.report.Model.Cell;
import nl.procesevaluatie.report.Model.Row;
import nl.procesevaluatie.report.Model.Table;

/**
 * The main summary's exceptions: per goal, the organisations that do not reach its target (goal row
 * not_met, or its reachable row off_track) and those where it is still open. Suppressed rows are left out:
 * their status is not shown anywhere (details.md rule 57), so naming them here would disclose it.
 */
final class Exceptions {
    private Exceptions() {}

    /** One organisation under one goal, and why it is listed. */
    record Exception(Goal goal, String organisation, IndicatorRow row, IndicatorRow reachable, String kind) {}

    static List<Exception> of(Ctx c) {
        List<Exception> out = new ArrayList<>();
        for (Goal g : c.job.goals()) {
            String id = "goal." + g.id();
            for (String org : c.rows.organisations()) {
                IndicatorRow r = c.rows.org(id, org);
                IndicatorRow reach = c.rows.org(id + ".reachable", org);
                if (r == null || r.suppressed()) {
                    continue;
                }
                if ("not_met".equals(r.status())) {
                    out.add(new Exception(g, org, r, reach, "not_met"));
                } else if (reach != null && "off_track".equals(reach.status())) {
                    out.add(new Exception(g, org, r, reach, "off_track"));
                } else if (reach != null && "open".equals(reach.status())) {
                    out.add(new Exception(g, org, r, reach, "open"));
                }
            }
        }
        return out;
    }

    static Table table(Ctx c) {
        List<Exception> list = of(c);
        if (list.isEmpty()) {
            return null;
        }
        List<Row> rows = new ArrayList<>();
        for (Exception e : list) {
            String detail = e.reachable() != null && e.reachable().value() != null && !e.kind().equals("not_met")
                    ? c.t("reachable.upTo", c.f.value(e.reachable())) : null;
            rows.add(new Row(List.of(
                    Cell.head(Text.clean(e.goal().id())),
                    Cell.head(Text.clean(e.organisation())),
                    new Cell(c.f.value(e.row()), c.f.detail(e.row()), null, false, true, false),
                    Cell.number(c.f.target(SummarySection.target(e.row(), e.goal()))),
                    new Cell("", detail, c.f.mark(e.kind()), false, false, false)), false));
        }
        return new Table(c.t("exceptions.caption"), List.of(c.t("col.goal"), c.t("col.organisation"), c.t("col.value"),
                c.t("col.target"), c.t("col.status")), rows, false, true);
    }
}
