package nl.procesevaluatie.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import nl.procesevaluatie.indicators.IndicatorCsv;
import nl.procesevaluatie.indicators.IndicatorRow;
import nl.procesevaluatie.report.Model.Block;
import nl.procesevaluatie.report.Model.Cell;
import nl.procesevaluatie.report.Model.Chart;
import nl.procesevaluatie.report.Model.ChartBlock;
import nl.procesevaluatie.report.Model.Figures;
import nl.procesevaluatie.report.Model.KeyFigure;
import nl.procesevaluatie.report.Model.Para;
import nl.procesevaluatie.report.Model.Row;
import nl.procesevaluatie.report.Model.Section;
import nl.procesevaluatie.report.Model.Table;
import nl.procesevaluatie.report.Model.TableBlock;

/** Section 3: the funnel, start rate, waiting time, penetration per municipality, and the quarters. */
final class ReachSection {
    private ReachSection() {}

    static Section build(Ctx c) {
        List<Block> blocks = new ArrayList<>();
        List<KeyFigure> figs = new ArrayList<>();
        for (String ind : List.of("reach.registered", "reach.started", "reach.completed")) {
            figs.add(c.figure(ind));
        }
        figs.add(dropouts(c));
        for (String ind : List.of("reach.start_rate", "reach.dropout_rate", "reach.wait_days.median", "reach.wait_days.p90",
                "reach.penetration", "cost.per_started_client")) {
            figs.add(c.figure(ind));
        }
        blocks.add(new Figures(null, figs.stream().filter(Objects::nonNull).toList()));
        Chart funnel = funnel(c);
        if (funnel != null) {
            blocks.add(new ChartBlock(funnel));
        }
        Chart trend = trend(c);
        if (trend != null) {
            blocks.add(new ChartBlock(trend));
        }
        if (!c.rows.municipalities().isEmpty()) {
            int muns = c.rows.municipalities().size();
            if (c.tooManyToChart(muns)) {
                blocks.add(new Para(c.t("reach.penetration.tableOnly", muns, Ctx.MAX_CHARTED), null));
            }
            Chart pen = c.tooManyToChart(muns) ? null : penetration(c);
            if (pen != null) {
                blocks.add(new ChartBlock(pen));
            } else {
                blocks.add(new TableBlock(municipalities(c), false, null));
            }
        }
        if (!c.rows.organisations().isEmpty()) {
            blocks.add(new TableBlock(organisations(c), false, null));
        }
        return new Section("bereik", 3, c.t("section.reach"), c.t("explain.reach"), blocks);
    }

    /** The number dropped out: the numerator of reach.dropout_rate (hidden with its row). */
    private static KeyFigure dropouts(Ctx c) {
        IndicatorRow r = c.rows.all("reach.dropout_rate");
        return r == null ? null : new KeyFigure(c.t("reach.droppedOut"), dropoutCell(c, r));
    }

    private static Cell dropoutCell(Ctx c, IndicatorRow r) {
        if (r == null) {
            return Cell.number(Fmt.NONE);
        }
        if (r.suppressed()) {
            return new Cell(c.f.suppressed(), null, null, false, true, true);
        }
        return Cell.number(IndicatorCsv.number(r.numerator()));
    }

