package nl.procesevaluatie.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import nl.procesevaluatie.indicators.IndicatorRow;
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

/** Section 4: dose, adherence per core component, quality and responsiveness. */
final class FidelitySection {
    static final List<String> KEY = List.of("fidelity.dose_delivered", "fidelity.dose_received", "fidelity.full_dose_rate",
            "fidelity.adherence", "fidelity.adherence_full_rate", "fidelity.quality", "fidelity.responsiveness");

    private FidelitySection() {}

    static Section build(Ctx c) {
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Para(c.t("fidelity.plan", c.job.intervention().plannedSessions(),
                c.f.share(c.job.intervention().minDose()),
                components(c).isEmpty() ? Fmt.NONE : String.join(", ", components(c).stream().map(c.f::component).toList())), null));
        blocks.add(new Figures(null, KEY.stream().map(c::figure).filter(Objects::nonNull).toList()));
        Chart comp = componentChart(c);
        if (comp != null) {
            blocks.add(new ChartBlock(comp));
        }
        if (!c.rows.organisations().isEmpty()) {
            int orgs = c.rows.organisations().size();
            if (c.tooManyToChart(orgs)) {
                blocks.add(new Para(c.t("fidelity.dose.tableOnly", orgs, Ctx.MAX_CHARTED), null));
            } else {
                Chart dose = doseChart(c);
                if (dose != null) {
                    blocks.add(new ChartBlock(dose));
                }
            }
            blocks.add(new TableBlock(orgTable(c), false, null));
            Table perComponent = componentTable(c);
            if (perComponent != null) {
                blocks.add(new TableBlock(perComponent, false, null));
            }
        }
        Chart trend = trend(c);
        if (trend != null) {
            blocks.add(new ChartBlock(trend));
        }
        return new Section("uitvoering", 4, c.t("section.fidelity"), c.t("explain.fidelity"), blocks);
    }

    /** The core components of the job file, then any other component with rows. */
    static List<String> components(Ctx c) {
        Set<String> out = new LinkedHashSet<>();
        if (c.job.intervention().coreComponents() != null) {
            out.addAll(c.job.intervention().coreComponents());
        }
        for (String ind : c.rows.withPrefix("fidelity.component.")) {
            out.add(ind.substring("fidelity.component.".length()));
        }
        return out.stream().filter(code -> c.rows.has("fidelity.component." + code)).toList();
    }

    private static Chart componentChart(Ctx c) {
        List<String> comps = components(c);
        if (comps.isEmpty()) {
            return null;
        }
        List<IndicatorRow> rs = comps.stream().map(code -> c.rows.all("fidelity.component." + code)).toList();
        List<Row> rows = new ArrayList<>();
        List<String> names = comps.stream().map(c.f::component).toList();
        for (int i = 0; i < comps.size(); i++) {
            rows.add(new Row(List.of(Ctx.head(names.get(i)), c.f.cell(rs.get(i))), false));
        }
        IndicatorRow adherence = c.rows.all("fidelity.adherence");
        rows.add(new Row(List.of(Cell.head(c.t("ind.fidelity.adherence")), c.f.cell(adherence)), true));
        Table table = new Table(c.t("fidelity.components.title"), List.of(c.t("col.component"), c.t("col.share")), rows, false);
        List<Double> values = GoalsSection.values(rs);
        if (!Charts.anyValue(values)) {
            return null;
        }
        Map<String, List<Double>> series = new LinkedHashMap<>();
        series.put(c.t("col.share"), values);
        var chart = c.charts.bars(c.t("fidelity.components.title"), names, series, true, Fmt.chartValue(adherence), Charts.WIDE);
        List<String> notes = new ArrayList<>(c.leftOutOrZero(names, rs));
        if (Fmt.chartValue(adherence) != null) {
            notes.add(c.t("fidelity.components.line", c.f.value(adherence)));
        }
        String alt = c.alt(c.t("alt.components"), names, rs.stream().map(c::altValue).toList());
        return c.chart("uitvoering-componenten", c.t("fidelity.components.title"), alt, chart, notes, table, false);
    }

    private static Chart doseChart(Ctx c) {
        List<String> orgs = c.rows.organisations();
        List<String> inds = List.of("fidelity.dose_delivered", "fidelity.dose_received");
        Map<String, List<Double>> series = new LinkedHashMap<>();
        List<String> notes = new ArrayList<>();
        Map<String, List<String>> perSeries = new LinkedHashMap<>();
        for (String ind : inds) {
            List<IndicatorRow> rs = orgs.stream().map(o -> c.rows.org(ind, o)).toList();
            series.put(c.t("ind." + ind), GoalsSection.values(rs));
            perSeries.put(c.t("ind." + ind), c.leftOutOrZero(orgs, rs));
        }
        notes.addAll(Ctx.bySeries(perSeries));
        if (!Charts.anyValue(series)) {
            return null;
        }
        List<Row> rows = new ArrayList<>();
        List<String> tableInds = List.of("fidelity.dose_delivered", "fidelity.dose_received", "fidelity.full_dose_rate");
        rows.add(row(c, c.t("scope.all"), tableInds, null, true));
        for (String org : orgs) {
            rows.add(row(c, org, tableInds, org, false));
        }
        List<String> headers = new ArrayList<>();
        headers.add(c.t("col.organisation"));
        tableInds.forEach(i -> headers.add(c.t("ind." + i)));
        Table table = new Table(c.t("fidelity.dose.title"), headers, rows, true);
        var chart = c.charts.bars(c.t("fidelity.dose.title"), orgs, series, true, null, Charts.WIDE);
        List<String> altValues = orgs.stream().map(o -> c.t("ind.fidelity.dose_delivered").toLowerCase(c.m.locale()) + " "
                + c.altValue(c.rows.org("fidelity.dose_delivered", o)) + ", "
                + c.t("ind.fidelity.dose_received").toLowerCase(c.m.locale()) + " "
                + c.altValue(c.rows.org("fidelity.dose_received", o))).toList();
        String alt = c.alt(c.t("alt.dose"), orgs, altValues);
        return c.chart("uitvoering-dosis", c.t("fidelity.dose.title"), alt, chart, notes, table, false);
    }

    /** A row of cells for an organisation (or scope all when org is null). */
    static Row row(Ctx c, String label, List<String> inds, String org, boolean total) {
        List<Cell> cells = new ArrayList<>();
        cells.add(total ? Cell.head(label) : Ctx.head(label));
        for (String i : inds) {
            cells.add(c.f.cell(org == null ? c.rows.all(i) : c.rows.org(i, org)));
        }
        return new Row(cells, total);
    }

    /** Adherence, quality and responsiveness per organisation; the components have a table of their own. */
    private static Table orgTable(Ctx c) {
        List<String> present = List.of("fidelity.adherence", "fidelity.adherence_full_rate", "fidelity.quality",
                "fidelity.responsiveness").stream().filter(c.rows::has).toList();
        List<String> headers = new ArrayList<>();
        headers.add(c.t("col.organisation"));
        present.forEach(i -> headers.add(c.t("ind." + i)));
        return new Table(c.t("fidelity.organisations.title"), headers, orgRows(c, present), true);
    }

    /**
     * Each core component per organisation. Apart from the other fidelity figures, so that neither table
     * is wider than the page: six components and four figures made eleven columns.
     */
    private static Table componentTable(Ctx c) {
        List<String> codes = components(c);
        if (codes.isEmpty()) {
            return null;
        }
        List<String> inds = codes.stream().map(code -> "fidelity.component." + code).toList();
        List<String> headers = new ArrayList<>();
        headers.add(c.t("col.organisation"));
        codes.forEach(code -> headers.add(c.f.component(code)));
        return new Table(c.t("fidelity.componentsPerOrg.title"), headers, orgRows(c, inds), true);
    }

    private static List<Row> orgRows(Ctx c, List<String> inds) {
        List<Row> rows = new ArrayList<>();
        rows.add(row(c, c.t("scope.all"), inds, null, true));
        for (String org : c.rows.organisations()) {
            rows.add(row(c, org, inds, org, false));
        }
        return rows;
    }

    private static Chart trend(Ctx c) {
        List<String> inds = List.of("fidelity.dose_delivered", "fidelity.dose_received", "fidelity.full_dose_rate",
                "fidelity.adherence").stream().filter(c.rows::has).toList();
        List<String> quarters = c.rows.quarterPeriods(inds, IndicatorRow.ALL, "");
        if (quarters.isEmpty()) {
            return null;
        }
        Map<String, List<Double>> series = new LinkedHashMap<>();
        List<String> notes = new ArrayList<>();
        Map<String, List<String>> perSeries = new LinkedHashMap<>();
        List<Row> rows = new ArrayList<>();
        for (String ind : inds) {
            List<IndicatorRow> rs = quarters.stream().map(q -> c.rows.get(ind, IndicatorRow.ALL, "", q)).toList();
            series.put(c.t("ind." + ind), GoalsSection.values(rs));
            perSeries.put(c.t("ind." + ind), c.leftOut(quarters, rs));
        }
        notes.addAll(Ctx.bySeries(perSeries));
        for (String q : quarters) {
            List<Cell> cells = new ArrayList<>();
            cells.add(Cell.head(q));
            inds.forEach(i -> cells.add(c.f.cell(c.rows.get(i, IndicatorRow.ALL, "", q))));
            rows.add(new Row(cells, false));
        }
        List<String> headers = new ArrayList<>();
        headers.add(c.t("col.quarter"));
        inds.forEach(i -> headers.add(c.t("ind." + i)));
        Table table = new Table(c.t("fidelity.trend.title"), headers, rows, true);
        if (!Charts.anyValue(series)) {
            return null;
        }
        var chart = c.charts.lines(c.t("fidelity.trend.title"), quarters, series, null, true, Charts.WIDE, 300);
        List<String> altValues = quarters.stream().map(q -> String.join(", ", inds.stream()
                .map(i -> c.t("ind." + i).toLowerCase(c.m.locale()) + " " + c.altValue(c.rows.get(i, IndicatorRow.ALL, "", q)))
                .toList())).toList();
        String alt = c.alt(c.t("alt.fidelityTrend"), quarters, altValues);
        return c.chart("uitvoering-kwartalen", c.t("fidelity.trend.title"), alt, chart, notes, table, false);
    }
}
