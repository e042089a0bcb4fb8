package nl.procesevaluatie.report;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import nl.procesevaluatie.indicators.IndicatorRow;
import nl.procesevaluatie.job.Instrument;
import nl.procesevaluatie.report.Model.Block;
import nl.procesevaluatie.report.Model.Cell;
import nl.procesevaluatie.report.Model.Heading;
import nl.procesevaluatie.report.Model.Para;
import nl.procesevaluatie.report.Model.Row;
import nl.procesevaluatie.report.Model.Section;
import nl.procesevaluatie.report.Model.Table;
import nl.procesevaluatie.report.Model.TableBlock;

/** Section 7: pre and post scores per outcome instrument, marked as indicative. */
final class OutcomesSection {
    static final List<String> PARTS = List.of("n", "pre_mean", "post_mean", "change_mean", "effect_size");

    private OutcomesSection() {}

    static Section build(Ctx c) {
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Para(c.t("outcomes.indicative"), "badge"));
        Set<String> ids = new LinkedHashSet<>();
        c.job.instrumentsOfKind(Instrument.Kind.outcome).forEach(i -> ids.add(i.id()));
        c.rows.withPrefix("outcome.").forEach(i -> ids.add(i.substring("outcome.".length(), i.lastIndexOf('.'))));
        boolean any = false;
        for (String id : ids) {
            if (!c.rows.has("outcome." + id + ".n")) {
                continue;
            }
            any = true;
            blocks.add(new Heading(c.t("outcomes.instrument", Text.clean(id))));
            c.job.instrument(id).filter(Instrument::hasScale).ifPresent(i -> blocks.add(new Para(
                    c.t("outcomes.scale", c.f.decimal(nl.procesevaluatie.indicators.Q.of(i.scaleMin())),
                            c.f.decimal(nl.procesevaluatie.indicators.Q.of(i.scaleMax()))), null)));
            c.job.instrument(id).map(Instrument::better).ifPresentOrElse(
                    b -> blocks.add(new Para(c.t("outcomes.better." + b), null)),
                    () -> blocks.add(new Para(c.t("outcomes.better.unknown"), null)));
            blocks.add(new TableBlock(table(c, id), false, null));
        }
        if (!any) {
            blocks.add(new Para(c.t("outcomes.none"), null));
        }
        return new Section("uitkomsten", 7, c.t("section.outcomes"), c.t("explain.outcomes"), blocks);
    }

    private static Table table(Ctx c, String id) {
        List<Row> rows = new ArrayList<>();
        rows.add(row(c, id, c.t("scope.all"), IndicatorRow.ALL, "", true));
        for (String org : c.rows.organisations()) {
            if (c.rows.org("outcome." + id + ".n", org) != null) {
                rows.add(row(c, id, org, IndicatorRow.ORGANISATION, org, false));
            }
        }
        List<String> headers = new ArrayList<>();
        headers.add(c.t("col.organisation"));
        PARTS.forEach(p -> headers.add(c.t("ind.outcome." + p)));
        return new Table(c.t("outcomes.instrument", Text.clean(id)), headers, rows, true);
    }

    /** "verbeterd" or "verslechterd" beside the change, where the job file says whether lower or higher is better. */
    private static Model.Cell withDirection(Ctx c, String id, IndicatorRow r, Model.Cell cell) {
        Instrument.Better better = c.job.instrument(id).map(Instrument::better).orElse(null);
        if (better == null || r == null || r.suppressed() || r.value() == null || r.value().num().signum() == 0) {
            return cell;
        }
        boolean up = r.value().num().signum() > 0;
        boolean improved = up == (better == Instrument.Better.higher);
        String key = improved ? "improved" : "worsened";
        return new Model.Cell(cell.text(), cell.detail(), new Model.Mark(key, c.t("mark." + key + ".symbol"), c.t("mark." + key)),
                false, true, false);
    }

    private static Row row(Ctx c, String id, String label, String scope, String value, boolean total) {
        List<Cell> cells = new ArrayList<>();
        cells.add(total ? Cell.head(label) : Ctx.head(label));
        for (String p : PARTS) {
            IndicatorRow r = c.rows.get("outcome." + id + "." + p, scope, value, IndicatorRow.ALL);
            Model.Cell cell = p.equals("n") ? c.f.cell(r) : c.f.plainCell(r);
            if (p.equals("change_mean")) {
                cell = withDirection(c, id, r, cell);
            }
            cells.add(cell);
        }
        return new Row(cells, total);
    }
}
