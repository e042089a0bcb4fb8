package nl.procesevaluatie.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import nl.procesevaluatie.indicators.IndicatorRow;
import nl.procesevaluatie.job.Instrument;
import nl.procesevaluatie.report.Model.Block;
import nl.procesevaluatie.report.Model.Cell;
import nl.procesevaluatie.report.Model.Chart;
import nl.procesevaluatie.report.Model.ChartBlock;
import nl.procesevaluatie.report.Model.Figures;
import nl.procesevaluatie.report.Model.Para;
import nl.procesevaluatie.report.Model.Row;
import nl.procesevaluatie.report.Model.Section;
import nl.procesevaluatie.report.Model.Table;
import nl.procesevaluatie.report.Model.TableBlock;

/** Section 6: active organisations and professionals, active quarters, and borging per organisation. */
final class AdoptionSection {
    static final List<String> KEY = List.of("adoption.organisations_active", "adoption.professionals_active",
            "maintenance.active_quarters", "maintenance.borging");

    private AdoptionSection() {}

    static Section build(Ctx c) {
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Figures(null, KEY.stream().map(c::figure).filter(Objects::nonNull).toList()));
        List<Instrument> checklists = c.job.instrumentsOfKind(Instrument.Kind.checklist);
        if (!checklists.isEmpty()) {
            List<String> items = new ArrayList<>();
            checklists.forEach(i -> i.items().forEach(it -> items.add(Text.clean(it.column()))));
            blocks.add(new Para(c.t("adoption.checklist", String.join(", ", items)), null));
        }
        if (!c.rows.has("maintenance.borging")) {
            blocks.add(new Para(c.t(checklists.isEmpty() ? "adoption.noChecklist" : "adoption.noBorging"), null));
        }
        if (!c.rows.organisations().isEmpty()) {
            Chart borging = borgingChart(c);
            if (borging != null) {
                blocks.add(new ChartBlock(borging));
            }
            blocks.add(new TableBlock(table(c), false, null));
        }
        return new Section("adoptie", 6, c.t("section.adoption"), c.t("explain.adoption"), blocks);
    }

    private static Chart borgingChart(Ctx c) {
        List<String> orgs = c.rows.organisations().stream().filter(o -> c.rows.org("maintenance.borging", o) != null).toList();
        if (orgs.isEmpty()) {
            return null;
        }
        List<IndicatorRow> rs = orgs.stream().map(o -> c.rows.org("maintenance.borging", o)).toList();
        List<Double> values = GoalsSection.values(rs);
        if (!Charts.anyValue(values)) {
            return null;
        }
        IndicatorRow all = c.rows.all("maintenance.borging");
        Map<String, List<Double>> series = new LinkedHashMap<>();
        series.put(c.t("ind.maintenance.borging"), values);
        var chart = c.charts.bars(c.t("adoption.borging.title"), orgs, series, true, Fmt.chartValue(all), Charts.WIDE);
        List<String> notes = new ArrayList<>(c.leftOutOrZero(orgs, rs));
        if (Fmt.chartValue(all) != null) {
            notes.add(c.t("chart.referenceLine", c.f.value(all)));
        }
        List<Row> rows = new ArrayList<>();
        rows.add(new Row(List.of(Cell.head(c.t("scope.all")), c.f.cell(all)), true));
        for (int i = 0; i < orgs.size(); i++) {
            rows.add(new Row(List.of(Ctx.head(orgs.get(i)), c.f.cell(rs.get(i))), false));
        }
        Table table = new Table(c.t("adoption.borging.title"), List.of(c.t("col.organisation"), c.t("ind.maintenance.borging")),
                rows, true);
        String alt = c.alt(c.t("alt.borging"), orgs, rs.stream().map(c::altValue).toList());
        return c.chart("adoptie-borging", c.t("adoption.borging.title"), alt, chart, notes, table, false);
    }

    /** Without any borging row the column would only hold dashes: it is left out, and a sentence says why. */
    private static Table table(Ctx c) {
        boolean borging = c.rows.has("maintenance.borging");
        List<String> keys = borging ? KEY : KEY.subList(0, KEY.size() - 1);
        List<Row> rows = new ArrayList<>();
        rows.add(FidelitySection.row(c, c.t("scope.all"), keys, null, true));
        for (String org : c.rows.organisations()) {
            List<Cell> cells = new ArrayList<>();
            cells.add(Ctx.head(org));
            IndicatorRow active = c.rows.org("adoption.organisations_active", org);
            cells.add(active == null || active.value() == null ? Cell.number(Fmt.NONE)
                    : Cell.number(active.value().num().signum() > 0 ? c.t("word.yes") : c.t("word.no")));
            cells.add(c.f.cell(c.rows.org("adoption.professionals_active", org)));
            cells.add(c.f.cell(c.rows.org("maintenance.active_quarters", org)));
            if (borging) {
                cells.add(c.f.cell(c.rows.org("maintenance.borging", org)));
            }
            rows.add(new Row(cells, false));
        }
        List<String> headers = new ArrayList<>();
        headers.add(c.t("col.organisation"));
        keys.forEach(k -> headers.add(c.t("col." + k)));
        return new Table(c.t("adoption.organisations.title"), headers, rows, true);
    }
}