    private static Chart funnel(Ctx c) {
        IndicatorRow reg = c.rows.all("reach.registered");
        IndicatorRow sta = c.rows.all("reach.started");
        IndicatorRow com = c.rows.all("reach.completed");
        IndicatorRow drop = c.rows.all("reach.dropout_rate");
        if (reg == null) {
            return null;
        }
        List<String> labels = List.of(c.t("ind.reach.registered"), c.t("ind.reach.started"), c.t("ind.reach.completed"),
                c.t("reach.droppedOut"));
        List<Double> values = new ArrayList<>();
        values.add(Fmt.chartValue(reg));
        values.add(Fmt.chartValue(sta));
        values.add(Fmt.chartValue(com));
        values.add(drop == null || drop.suppressed() ? null : drop.numerator().toDouble());
        List<IndicatorRow> shown = new ArrayList<>(List.of(reg));
        shown.add(sta);
        shown.add(com);
        shown.add(drop);
        Cell[] cells = {c.f.cell(reg), c.f.cell(sta), c.f.cell(com), dropoutCell(c, drop)};
        List<Row> rows = new ArrayList<>();
        List<String> altValues = new ArrayList<>();
        for (int i = 0; i < labels.size(); i++) {
            rows.add(new Row(List.of(Cell.head(labels.get(i)), cells[i]), false));
            altValues.add(cells[i].text());
        }
        Table table = new Table(c.t("reach.funnel.title"), List.of(c.t("col.step"), c.t("col.count")), rows, false);
        if (!Charts.anyValue(values)) {
            return null;
        }
        Map<String, List<Double>> series = new LinkedHashMap<>();
        series.put(c.t("col.count"), values);
        var chart = c.charts.bars(c.t("reach.funnel.title"), labels, series, false, null, Charts.WIDE);
        String alt = c.alt(c.t("alt.funnel"), labels, altValues);
        return c.chart("bereik-trechter", c.t("reach.funnel.title"), alt, chart, c.leftOutOrZero(labels, shown), table, false);
    }

    private static Chart trend(Ctx c) {
        List<String> counts = List.of("reach.registered", "reach.started", "reach.completed");
        List<String> quarters = c.rows.quarterPeriods(counts, IndicatorRow.ALL, "");
        if (quarters.isEmpty()) {
            return null;
        }
        List<String> tableInds = List.of("reach.registered", "reach.started", "reach.completed", "reach.start_rate",
                "reach.dropout_rate");
        Map<String, List<Double>> series = new LinkedHashMap<>();
        List<String> notes = new ArrayList<>();
        Map<String, List<String>> perSeries = new LinkedHashMap<>();
        for (String ind : counts) {
            List<Double> vs = new ArrayList<>();
            List<IndicatorRow> rs = new ArrayList<>();
            for (String q : quarters) {
                IndicatorRow r = c.rows.get(ind, IndicatorRow.ALL, "", q);
                rs.add(r);
                vs.add(Fmt.chartValue(r));
            }
            series.put(c.t("ind." + ind), vs);
            perSeries.put(c.t("ind." + ind), c.leftOut(quarters, rs));
        }
        notes.addAll(Ctx.bySeries(perSeries));
        List<Row> rows = new ArrayList<>();
        for (String q : quarters) {
            List<Cell> cells = new ArrayList<>();
            cells.add(Cell.head(q));
            for (String ind : tableInds) {
                cells.add(c.f.cell(c.rows.get(ind, IndicatorRow.ALL, "", q)));
            }
            rows.add(new Row(cells, false));
        }
        List<String> headers = new ArrayList<>();
        headers.add(c.t("col.quarter"));
        tableInds.forEach(i -> headers.add(c.t("ind." + i)));
        Table table = new Table(c.t("reach.trend.title"), headers, rows, true);
        if (!Charts.anyValue(series)) {
            return null;
        }
        var chart = c.charts.lines(c.t("reach.trend.title"), quarters, series, null, false, Charts.WIDE, 300);
        List<String> altValues = quarters.stream().map(q -> {
            List<String> parts = new ArrayList<>();
            for (String ind : counts) {
                parts.add(c.t("ind." + ind).toLowerCase(c.m.locale()) + " " + c.altValue(c.rows.get(ind, IndicatorRow.ALL, "", q)));
            }
            return String.join(", ", parts);
        }).toList();
        String alt = c.alt(c.t("alt.reachTrend"), quarters, altValues);
        return c.chart("bereik-kwartalen", c.t("reach.trend.title"), alt, chart, notes, table, false);
    }

    private static Table municipalities(Ctx c) {
        List<Row> rows = new ArrayList<>();
        rows.add(municipalityRow(c, c.t("scope.all"), IndicatorRow.ALL, "", true));
        for (String mun : c.rows.municipalities()) {
            rows.add(municipalityRow(c, mun, IndicatorRow.MUNICIPALITY, mun, false));
        }
        return new Table(c.t("reach.municipalities.title"), List.of(c.t("col.municipality"), c.t("ind.reach.registered"),
                c.t("ind.reach.started"), c.t("ind.reach.start_rate"), c.t("col.clients"), c.t("col.targetPopulation"),
                c.t("ind.reach.penetration")), rows, true);
    }

    private static Row municipalityRow(Ctx c, String label, String scope, String value, boolean total) {
        IndicatorRow pen = c.rows.get("reach.penetration", scope, value, IndicatorRow.ALL);
        List<Cell> cells = new ArrayList<>();
        cells.add(Ctx.head(label));
        cells.add(c.f.cell(c.rows.get("reach.registered", scope, value, IndicatorRow.ALL)));
        cells.add(c.f.cell(c.rows.get("reach.started", scope, value, IndicatorRow.ALL)));
        cells.add(c.f.cell(c.rows.get("reach.start_rate", scope, value, IndicatorRow.ALL)));
        cells.add(part(c, pen, true));
        cells.add(part(c, pen, false));
        cells.add(new Cell(c.f.value(pen), null, null, false, true, pen != null && pen.suppressed()));
        return new Row(cells, total);
    }

    /** Penetration's numerator (clients) or denominator (target), hidden with a suppressed row. */
    private static Cell part(Ctx c, IndicatorRow pen, boolean numerator) {
        if (pen == null) {
            return Cell.number(Fmt.NONE);
        }
        if (pen.suppressed()) {
            return new Cell(c.f.suppressed(), null, null, false, true, true);
        }
        String s = IndicatorCsv.number(numerator ? pen.numerator() : pen.denominator());
        return Cell.number(s.isEmpty() ? Fmt.NONE : s);
    }

    /** Penetration per municipality as bars, with the municipality table behind it. */
    private static Chart penetration(Ctx c) {
        List<String> muns = c.rows.municipalities();
        List<IndicatorRow> rs = muns.stream().map(m -> c.rows.municipality("reach.penetration", m)).toList();
        List<Double> values = GoalsSection.values(rs);
        if (!Charts.anyValue(values)) {
            return null;
        }
        Map<String, List<Double>> series = new LinkedHashMap<>();
        series.put(c.t("ind.reach.penetration"), values);
        IndicatorRow all = c.rows.all("reach.penetration");
        var chart = c.charts.bars(c.t("reach.penetration.title"), muns, series, true, Fmt.chartValue(all), Charts.WIDE);
        List<String> notes = new ArrayList<>(c.leftOutOrZero(muns, rs));
        if (all != null && !all.suppressed() && all.value() != null) {
            notes.add(c.t("chart.referenceLine", c.f.value(all)));
        }
        String alt = c.alt(c.t("alt.penetration"), muns, rs.stream().map(c::altValue).toList());
        return c.chart("bereik-gemeenten", c.t("reach.penetration.title"), alt, chart, notes, municipalities(c), false);
    }

    private static Table organisations(Ctx c) {
        List<String> inds = List.of("reach.registered", "reach.started", "reach.completed", "reach.start_rate",
                "reach.dropout_rate", "reach.wait_days.median", "reach.wait_days.p90");
        List<Row> rows = new ArrayList<>();
        List<Cell> total = new ArrayList<>();
        total.add(Cell.head(c.t("scope.all")));
        inds.forEach(i -> total.add(c.f.cell(c.rows.all(i))));
        rows.add(new Row(total, true));
        for (String org : c.rows.organisations()) {
            List<Cell> cells = new ArrayList<>();
            cells.add(Ctx.head(org));
            inds.forEach(i -> cells.add(c.f.cell(c.rows.org(i, org))));
            rows.add(new Row(cells, false));
        }
        List<String> headers = new ArrayList<>();
        headers.add(c.t("col.organisation"));
        inds.forEach(i -> headers.add(c.t("ind." + i)));
        return new Table(c.t("reach.organisations.title"), headers, rows, true);
    }
}
